// The only place that talks to Assimp: reads a file (triangulated, no other post-processing)
// and flattens every mesh-bearing node into an ImportedMesh with its accumulated transform.
// Runs either in the loader's process or inside the isolated child (import_isolation.h).
#pragma once

#include "io/imported_scene.h"

#include <cstdint>
#include <string>

namespace io::detail {

// Throws ImportError with a one-line reason (Assimp's message, a triangle limit, ...).
ImportedScene importWithAssimp(const std::string& path, std::uint64_t maxTriangles);

// Whether some Assimp importer claims this extension (".obj", case-insensitive).
bool assimpReadsExtension(const std::string& extension);

}  // namespace io::detail
