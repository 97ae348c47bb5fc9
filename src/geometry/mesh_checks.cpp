#include "geometry/mesh_checks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

namespace geometry {

namespace {

std::size_t find(std::vector<std::size_t>& parent, std::size_t x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// Whether the triangles around v form a single closed or open fan.
bool fanIsDisc(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& rim) {
  if (rim.empty()) return true;
  std::map<std::uint32_t, std::uint32_t> next;
  for (const auto& [a, b] : rim)
    if (!next.emplace(a, b).second) return false;
  std::size_t steps = 0;
  std::uint32_t at = rim.front().first;
  while (steps <= rim.size()) {
    const auto it = next.find(at);
    if (it == next.end()) break;
    at = it->second;
    ++steps;
    if (at == rim.front().first) break;
  }
  return steps == rim.size();
}

std::size_t countNonManifoldVertices(const Mesh& mesh) {
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> rims(mesh.positions.size());
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int q = 0; q < 3; ++q)
      rims[mesh.indices[t + q]].emplace_back(mesh.indices[t + (q + 1) % 3], mesh.indices[t + (q + 2) % 3]);
  std::size_t bad = 0;
  for (const auto& rim : rims)
    if (!fanIsDisc(rim)) ++bad;
  return bad;
}

float pointSegmentDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
  const glm::vec3 ab = b - a;
  const float len2 = glm::dot(ab, ab);
  const float t = len2 > 0.0f ? std::clamp(glm::dot(p - a, ab) / len2, 0.0f, 1.0f) : 0.0f;
  return glm::length(p - (a + t * ab));
}

float pointTriangleDistance(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 n = glm::cross(b - a, c - a);
  const float n2 = glm::dot(n, n);
  if (n2 > 1e-20f) {
    const float dist = glm::dot(p - a, n) / n2;
    const glm::vec3 q = p - dist * n;  // projection onto the plane
    const float wa = glm::dot(glm::cross(b - q, c - q), n);
    const float wb = glm::dot(glm::cross(c - q, a - q), n);
    const float wc = glm::dot(glm::cross(a - q, b - q), n);
    if (wa >= 0.0f && wb >= 0.0f && wc >= 0.0f) return std::abs(dist) * std::sqrt(n2);
  }
  return std::min(pointSegmentDistance(p, a, b), std::min(pointSegmentDistance(p, b, c), pointSegmentDistance(p, c, a)));
}

// Triangles of a mesh bucketed in a uniform 3D grid for neighbourhood queries.
struct TriangleGrid {
  glm::vec3 origin{0.0f};
  float cell = 1.0f;
  glm::ivec3 dims{1};
  std::vector<std::vector<std::uint32_t>> buckets;

  TriangleGrid(const Mesh& m, float cellSize) : cell(cellSize) {
    const Bounds b = m.bounds();
    origin = b.min;
    dims = glm::max(glm::ivec3(glm::ceil(b.size() / cell)), glm::ivec3(1));
    buckets.resize(static_cast<std::size_t>(dims.x) * dims.y * dims.z);
    for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
      Bounds tb;
      for (int q = 0; q < 3; ++q) tb.extend(m.positions[m.indices[t + q]]);
      const glm::ivec3 lo = clampCell(tb.min), hi = clampCell(tb.max);
      for (int z = lo.z; z <= hi.z; ++z)
        for (int y = lo.y; y <= hi.y; ++y)
          for (int x = lo.x; x <= hi.x; ++x) buckets[flat(x, y, z)].push_back(static_cast<std::uint32_t>(t));
    }
  }
  glm::ivec3 clampCell(const glm::vec3& p) const {
    return glm::clamp(glm::ivec3(glm::floor((p - origin) / cell)), glm::ivec3(0), dims - 1);
  }
  std::size_t flat(int x, int y, int z) const { return (static_cast<std::size_t>(z) * dims.y + y) * dims.x + x; }
};

float oneWayDistance(const Mesh& from, const Mesh& to, float reach) {
  if (from.positions.empty() || to.indices.empty()) return reach;
  const TriangleGrid grid(to, std::max(reach * 0.5f, 1.0f));
  Bounds zone = to.bounds();
  zone.extend(zone.min - glm::vec3(reach));
  zone.extend(zone.max + glm::vec3(reach));
  float best = reach;
  for (const glm::vec3& p : from.positions) {
    if (glm::any(glm::lessThan(p, zone.min)) || glm::any(glm::greaterThan(p, zone.max))) continue;
    const glm::ivec3 lo = grid.clampCell(p - glm::vec3(best)), hi = grid.clampCell(p + glm::vec3(best));
    for (int z = lo.z; z <= hi.z; ++z)
      for (int y = lo.y; y <= hi.y; ++y)
        for (int x = lo.x; x <= hi.x; ++x)
          for (std::uint32_t t : grid.buckets[grid.flat(x, y, z)]) {
            const glm::vec3& a = to.positions[to.indices[t]];
            const glm::vec3& b = to.positions[to.indices[t + 1]];
            const glm::vec3& c = to.positions[to.indices[t + 2]];
            best = std::min(best, pointTriangleDistance(p, a, b, c));
          }
  }
  return best;
}

}  // namespace

double signedVolume(const Mesh& mesh) {
  double v = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]),
        c(mesh.positions[mesh.indices[t + 2]]);
    v += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return v;
}

