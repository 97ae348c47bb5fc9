#include "io/scene_preparation.h"

#include "io/message_text.h"
#include "io/orientation.h"
#include "io/sanitise.h"
#include "io/smooth_normals.h"

#include <algorithm>
#include <cmath>

namespace io::detail {

namespace {

std::uint64_t triangleTotal(const ImportedScene& scene) {
  std::uint64_t n = 0;
  for (const ImportedMesh& m : scene.meshes) n += m.mesh.triangleCount();
  return n;
}

// Removes bad triangles everywhere and meshes left with none; returns how many went.
std::size_t sanitiseAll(ImportedScene& scene) {
  std::size_t dropped = 0;
  for (ImportedMesh& m : scene.meshes) dropped += sanitiseMesh(m.mesh);
  scene.meshes.erase(std::remove_if(scene.meshes.begin(), scene.meshes.end(),
                                    [](const ImportedMesh& m) { return m.mesh.empty(); }),
                     scene.meshes.end());
  return dropped;
}

FrameHints frameHints(const std::string& extension, const SceneHints& sceneHints) {
  FrameHints hints;
  hints.source = frameSourceForExtension(extension);
  if (sceneHints.hasUpAxis) hints.declaredUp = upAxisFromMetadata(sceneHints.upAxis, sceneHints.upAxisSign);
  if (sceneHints.hasUnitScale && sceneHints.unitScaleFactor > 0.0)
    hints.declaredMmPerUnit = sceneHints.unitScaleFactor * 10.0;  // FBX: centimetres per unit
  return hints;
}

geometry::Bounds sceneBounds(const ImportedScene& scene) {
  geometry::Bounds b;
  for (const ImportedMesh& m : scene.meshes) b.extend(m.mesh.bounds());
  return b;
}

std::string droppedNote(std::size_t dropped) {
  return "removed " + formatCount(dropped) + (dropped == 1 ? " triangle" : " triangles") +
         " that were degenerate, non-finite or out of range";
}

bool finite(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

// Scaling can overflow a huge morph offset; such an offset is dropped rather than kept as inf.
void zeroNonFiniteMorphs(geometry::Mesh& mesh) {
  for (geometry::MorphTarget& morph : mesh.morphs) {
    for (glm::vec3& d : morph.positionDeltas)
      if (!finite(d)) d = glm::vec3(0.0f);
    for (glm::vec3& d : morph.normalDeltas)
      if (!finite(d)) d = glm::vec3(0.0f);
  }
}

}  // namespace

void prepareScene(ImportedScene& scene, const std::string& extension, const LoadOptions& options) {
  const std::uint64_t total = triangleTotal(scene) + scene.droppedTriangles;
  if (total == 0) throw ImportError("the file contains no triangle meshes");
  if (total > options.maxTriangles)
    throw ImportError("the file has " + formatCount(total) + " triangles; the limit is " + formatCount(options.maxTriangles));
  std::size_t dropped = static_cast<std::size_t>(scene.droppedTriangles) + sanitiseAll(scene);
  if (scene.meshes.empty())
    throw ImportError("none of the file's " + formatCount(total) +
                      " triangles is usable (all are degenerate, non-finite or out of range)");

  const FrameDecision frame = decideFrame(options.up, options.units, frameHints(extension, scene.hints), sceneBounds(scene));
  for (ImportedMesh& m : scene.meshes) {
    prepareNormals(m.mesh);
    geometry::transformMesh(m.mesh, frame.toModel);
    zeroNonFiniteMorphs(m.mesh);
  }
  // Scaling can overflow coordinates that were finite in file units.
  const bool overflow = std::any_of(scene.meshes.begin(), scene.meshes.end(),
                                    [](const ImportedMesh& m) { return !allFinite(m.mesh); });
  if (overflow) dropped += sanitiseAll(scene);
  if (scene.meshes.empty()) throw ImportError("the coordinates are too large to convert to millimetres");

  LoadReport& report = scene.report;
  report.upUsed = frame.up;
  report.unitsUsed = frame.units;
  report.scaleToMillimetres = frame.mmPerUnit;
  report.droppedTriangles = dropped;
  report.note = frame.note;
  if (dropped > 0) report.note += (report.note.empty() ? "" : "; ") + droppedNote(dropped);
}

void verifyPreparedScene(const ImportedScene& scene) {
  if (scene.meshes.empty()) throw ImportError("the importer returned no meshes");
  for (const ImportedMesh& m : scene.meshes) {
    const geometry::Mesh& mesh = m.mesh;
    bool ok = !mesh.empty() && mesh.normals.size() == mesh.positions.size() &&
              std::all_of(mesh.positions.begin(), mesh.positions.end(), finite) &&
              std::all_of(mesh.normals.begin(), mesh.normals.end(), finite);
    for (const geometry::MorphTarget& morph : mesh.morphs)
      ok = ok && std::all_of(morph.positionDeltas.begin(), morph.positionDeltas.end(), finite) &&
           std::all_of(morph.normalDeltas.begin(), morph.normalDeltas.end(), finite);
    if (!ok) throw ImportError("the importer returned damaged meshes");
  }
}

}  // namespace io::detail
