#include "io/model_loader.h"

#include "io/assimp_import.h"
#include "io/file_guards.h"
#include "io/import_isolation.h"
#include "io/manifest.h"
#include "io/message_text.h"
#include "io/scene_preparation.h"

#include <filesystem>
#include <new>
#include <set>

namespace io {

namespace {

using detail::ImportedMesh;
using detail::ImportedScene;
using detail::ImportError;

// Import and preparation run together, in the child process when isolated, so only finished
// (welded, converted) meshes cross the pipe.
ImportedScene importScene(const std::string& path, const std::string& extension, const LoadOptions& options) {
  const auto work = [&] {
    ImportedScene scene = detail::importWithAssimp(path, options.maxTriangles, options.maxFileBytes);
    detail::prepareScene(scene, extension, options);
    return scene;
  };
  try {
    if (!options.isolate) return work();
    detail::IsolationLimits limits;
    limits.timeoutSeconds = options.timeoutSeconds > 0 ? options.timeoutSeconds : 60;
    limits.memoryBytes = options.maxImportMemoryBytes;
    ImportedScene scene = detail::runIsolated(work, limits, options.whileImporting);
    detail::verifyPreparedScene(scene);
    return scene;
  } catch (const ImportError& e) {
    throw LoadError(path, detail::oneLine(e.what()));
  } catch (const std::bad_alloc&) {
    throw LoadError(path, "the importer ran out of memory while reading this file");
  } catch (const std::exception& e) {
    throw LoadError(path, "the importer failed: " + detail::oneLine(e.what()));
  }
}

std::string uniqueId(const std::string& base, std::set<std::string>& used, int& suffix) {
  suffix = 1;
  std::string id = base;
  while (!used.insert(id).second) id = base + "_" + std::to_string(++suffix);
  return id;
}

// One structure per imported node: named after the node, else its mesh, else the file.
anatomy::Atlas buildAtlas(const std::string& path, ImportedScene& scene) {
  anatomy::Atlas atlas;
  atlas.sourcePath = path;
  const std::string stem = detail::oneLine(std::filesystem::path(path).stem().string(), 200);
  atlas.title = stem;
  std::set<std::string> used;
  for (ImportedMesh& m : scene.meshes) {
    const std::string& given = !m.nodeName.empty() ? m.nodeName : m.meshName;
    const std::string source = given.empty() ? stem : given;
    anatomy::Structure s;
    int suffix = 1;
    s.id = uniqueId(anatomy::makeId(source), used, suffix);
    s.name = source.empty() ? anatomy::prettyName(s.id) : source;
    if (given.empty() && suffix > 1) s.name += " " + std::to_string(suffix);
    s.category = anatomy::guessCategory(source);
    s.mesh = std::move(m.mesh);
    atlas.structures.push_back(std::move(s));
  }
  return atlas;
}

void applyManifestIfPresent(const std::string& path, anatomy::Atlas& atlas) {
  const std::filesystem::path file(path);
  const std::filesystem::path manifest = file.parent_path() / (file.stem().string() + ".manifest.json");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(manifest, ec)) return;
  try {
    applyManifest(manifest.string(), atlas);
  } catch (const LoadError& e) {
    throw LoadError(e.path(), detail::oneLine(e.reason()));  // keep the one-line promise
  } catch (const std::exception& e) {
    throw LoadError(manifest.string(), detail::oneLine(e.what()));
  }
}

}  // namespace

anatomy::Atlas loadModel(const std::string& path, const LoadOptions& options, LoadReport* report) {
  const detail::FileFacts facts = detail::checkModelFile(path, options);
  ImportedScene scene = importScene(path, facts.extension, options);
  anatomy::Atlas atlas = buildAtlas(path, scene);
  applyManifestIfPresent(path, atlas);
  if (report) *report = scene.report;
  return atlas;
}

}  // namespace io
