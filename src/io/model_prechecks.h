// Checks run on a model file before Assimp reads it, for inputs whose cost the file's size
// does not show: a zip archive (.zae, .3mf) whose entries unpack to gigabytes, and a glTF
// whose accessors (sparse ones cost nothing in the file) and morph targets add up to far
// more vertices than the triangle budget, or whose buffers point outside the model's folder.
// They run inside the isolated importer; each failure is an ImportError.
#pragma once

#include <cstdint>
#include <string>

namespace io::detail {

// For a file that starts like a zip archive: refuses it when its entries declare more than
// maxUnpackedBytes in all (the importers unpack whole entries into memory).
void checkArchiveSize(const std::string& path, std::uint64_t maxUnpackedBytes);

// For .gltf and .glb: the meshes' triangles must fit maxTriangles, and vertices times
// (1 + morph targets) must fit kVertexCopiesPerTriangle * maxTriangles; every buffer URI
// must be embedded data or a relative path inside the model's folder.
void checkGltf(const std::string& path, const std::string& extension, std::uint64_t maxTriangles);

// How many vertex positions (morph copies included) the triangle budget allows per
// triangle: an unshared triangle list has three vertices per triangle.
inline constexpr std::uint64_t kVertexCopiesPerTriangle = 3;

}  // namespace io::detail
