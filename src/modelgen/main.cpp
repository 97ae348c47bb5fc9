// ankle-atlas-modelgen: builds the built-in model and writes DIR/foot_ankle.glb and
// DIR/foot_ankle.manifest.json. Output is deterministic; files are written beside their
// final names first and then renamed, so DIR always holds a complete model.
#include "io/glb_writer.h"
#include "io/manifest.h"
#include "modelgen/generator.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>

namespace {

constexpr const char* kStem = "foot_ankle";

void usage() {
  std::fprintf(stderr,
               "usage: ankle-atlas-modelgen --out DIR [--threads N] [--verbose] [--report] [--only ID,ID... [--partial]]\n"
               "Writes DIR/foot_ankle.glb and DIR/foot_ankle.manifest.json. --only builds just those structures\n"
               "(for debugging) and writes nothing unless --partial is given.\n");
}

}  // namespace

int main(int argc, char** argv) {
  std::string outDir;
  bool partial = false;  // write a model of just the --only structures (never over the real one by accident)
  modelgen::GenerateOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--out" && i + 1 < argc) {
      outDir = argv[++i];
    } else if (arg == "--threads" && i + 1 < argc) {
      options.threads = std::atoi(argv[++i]);
    } else if (arg == "--verbose" || arg == "-v") {
      options.verbose = true;
    } else if (arg == "--report") {
      options.verbose = options.report = true;
    } else if (arg == "--only" && i + 1 < argc) {
      std::string list = argv[++i];
      for (std::size_t at = 0; at <= list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        options.only.push_back(list.substr(at, comma - at));
        at = comma + 1;
      }
    } else if (arg == "--partial") {
      partial = true;
    } else if (arg == "--help" || arg == "-h") {
      usage();
      return 0;
    } else {
      std::fprintf(stderr, "ankle-atlas-modelgen: unknown argument '%s'\n", arg.c_str());
      usage();
      return 2;
    }
  }
  if (outDir.empty() && options.only.empty()) {
    usage();
    return 2;
  }
  try {
    namespace fs = std::filesystem;
    const anatomy::Atlas atlas = modelgen::generateModel(options);
    if (!options.only.empty() && (!partial || outDir.empty())) return 0;  // partial models only on request
    fs::create_directories(outDir);
    const fs::path glb = fs::path(outDir) / (std::string(kStem) + ".glb");
    const fs::path manifest = fs::path(outDir) / (std::string(kStem) + ".manifest.json");
    const fs::path glbTmp = glb.string() + ".tmp", manifestTmp = manifest.string() + ".tmp";
    io::writeGlb(glbTmp.string(), atlas);
    io::writeManifest(manifestTmp.string(), atlas, glb.filename().string());
    fs::rename(glbTmp, glb);
    fs::rename(manifestTmp, manifest);
    std::printf("wrote %s (%zu structures, %zu triangles) and %s\n", glb.string().c_str(), atlas.structures.size(),
                atlas.triangleCount(), manifest.string().c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ankle-atlas-modelgen: %s\n", e.what());
    return 1;
  }
  return 0;
}
