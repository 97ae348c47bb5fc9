#include "geometry/decimate.h"

#include <meshoptimizer.h>

#include <algorithm>

namespace geometry {

namespace {
// meshoptimizer measures error as a share of the mesh's extent. A moving frame is coarse
// anyway, but past a few percent a thin structure (fascia, a tendon) visibly loses its
// shape; such a mesh keeps more triangles instead.
constexpr float kMaxRelativeError = 0.02f;

// meshoptimizer asserts on these instead of refusing them; a mesh that reached the renderer
// has been checked, but a bad one must still not take the program down.
bool usable(const Mesh& mesh) {
  if (mesh.indices.size() % 3 != 0 || mesh.positions.empty()) return false;
  const std::size_t count = mesh.positions.size();
  return std::all_of(mesh.indices.begin(), mesh.indices.end(), [count](std::uint32_t i) { return i < count; });
}

struct UniquePositions {
  std::vector<glm::vec3> positions;     // one per distinct position the triangles use
  std::vector<std::uint32_t> indices;   // the triangles over those
  std::vector<std::uint32_t> original;  // for each, the first source vertex there
};

UniquePositions uniquePositions(const Mesh& mesh) {
  static_assert(sizeof(glm::vec3) == 3 * sizeof(float), "positions are read as packed floats");
  const std::size_t n = mesh.positions.size();
  std::vector<std::uint32_t> remap(n);
  UniquePositions u;
  u.positions.resize(meshopt_generateVertexRemap(remap.data(), mesh.indices.data(), mesh.indices.size(),
                                                 mesh.positions.data(), n, sizeof(glm::vec3)));
  meshopt_remapVertexBuffer(u.positions.data(), mesh.positions.data(), n, sizeof(glm::vec3), remap.data());
  u.indices.resize(mesh.indices.size());
  meshopt_remapIndexBuffer(u.indices.data(), mesh.indices.data(), mesh.indices.size(), remap.data());
  constexpr std::uint32_t kUnused = ~0u;  // what meshoptimizer maps unreferenced vertices to
  u.original.assign(u.positions.size(), kUnused);
  for (std::uint32_t v = static_cast<std::uint32_t>(n); v-- > 0;)
    if (remap[v] != kUnused) u.original[remap[v]] = v;  // going down: the first one wins
  return u;
}

// Collapses on a flat stretch can leave a triangle whose corners lie on one line. It covers
// no pixels but counts as degenerate for every later check, so it goes.
void dropFlatTriangles(const std::vector<glm::vec3>& p, std::vector<std::uint32_t>& indices) {
  std::size_t kept = 0;
  for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
    const glm::vec3 a = p[indices[t]], b = p[indices[t + 1]], c = p[indices[t + 2]];
    const float longest = std::max({glm::length(b - a), glm::length(c - b), glm::length(a - c)});
    if (!(glm::length(glm::cross(b - a, c - a)) > 1e-6f * longest * longest)) continue;
    for (int k = 0; k < 3; ++k) indices[kept++] = indices[t + static_cast<std::size_t>(k)];
  }
  indices.resize(kept);
}
}  // namespace

ReducedMesh reduceMesh(const Mesh& mesh, float targetRatio, std::size_t minTriangles) {
  ReducedMesh same{mesh.indices, false, 0.0f};
  const std::size_t triangles = mesh.triangleCount();
  if (triangles < minTriangles || !(targetRatio > 0.0f && targetRatio < 1.0f) || !usable(mesh)) return same;

  // Corners split only for their normals share a position. The simplifier would take such
  // a seam for a border and lock it (the extra copies it sees in the buffer lock even
  // unreferenced ones), so it works on one vertex per position, and the result names the
  // first vertex at each position, which carries one of the normals.
  const UniquePositions unique = uniquePositions(mesh);
  const float* xyz = &unique.positions[0].x;
  const std::size_t count = unique.positions.size(), stride = sizeof(glm::vec3);
  const std::size_t target = std::max<std::size_t>(1, static_cast<std::size_t>(targetRatio * triangles)) * 3;
  std::vector<std::uint32_t> out(unique.indices.size());
  float relativeError = 0.0f;
  out.resize(meshopt_simplify(out.data(), unique.indices.data(), unique.indices.size(), xyz, count, stride, target,
                              kMaxRelativeError, 0, &relativeError));
  dropFlatTriangles(unique.positions, out);
  if (out.empty() || out.size() >= mesh.indices.size()) return same;
  for (std::uint32_t& i : out) i = unique.original[i];
  return {std::move(out), true, relativeError * meshopt_simplifyScale(xyz, count, stride)};
}

}  // namespace geometry