MeshReport checkMesh(const Mesh& mesh) {
  MeshReport r;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::pair<int, int>> edges;  // forward, backward uses
  std::vector<std::size_t> parent(mesh.positions.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t i[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
    const glm::vec3 n = glm::cross(mesh.positions[i[1]] - mesh.positions[i[0]], mesh.positions[i[2]] - mesh.positions[i[0]]);
    if (i[0] == i[1] || i[1] == i[2] || i[0] == i[2] || glm::length(n) == 0.0f) ++r.degenerateTriangles;
    r.area += 0.5 * glm::length(n);
    for (int q = 0; q < 3; ++q) {
      const std::uint32_t u = i[q], v = i[(q + 1) % 3];
      auto& uses = edges[{std::min(u, v), std::max(u, v)}];
      (u < v ? uses.first : uses.second) += 1;
      parent[find(parent, u)] = find(parent, v);
    }
  }
  for (const auto& [key, uses] : edges) {
    const int total = uses.first + uses.second;
    if (total == 1) ++r.boundaryEdges;
    if (total >= 3) ++r.nonManifoldEdges;
    if (total == 2 && uses.first != 1) ++r.misorientedEdges;
  }
  std::vector<char> used(mesh.positions.size(), 0);
  for (std::uint32_t i : mesh.indices) used[i] = 1;
  for (std::size_t v = 0; v < parent.size(); ++v)
    if (used[v] && find(parent, v) == v) ++r.components;
  r.nonManifoldVertices = countNonManifoldVertices(mesh);
  r.signedVolume = signedVolume(mesh);
  return r;
}

PrincipalExtents principalExtents(const Mesh& mesh) {
  PrincipalExtents out;
  if (mesh.positions.empty()) return out;
  glm::dvec3 mean(0.0);
  for (const glm::vec3& p : mesh.positions) mean += glm::dvec3(p);
  mean /= static_cast<double>(mesh.positions.size());
  double c[3][3] = {};
  for (const glm::vec3& p : mesh.positions) {
    const glm::dvec3 d = glm::dvec3(p) - mean;
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) c[i][j] += d[i] * d[j];
  }
  // Jacobi rotations diagonalise the symmetric covariance.
  double v[3][3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  for (int sweep = 0; sweep < 50; ++sweep) {
    for (int p = 0; p < 2; ++p)
      for (int q = p + 1; q < 3; ++q) {
        if (std::abs(c[p][q]) < 1e-12) continue;
        const double theta = 0.5 * std::atan2(2.0 * c[p][q], c[q][q] - c[p][p]);
        const double cs = std::cos(theta), sn = std::sin(theta);
        for (int k = 0; k < 3; ++k) {
          const double ckp = c[k][p], ckq = c[k][q];
          c[k][p] = cs * ckp - sn * ckq;
          c[k][q] = sn * ckp + cs * ckq;
        }
        for (int k = 0; k < 3; ++k) {
          const double cpk = c[p][k], cqk = c[q][k];
          c[p][k] = cs * cpk - sn * cqk;
          c[q][k] = sn * cpk + cs * cqk;
        }
        for (int k = 0; k < 3; ++k) {
          const double vkp = v[k][p], vkq = v[k][q];
          v[k][p] = cs * vkp - sn * vkq;
          v[k][q] = sn * vkp + cs * vkq;
        }
      }
  }
  int order[3] = {0, 1, 2};
  std::sort(order, order + 3, [&](int a, int b) { return c[a][a] > c[b][b]; });
  out.centre = glm::vec3(mean);
  for (int k = 0; k < 3; ++k) {
    const glm::vec3 axis(v[0][order[k]], v[1][order[k]], v[2][order[k]]);
    out.axes[k] = glm::normalize(axis);
    float lo = 1e30f, hi = -1e30f;
    for (const glm::vec3& p : mesh.positions) {
      const float s = glm::dot(p - out.centre, out.axes[k]);
      lo = std::min(lo, s);
      hi = std::max(hi, s);
    }
    out.extents[k] = hi - lo;
  }
  return out;
}

float minSurfaceDistance(const Mesh& a, const Mesh& b) {
  const float reach = 20.0f;
  return std::min(oneWayDistance(a, b, reach), oneWayDistance(b, a, reach));
}

bool containsPoint(const Mesh& mesh, const glm::vec3& p) {
  // Cast a ray along +z from a point nudged off any grid-aligned edge.
  const glm::vec2 q(p.x + 1.234567e-4f, p.y + 2.345678e-4f);
  int crossings = 0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3& a = mesh.positions[mesh.indices[t]];
    const glm::vec3& b = mesh.positions[mesh.indices[t + 1]];
    const glm::vec3& c = mesh.positions[mesh.indices[t + 2]];
    const float d = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
    if (d == 0.0f) continue;
    const float wb = ((q.x - a.x) * (c.y - a.y) - (c.x - a.x) * (q.y - a.y)) / d;
    const float wc = ((b.x - a.x) * (q.y - a.y) - (q.x - a.x) * (b.y - a.y)) / d;
    if (wb < 0.0f || wc < 0.0f || wb + wc > 1.0f) continue;
    const float z = a.z + wb * (b.z - a.z) + wc * (c.z - a.z);
    if (z > p.z) ++crossings;
  }
  return (crossings % 2) == 1;
}

std::size_t verticesInside(const Mesh& a, const Mesh& b) {
  const Bounds box = b.bounds();
  std::size_t n = 0;
  for (const glm::vec3& p : a.positions) {
    if (glm::any(glm::lessThan(p, box.min)) || glm::any(glm::greaterThan(p, box.max))) continue;
    if (containsPoint(b, p)) ++n;
  }
  return n;
}

}  // namespace geometry
