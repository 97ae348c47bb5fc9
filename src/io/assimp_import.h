// The only place that talks to Assimp: reads a file (triangulated, no other post-processing)
// and flattens every mesh-bearing node into an ImportedMesh with its accumulated transform.
// Runs either in the loader's process or inside the isolated child (import_isolation.h).
#pragma once

#include "io/imported_scene.h"

#include <cstdint>
#include <string>

namespace io::detail {

// Throws ImportError with a one-line reason (Assimp's message, a triangle limit, ...).
// Every file Assimp opens is read through bounded_io.h: at most maxFileBytes each, and
// only from the model's folder.
ImportedScene importWithAssimp(const std::string& path, std::uint64_t maxTriangles,
                               std::uint64_t maxFileBytes = ~std::uint64_t{0});

// Whether some Assimp importer claims this extension (".obj", case-insensitive).
bool assimpReadsExtension(const std::string& extension);

}  // namespace io::detail
