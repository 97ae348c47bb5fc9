// Mesh clean-up after marching tetrahedra: the raw mesh has many slivers and tiny edges
// near grid points; collapsing, flipping and relaxing gives even triangles with fewer of them.
#include "geometry/polygonise.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace geometry {

namespace {

using Tri = std::array<std::uint32_t, 3>;

// Triangles plus, for every vertex, the triangles around it; supports in-place edits.
struct Topology {
  std::vector<glm::vec3>& pos;
  std::vector<Tri> tris;
  std::vector<char> triDead;
  std::vector<std::vector<std::uint32_t>> around;

  explicit Topology(Mesh& m) : pos(m.positions) {
    tris.resize(m.triangleCount());
    for (std::size_t t = 0; t < tris.size(); ++t)
      tris[t] = {m.indices[3 * t], m.indices[3 * t + 1], m.indices[3 * t + 2]};
    triDead.assign(tris.size(), 0);
    around.assign(pos.size(), {});
    for (std::size_t t = 0; t < tris.size(); ++t)
      for (std::uint32_t v : tris[t]) around[v].push_back(static_cast<std::uint32_t>(t));
  }

  // Removes unused vertices and dead triangles, renumbering what is left.
  void writeBack(Mesh& m) const {
    std::vector<std::uint32_t> remap(pos.size(), UINT32_MAX);
    std::vector<glm::vec3> kept;
    m.indices.clear();
    for (std::size_t t = 0; t < tris.size(); ++t) {
      if (triDead[t]) continue;
      for (std::uint32_t v : tris[t]) {
        if (remap[v] == UINT32_MAX) {
          remap[v] = static_cast<std::uint32_t>(kept.size());
          kept.push_back(pos[v]);
        }
        m.indices.push_back(remap[v]);
      }
    }
    m.positions = std::move(kept);
  }

  std::vector<std::uint32_t> neighbours(std::uint32_t v) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t t : around[v])
      for (std::uint32_t w : tris[t])
        if (w != v) out.push_back(w);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // The (up to two) triangles sharing edge u-v.
  std::vector<std::uint32_t> edgeTriangles(std::uint32_t u, std::uint32_t v) const {
    std::vector<std::uint32_t> out;
    for (std::uint32_t t : around[u])
      if (std::find(tris[t].begin(), tris[t].end(), v) != tris[t].end()) out.push_back(t);
    return out;
  }

  glm::vec3 normal(const Tri& t) const {
    return glm::cross(pos[t[1]] - pos[t[0]], pos[t[2]] - pos[t[0]]);
  }

  void detach(std::uint32_t t) {
    triDead[t] = 1;
    for (std::uint32_t v : tris[t]) {
      auto& list = around[v];
      list.erase(std::remove(list.begin(), list.end(), t), list.end());
    }
  }
};

std::uint32_t opposite(const Tri& t, std::uint32_t u, std::uint32_t v) {
  for (std::uint32_t w : t)
    if (w != u && w != v) return w;
  return t[0];
}

glm::vec3 projectPoint(const sdf::Shape& shape, glm::vec3 p) {
  for (int it = 0; it < 4; ++it) {
    const float d = shape(p);
    if (std::abs(d) < 1e-5f) break;
    const glm::vec3 g = sdf::gradient(shape, p);
    const float g2 = glm::dot(g, g);
    if (g2 < 1e-10f) break;
    p -= d * g / g2;
  }
  return p;
}

// Would moving u and v to target keep every surrounding triangle facing the same way,
// reasonably shaped, and no longer than maxEdge?
bool collapseKeepsShape(const Topology& topo, std::uint32_t u, std::uint32_t v, const glm::vec3& target,
                        float maxEdge) {
  for (std::uint32_t end : {u, v}) {
    for (std::uint32_t t : topo.around[end]) {
      const Tri& tri = topo.tris[t];
      const bool hasU = std::find(tri.begin(), tri.end(), u) != tri.end();
      const bool hasV = std::find(tri.begin(), tri.end(), v) != tri.end();
      if (hasU && hasV) continue;
      glm::vec3 p[3];
      for (int q = 0; q < 3; ++q) p[q] = (tri[q] == u || tri[q] == v) ? target : topo.pos[tri[q]];
      const glm::vec3 before = topo.normal(tri);
      const glm::vec3 after = glm::cross(p[1] - p[0], p[2] - p[0]);
      const float lb = glm::length(before), la = glm::length(after);
      if (la < 1e-12f) return false;
      if (lb > 1e-12f && glm::dot(before, after) < 0.5f * lb * la) return false;
      for (int q = 0; q < 3; ++q)
        if (glm::length(p[q] - p[(q + 1) % 3]) > maxEdge) return false;
    }
  }
  return true;
}

bool tryCollapse(Topology& topo, std::uint32_t u, std::uint32_t v, const sdf::Shape& shape, float maxEdge) {
  const std::vector<std::uint32_t> shared = topo.edgeTriangles(u, v);
  if (shared.size() != 2) return false;
  const std::uint32_t a = opposite(topo.tris[shared[0]], u, v);
  const std::uint32_t b = opposite(topo.tris[shared[1]], u, v);
  if (a == b) return false;
  // Link condition: u and v may share no neighbour but the two opposite vertices.
  const auto nu = topo.neighbours(u), nv = topo.neighbours(v);
  std::vector<std::uint32_t> common;
  std::set_intersection(nu.begin(), nu.end(), nv.begin(), nv.end(), std::back_inserter(common));
  if (common.size() != 2) return false;
  const glm::vec3 target = projectPoint(shape, 0.5f * (topo.pos[u] + topo.pos[v]));
  if (!collapseKeepsShape(topo, u, v, target, maxEdge)) return false;
  topo.detach(shared[0]);
  topo.detach(shared[1]);
  for (std::uint32_t t : topo.around[v]) {
    for (std::uint32_t& w : topo.tris[t])
      if (w == v) w = u;
    topo.around[u].push_back(t);
  }
  topo.around[v].clear();
  topo.pos[u] = target;
  return true;
}

