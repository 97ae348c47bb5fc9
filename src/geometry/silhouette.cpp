#include "geometry/silhouette.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace geometry {

namespace {
// Vertices within a micrometre share an id (seams duplicate vertices at one position).
std::vector<std::uint32_t> weldIds(const std::vector<glm::vec3>& positions) {
  std::unordered_map<std::uint64_t, std::uint32_t> byCell;
  std::vector<std::uint32_t> ids(positions.size());
  const auto key = [](const glm::vec3& p) {
    const auto q = [](float v) { return static_cast<std::uint64_t>(static_cast<std::int64_t>(std::lround(v * 1000.0f)) & 0x1fffff); };
    return q(p.x) | q(p.y) << 21 | q(p.z) << 42;
  };
  for (std::size_t i = 0; i < positions.size(); ++i)
    ids[i] = byCell.emplace(key(positions[i]), static_cast<std::uint32_t>(i)).first->second;
  return ids;
}
}  // namespace

EdgeAdjacency buildEdgeAdjacency(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices) {
  const std::vector<std::uint32_t> id = weldIds(positions);
  std::unordered_map<std::uint64_t, std::size_t> edgeOf;
  EdgeAdjacency out;
  const std::size_t triangles = indices.size() / 3;
  for (std::size_t t = 0; t < triangles; ++t)
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t a = indices[3 * t + k], b = indices[3 * t + (k + 1) % 3];
      if (a >= positions.size() || b >= positions.size() || id[a] == id[b]) continue;
      const std::uint64_t lo = std::min(id[a], id[b]), hi = std::max(id[a], id[b]);
      const auto [it, fresh] = edgeOf.emplace(lo << 32 | hi, out.edges.size());
      if (fresh) {
        EdgeAdjacency::Edge e;
        e.a = a;
        e.b = b;
        e.left = static_cast<std::uint32_t>(t);
        out.edges.push_back(e);
      } else if (out.edges[it->second].right == EdgeAdjacency::kNone) {
        out.edges[it->second].right = static_cast<std::uint32_t>(t);
      }
    }
  return out;
}

std::vector<Segment> silhouetteEdges(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices,
                                     const EdgeAdjacency& adjacency, const glm::vec3& eye, const glm::vec3& direction,
                                     bool orthographic) {
  const auto facesEye = [&](std::uint32_t t) {
    if (3 * static_cast<std::size_t>(t) + 2 >= indices.size()) return false;
    const glm::vec3& p0 = positions[indices[3 * t]];
    const glm::vec3 n = glm::cross(positions[indices[3 * t + 1]] - p0, positions[indices[3 * t + 2]] - p0);
    const glm::vec3 toEye = orthographic ? -direction : eye - p0;
    return glm::dot(n, toEye) > 0.0f;
  };
  std::vector<Segment> out;
  for (const EdgeAdjacency::Edge& e : adjacency.edges) {
    if (e.a >= positions.size() || e.b >= positions.size()) continue;
    const bool left = facesEye(e.left);
    const bool outline = e.right == EdgeAdjacency::kNone ? left : left != facesEye(e.right);
    if (outline) out.emplace_back(positions[e.a], positions[e.b]);
  }
  return out;
}

}  // namespace geometry
