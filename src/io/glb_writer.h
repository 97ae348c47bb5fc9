// Our own minimal glTF 2.0 binary (.glb) writer for the built-in model: one node and one
// mesh per structure (node name = mesh name = structure id), positions in metres as glTF
// requires, normals, 32-bit indices, and morph targets named in mesh.extras.targetNames.
#pragma once

#include "anatomy/atlas.h"

#include <cstdint>
#include <string>
#include <vector>

namespace io {

// The whole file in memory; deterministic for a given atlas (no time stamps).
std::vector<std::uint8_t> encodeGlb(const anatomy::Atlas& atlas);

// Writes encodeGlb(atlas) to path; throws std::runtime_error naming the path on failure.
void writeGlb(const std::string& path, const anatomy::Atlas& atlas);

}  // namespace io
