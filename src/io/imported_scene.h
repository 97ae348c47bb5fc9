// What the importer hands back: one mesh per mesh-bearing node with node transforms applied,
// first in the file's own units and axes, then (after scene_preparation.h) cleaned and in the
// model frame. Internal to aa_io; it is what crosses the pipe from the isolated importer.
#pragma once

#include "geometry/mesh.h"
#include "io/model_loader.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace io::detail {

struct ImportedMesh {
  std::string nodeName;  // "" when the node had no usable name
  std::string meshName;  // first mesh's name, the fallback for an unnamed node
  geometry::Mesh mesh;   // normals empty when the file had none
};

// Scene-level facts that help decide units and the up axis (FBX global settings).
struct SceneHints {
  bool hasUpAxis = false;
  std::int32_t upAxis = 1;      // 0 = X, 1 = Y, 2 = Z
  std::int32_t upAxisSign = 1;  // +1 or -1
  bool hasUnitScale = false;
  double unitScaleFactor = 1.0;  // FBX: centimetres per file unit
};

struct ImportedScene {
  std::vector<ImportedMesh> meshes;
  SceneHints hints;
  std::uint64_t droppedTriangles = 0;  // faces whose indices pointed outside their mesh
  LoadReport report;                   // filled by prepareScene
};

// An import failure with a one-line reason (no path; the loader adds it).
class ImportError : public std::runtime_error {
 public:
  enum class Kind { Failed, OutOfMemory };
  explicit ImportError(const std::string& reason, Kind kind = Kind::Failed)
      : std::runtime_error(reason), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

}  // namespace io::detail