float angleAt(const glm::vec3& apex, const glm::vec3& p, const glm::vec3& q) {
  const glm::vec3 a = p - apex, b = q - apex;
  const float la = glm::length(a), lb = glm::length(b);
  if (la < 1e-12f || lb < 1e-12f) return 0.0f;
  return std::acos(std::clamp(glm::dot(a, b) / (la * lb), -1.0f, 1.0f));
}

bool tryFlip(Topology& topo, std::uint32_t u, std::uint32_t v) {
  const std::vector<std::uint32_t> shared = topo.edgeTriangles(u, v);
  if (shared.size() != 2) return false;
  // Order so that t1 holds u -> v and t2 holds v -> u.
  std::uint32_t t1 = shared[0], t2 = shared[1];
  const Tri& first = topo.tris[t1];
  const int iu = static_cast<int>(std::find(first.begin(), first.end(), u) - first.begin());
  if (first[(iu + 1) % 3] != v) std::swap(t1, t2);
  const std::uint32_t a = opposite(topo.tris[t1], u, v), b = opposite(topo.tris[t2], u, v);
  if (a == b || topo.around[u].size() <= 3 || topo.around[v].size() <= 3) return false;
  if (!topo.edgeTriangles(a, b).empty()) return false;
  const auto& P = topo.pos;
  if (angleAt(P[a], P[u], P[v]) + angleAt(P[b], P[u], P[v]) <= 3.14159265f + 1e-3f) return false;
  const glm::vec3 n1 = topo.normal(topo.tris[t1]), n2 = topo.normal(topo.tris[t2]);
  const float l1 = glm::length(n1), l2 = glm::length(n2);
  if (l1 > 1e-12f && l2 > 1e-12f && glm::dot(n1, n2) < 0.9f * l1 * l2) return false;
  const Tri new1 = {u, b, a}, new2 = {b, v, a};
  const glm::vec3 ref = n1 + n2;
  for (const Tri& t : {new1, new2}) {
    const glm::vec3 n = topo.normal(t);
    if (glm::dot(n, ref) <= 0.5f * glm::length(n) * glm::length(ref)) return false;
  }
  topo.detach(t1);
  topo.detach(t2);
  for (const auto& [t, tri] : {std::pair<std::uint32_t, Tri>{t1, new1}, {t2, new2}}) {
    topo.tris[t] = tri;
    topo.triDead[t] = 0;
    for (std::uint32_t w : tri) topo.around[w].push_back(t);
  }
  return true;
}

std::vector<std::tuple<float, std::uint32_t, std::uint32_t>> sortedEdges(const Topology& topo, float below) {
  std::vector<std::tuple<float, std::uint32_t, std::uint32_t>> edges;
  for (std::size_t t = 0; t < topo.tris.size(); ++t) {
    if (topo.triDead[t]) continue;
    const Tri& tri = topo.tris[t];
    for (int q = 0; q < 3; ++q) {
      const std::uint32_t u = tri[q], v = tri[(q + 1) % 3];
      if (u > v) continue;  // each interior edge once
      const float len = glm::length(topo.pos[u] - topo.pos[v]);
      if (len < below) edges.emplace_back(len, u, v);
    }
  }
  std::sort(edges.begin(), edges.end());
  return edges;
}

}  // namespace

void collapseShortEdges(Mesh& mesh, const sdf::Shape& shape, float minEdge, float maxEdge) {
  Topology topo(mesh);
  for (int pass = 0; pass < 8; ++pass) {
    int done = 0;
    for (const auto& [len, u, v] : sortedEdges(topo, minEdge)) {
      if (topo.around[u].empty() || topo.around[v].empty()) continue;
      if (glm::length(topo.pos[u] - topo.pos[v]) >= minEdge) continue;
      if (tryCollapse(topo, u, v, shape, maxEdge)) ++done;
    }
    if (done == 0) break;
  }
  topo.writeBack(mesh);
}

void flipEdges(Mesh& mesh) {
  Topology topo(mesh);
  for (int pass = 0; pass < 4; ++pass) {
    int done = 0;
    for (const auto& [len, u, v] : sortedEdges(topo, 1e30f))
      if (tryFlip(topo, u, v)) ++done;
    if (done == 0) break;
  }
  topo.writeBack(mesh);
}

void relaxVertices(Mesh& mesh, const sdf::Shape& shape, int passes, int threads) {
  std::vector<std::vector<std::uint32_t>> ring(mesh.positions.size());
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int q = 0; q < 3; ++q) ring[mesh.indices[t + q]].push_back(mesh.indices[t + (q + 1) % 3]);
  for (int pass = 0; pass < passes; ++pass) {
    const std::vector<glm::vec3> old = mesh.positions;
    parallelFor(old.size(), threads, [&](std::size_t i) {
      if (ring[i].empty()) return;
      glm::vec3 centroid(0.0f);
      for (std::uint32_t w : ring[i]) centroid += old[w];
      centroid /= static_cast<float>(ring[i].size());
      const glm::vec3 n = sdf::normalAt(shape, old[i]);
      glm::vec3 move = 0.5f * (centroid - old[i]);
      move -= glm::dot(move, n) * n;
      mesh.positions[i] = projectPoint(shape, old[i] + move);
    });
  }
}

}  // namespace geometry
