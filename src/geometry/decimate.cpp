#include "geometry/decimate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace geometry {

namespace {
using Triangle = std::array<std::uint32_t, 3>;

// Which of the six axis directions a normal is closest to: the two sides of a thin plate
// (fascia, a bursa's wall) fall in different groups and never merge into one. (26
// directions were tried: the larger cells they need to reach the same count fold more.)
std::uint64_t facingGroup(const std::vector<glm::vec3>& normals, std::size_t v) {
  if (v >= normals.size()) return 0;
  const glm::vec3 n = normals[v], a = glm::abs(n);
  const int axis = a.x >= a.y && a.x >= a.z ? 0 : (a.y >= a.z ? 1 : 2);
  return static_cast<std::uint64_t>(axis * 2 + (n[axis] < 0.0f ? 1 : 0));
}

// Cluster of every vertex (dense ids), 19 bits per cell coordinate and 5 for the facing.
std::vector<std::uint32_t> clusterIds(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals,
                                      float cellSize, std::size_t& clusterCount) {
  Bounds b;
  for (const glm::vec3& p : positions) b.extend(p);
  constexpr float kMaxCell = 524287.0f;
  std::unordered_map<std::uint64_t, std::uint32_t> ids;
  ids.reserve(positions.size() / 2 + 1);
  std::vector<std::uint32_t> cluster(positions.size());
  for (std::size_t v = 0; v < positions.size(); ++v) {
    const glm::vec3 c = glm::clamp(glm::floor((positions[v] - b.min) / cellSize), glm::vec3(0.0f), glm::vec3(kMaxCell));
    const std::uint64_t key = (static_cast<std::uint64_t>(c.x) << 43) | (static_cast<std::uint64_t>(c.y) << 24) |
                              (static_cast<std::uint64_t>(c.z) << 5) | facingGroup(normals, v);
    cluster[v] = ids.emplace(key, static_cast<std::uint32_t>(ids.size())).first->second;
  }
  clusterCount = ids.size();
  return cluster;
}

// For every vertex, the vertex that stands for its cluster: the member nearest the
// cluster's centroid, so the coarse surface stays on the fine one.
std::vector<std::uint32_t> representatives(const std::vector<glm::vec3>& positions,
                                           const std::vector<std::uint32_t>& cluster, std::size_t clusterCount) {
  std::vector<glm::vec3> sum(clusterCount, glm::vec3(0.0f));
  std::vector<float> count(clusterCount, 0.0f);
  for (std::size_t v = 0; v < positions.size(); ++v) {
    sum[cluster[v]] += positions[v];
    count[cluster[v]] += 1.0f;
  }
  std::vector<std::uint32_t> best(clusterCount, 0);
  std::vector<float> bestDistance(clusterCount, std::numeric_limits<float>::max());
  for (std::size_t v = 0; v < positions.size(); ++v) {
    const std::uint32_t c = cluster[v];
    const glm::vec3 d = positions[v] - sum[c] / count[c];
    const float distance = glm::dot(d, d);
    if (distance < bestDistance[c]) {
      bestDistance[c] = distance;
      best[c] = static_cast<std::uint32_t>(v);
    }
  }
  std::vector<std::uint32_t> out(positions.size());
  for (std::size_t v = 0; v < positions.size(); ++v) out[v] = best[cluster[v]];
  return out;
}

// Whether a merged triangle winds against its corners' normals (a fold): it would show
// its back where the surface faces the viewer, or its front through the far side.
bool turnedOver(const std::vector<glm::vec3>& p, const std::vector<glm::vec3>& n, const Triangle& t) {
  if (n.size() != p.size()) return false;
  const glm::vec3 face = glm::cross(p[t[1]] - p[t[0]], p[t[2]] - p[t[0]]);
  return glm::dot(face, n[t[0]] + n[t[1]] + n[t[2]]) < 0.0f;
}

float meanEdgeLength(const Mesh& mesh) {
  double sum = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int k = 0; k < 3; ++k)
      sum += glm::length(mesh.positions[mesh.indices[t + static_cast<std::size_t>(k)]] -
                         mesh.positions[mesh.indices[t + static_cast<std::size_t>((k + 1) % 3)]]);
  return static_cast<float>(sum / static_cast<double>(std::max<std::size_t>(mesh.indices.size(), 1)));
}
}  // namespace

std::vector<std::uint32_t> clusterTriangles(const std::vector<glm::vec3>& positions,
                                            const std::vector<glm::vec3>& normals,
                                            const std::vector<std::uint32_t>& indices, float cellSize) {
  if (positions.empty() || !(cellSize > 0.0f)) return indices;
  std::size_t clusterCount = 0;
  const std::vector<std::uint32_t> cluster = clusterIds(positions, normals, cellSize, clusterCount);
  const std::vector<std::uint32_t> rep = representatives(positions, cluster, clusterCount);
  std::vector<Triangle> kept;
  kept.reserve(indices.size() / 9);
  for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
    const std::uint32_t a = indices[t], b = indices[t + 1], c = indices[t + 2];
    if (a >= positions.size() || b >= positions.size() || c >= positions.size()) continue;
    Triangle r{rep[a], rep[b], rep[c]};
    if (r[0] == r[1] || r[1] == r[2] || r[0] == r[2]) continue;
    if (turnedOver(positions, normals, r)) std::swap(r[1], r[2]);
    std::rotate(r.begin(), std::min_element(r.begin(), r.end()), r.end());  // one spelling per triangle
    kept.push_back(r);
  }
  std::sort(kept.begin(), kept.end());
  kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
  std::vector<std::uint32_t> out;
  out.reserve(kept.size() * 3);
  for (const Triangle& r : kept) out.insert(out.end(), r.begin(), r.end());
  return out;
}

ReducedMesh reduceMesh(const Mesh& mesh, float targetRatio, std::size_t minTriangles) {
  const std::size_t triangles = mesh.triangleCount();
  if (triangles < minTriangles || !(targetRatio > 0.0f && targetRatio < 1.0f)) return {mesh.indices, 0.0f};
  const double target = static_cast<double>(targetRatio) * static_cast<double>(triangles);
  // On an even mesh the count falls with the square of the cell size: start where that
  // predicts the target, then correct by the same law (a few passes suffice).
  float cell = meanEdgeLength(mesh) / std::sqrt(targetRatio);
  ReducedMesh best{mesh.indices, 0.0f};
  double bestError = std::numeric_limits<double>::max();
  for (int pass = 0; pass < 6 && cell > 0.0f; ++pass) {
    std::vector<std::uint32_t> indices = clusterTriangles(mesh.positions, mesh.normals, mesh.indices, cell);
    const double got = static_cast<double>(std::max<std::size_t>(indices.size() / 3, 1));
    const double error = std::abs(std::log(got / target));
    if (error < bestError) {
      bestError = error;
      best = {std::move(indices), cell};
    }
    if (got > 0.75 * target && got < 1.35 * target) break;
    cell *= static_cast<float>(std::sqrt(std::clamp(got / target, 0.25, 4.0)));
  }
  return best;
}

}  // namespace geometry
