#include "geometry/polygonise.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <unordered_map>

namespace geometry {

namespace {

// Values of the field on a regular grid. Points on the outer layer are forced outside so
// every surface the grid produces is closed.
struct Grid {
  glm::vec3 origin{0.0f};
  float h = 1.0f;
  int nx = 0, ny = 0, nz = 0;
  std::vector<float> values;

  std::size_t index(int i, int j, int k) const {
    return (static_cast<std::size_t>(k) * ny + j) * nx + i;
  }
  glm::vec3 point(int i, int j, int k) const { return origin + h * glm::vec3(i, j, k); }
};

constexpr int kBlock = 4;

void sampleBlock(Grid& g, const sdf::Shape& shape, int bi, int bj, int bk) {
  const int i0 = bi * kBlock, j0 = bj * kBlock, k0 = bk * kBlock;
  const int i1 = std::min(i0 + kBlock, g.nx), j1 = std::min(j0 + kBlock, g.ny), k1 = std::min(k0 + kBlock, g.nz);
  const glm::vec3 centre = g.point(i0, j0, k0) + 0.5f * g.h * glm::vec3(i1 - i0 - 1, j1 - j0 - 1, k1 - k0 - 1);
  const float reach = 0.5f * g.h * (kBlock - 1) * std::sqrt(3.0f);
  const float dc = shape(centre);
  // Distance estimates of blended shapes can run a little fast, hence the safety factor.
  const bool far = std::abs(dc) > 1.5f * reach + 2.0f * g.h;
  for (int k = k0; k < k1; ++k)
    for (int j = j0; j < j1; ++j)
      for (int i = i0; i < i1; ++i) {
        float v = far ? dc : shape(g.point(i, j, k));
        const bool border = i == 0 || j == 0 || k == 0 || i == g.nx - 1 || j == g.ny - 1 || k == g.nz - 1;
        if (border) v = std::max(v, g.h);
        g.values[g.index(i, j, k)] = v;
      }
}

Grid sampleGrid(const sdf::Shape& shape, float h, int threads) {
  Grid g;
  g.h = h;
  const Bounds& box = shape.box();
  const float margin = 2.0f * h;
  g.origin = box.min - glm::vec3(margin);
  const glm::vec3 size = box.size() + glm::vec3(2.0f * margin);
  g.nx = static_cast<int>(std::ceil(size.x / h)) + 1;
  g.ny = static_cast<int>(std::ceil(size.y / h)) + 1;
  g.nz = static_cast<int>(std::ceil(size.z / h)) + 1;
  g.values.assign(static_cast<std::size_t>(g.nx) * g.ny * g.nz, 1.0f);
  const int bx = (g.nx + kBlock - 1) / kBlock, by = (g.ny + kBlock - 1) / kBlock, bz = (g.nz + kBlock - 1) / kBlock;
  parallelFor(static_cast<std::size_t>(bz), threads, [&](std::size_t bk) {
    for (int bj = 0; bj < by; ++bj)
      for (int bi = 0; bi < bx; ++bi) sampleBlock(g, shape, bi, bj, static_cast<int>(bk));
  });
  return g;
}

// An edge of the tetrahedral grid that the surface crosses.
struct Crossing {
  glm::vec3 outside, inside;
  float vOut, vIn;
};

glm::vec3 refineCrossing(const Crossing& c, const sdf::Shape& shape) {
  // Illinois regula falsi on the segment: vertices land on the true surface and stay on
  // their grid edge, so the triangles cannot fold.
  glm::vec3 a = c.outside, b = c.inside;
  float fa = c.vOut, fb = c.vIn;
  int side = 0;
  glm::vec3 x = a;
  for (int it = 0; it < 8; ++it) {
    const float t = std::clamp(fa / (fa - fb), 0.001f, 0.999f);
    x = a + t * (b - a);
    const float fx = shape(x);
    if (std::abs(fx) < 1e-5f) break;
    if (fx >= 0.0f) {
      a = x;
      fa = fx;
      if (side == -1) fb *= 0.5f;
      side = -1;
    } else {
      b = x;
      fb = fx;
      if (side == 1) fa *= 0.5f;
      side = 1;
    }
  }
  return x;
}

class TetMesher {
 public:
  explicit TetMesher(const Grid& g) : g_(g) {}

  void run() {
    static const int kPerm[6][3] = {{1, 2, 4}, {1, 4, 2}, {2, 1, 4}, {2, 4, 1}, {4, 1, 2}, {4, 2, 1}};
    for (int k = 0; k + 1 < g_.nz; ++k)
      for (int j = 0; j + 1 < g_.ny; ++j)
        for (int i = 0; i + 1 < g_.nx; ++i) {
          if (!cellCrossed(i, j, k)) continue;
          for (const auto& perm : kPerm) {
            const int c[4] = {0, perm[0], perm[0] | perm[1], 7};
            tet(i, j, k, c);
          }
        }
  }

  std::vector<Crossing> crossings;
  std::vector<std::uint32_t> indices;

 private:
  bool cellCrossed(int i, int j, int k) const {
    bool in = false, out = false;
    for (int c = 0; c < 8; ++c) {
      const bool inside = value(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1)) < 0.0f;
      (inside ? in : out) = true;
    }
    return in && out;
  }
  float value(int i, int j, int k) const { return g_.values[g_.index(i, j, k)]; }

  std::uint32_t edgeVertex(const glm::ivec3& a, const glm::ivec3& b) {
    const glm::ivec3 lo = glm::min(a, b), hi = glm::max(a, b);
    const glm::ivec3 d = hi - lo;
    const std::uint64_t key = static_cast<std::uint64_t>(g_.index(lo.x, lo.y, lo.z)) * 8u +
                              static_cast<std::uint64_t>(d.x + 2 * d.y + 4 * d.z);
    const auto it = map_.find(key);
    if (it != map_.end()) return it->second;
    const float va = value(a.x, a.y, a.z), vb = value(b.x, b.y, b.z);
    Crossing c;
    const bool aIn = va < 0.0f;
    c.outside = g_.point((aIn ? b : a).x, (aIn ? b : a).y, (aIn ? b : a).z);
    c.inside = g_.point((aIn ? a : b).x, (aIn ? a : b).y, (aIn ? a : b).z);
    c.vOut = aIn ? vb : va;
    c.vIn = aIn ? va : vb;
    const auto id = static_cast<std::uint32_t>(crossings.size());
    crossings.push_back(c);
    map_.emplace(key, id);
    return id;
  }

  // Emits triangle (e0, e1, e2) facing from the inside corners towards the outside ones;
  // orientation is decided on edge midpoints, which never degenerate.
  void emit(const glm::ivec3 (&e)[3][2], const glm::vec3& towardOutside) {
    glm::vec3 m[3];
    for (int q = 0; q < 3; ++q) m[q] = 0.5f * glm::vec3(e[q][0] + e[q][1]);
    const bool flip = glm::dot(glm::cross(m[1] - m[0], m[2] - m[0]), towardOutside) < 0.0f;
    std::uint32_t v[3];
    for (int q = 0; q < 3; ++q) v[q] = edgeVertex(e[q][0], e[q][1]);
    indices.push_back(v[0]);
    indices.push_back(flip ? v[2] : v[1]);
    indices.push_back(flip ? v[1] : v[2]);
  }

  void tet(int i, int j, int k, const int (&corner)[4]) {
    glm::ivec3 p[4];
    bool in[4];
    int nIn = 0;
    for (int q = 0; q < 4; ++q) {
      p[q] = glm::ivec3(i + (corner[q] & 1), j + ((corner[q] >> 1) & 1), k + ((corner[q] >> 2) & 1));
      in[q] = value(p[q].x, p[q].y, p[q].z) < 0.0f;
      nIn += in[q] ? 1 : 0;
    }
    if (nIn == 0 || nIn == 4) return;
    if (nIn == 1 || nIn == 3) {
      const bool loneIn = nIn == 1;
      int lone = 0;
      while (in[lone] != loneIn) ++lone;
      glm::ivec3 e[3][2];
      glm::vec3 others(0.0f);
      int n = 0;
      for (int q = 0; q < 4; ++q)
        if (q != lone) {
          e[n][0] = p[lone];
          e[n][1] = p[q];
          others += glm::vec3(p[q]);
          ++n;
        }
      const glm::vec3 away = others / 3.0f - glm::vec3(p[lone]);
      emit(e, loneIn ? away : -away);
      return;
    }
    int a = -1, b = -1, c = -1, d = -1;
    for (int q = 0; q < 4; ++q) {
      if (in[q])
        (a < 0 ? a : b) = q;
      else
        (c < 0 ? c : d) = q;
    }
    const glm::vec3 towardOut = glm::vec3(p[c] + p[d]) - glm::vec3(p[a] + p[b]);
    const glm::ivec3 t1[3][2] = {{p[a], p[c]}, {p[a], p[d]}, {p[b], p[d]}};
    const glm::ivec3 t2[3][2] = {{p[a], p[c]}, {p[b], p[d]}, {p[b], p[c]}};
    emit(t1, towardOut);
    emit(t2, towardOut);
  }

  const Grid& g_;
  std::unordered_map<std::uint64_t, std::uint32_t> map_;
};

// Emitting by grid-space midpoints needs grid-space directions; positions are converted
// afterwards, so the mesher works in integer grid coordinates throughout.
Mesh meshGrid(const Grid& g, const sdf::Shape& shape, int threads) {
  TetMesher mesher(g);
  mesher.run();
  Mesh mesh;
  mesh.indices = std::move(mesher.indices);
  mesh.positions.resize(mesher.crossings.size());
  parallelFor(mesher.crossings.size(), threads,
              [&](std::size_t v) { mesh.positions[v] = refineCrossing(mesher.crossings[v], shape); });
  return mesh;
}

}  // namespace

void parallelFor(std::size_t n, int threads, const std::function<void(std::size_t)>& body) {
  int count = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
  count = std::max(1, std::min(count, 16));
  if (count == 1 || n < 64) {
    for (std::size_t i = 0; i < n; ++i) body(i);
    return;
  }
  std::vector<std::thread> pool;
  for (int t = 0; t < count; ++t)
    pool.emplace_back([&, t] {
      for (std::size_t i = static_cast<std::size_t>(t); i < n; i += static_cast<std::size_t>(count)) body(i);
    });
  for (std::thread& th : pool) th.join();
}

void repairNormals(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices,
                   std::vector<glm::vec3>& normals) {
  Mesh faceted;
  faceted.positions = positions;
  faceted.indices = indices;
  computeNormals(faceted);
  for (std::size_t i = 0; i < normals.size() && i < faceted.normals.size(); ++i)
    if (!(glm::dot(normals[i], faceted.normals[i]) > 0.6f)) normals[i] = faceted.normals[i];
}

void removeSmallComponents(Mesh& mesh, float minVolumeFraction) {
  const std::size_t nv = mesh.positions.size();
  std::vector<std::uint32_t> parent(nv);
  for (std::uint32_t i = 0; i < nv; ++i) parent[i] = i;
  const auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int q = 1; q < 3; ++q) parent[find(mesh.indices[t + q])] = find(mesh.indices[t]);
  std::unordered_map<std::uint32_t, double> volume;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]),
        c(mesh.positions[mesh.indices[t + 2]]);
    volume[find(mesh.indices[t])] += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  double largest = 0.0;
  for (const auto& [root, v] : volume) largest = std::max(largest, v);
  std::vector<std::uint32_t> kept;
  std::vector<std::uint32_t> remap(nv, UINT32_MAX);
  std::vector<glm::vec3> positions;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    if (volume[find(mesh.indices[t])] < static_cast<double>(minVolumeFraction) * largest) continue;
    for (int q = 0; q < 3; ++q) {
      const std::uint32_t v = mesh.indices[t + q];
      if (remap[v] == UINT32_MAX) {
        remap[v] = static_cast<std::uint32_t>(positions.size());
        positions.push_back(mesh.positions[v]);
      }
      kept.push_back(remap[v]);
    }
  }
  mesh.indices = std::move(kept);
  mesh.positions = std::move(positions);
}

void projectOntoSurface(std::vector<glm::vec3>& points, const sdf::Shape& shape, int iterations, int threads) {
  parallelFor(points.size(), threads, [&](std::size_t i) {
    glm::vec3 p = points[i];
    for (int it = 0; it < iterations; ++it) {
      const float d = shape(p);
      if (std::abs(d) < 1e-5f) break;
      const glm::vec3 g = sdf::gradient(shape, p);
      const float g2 = glm::dot(g, g);
      if (g2 < 1e-10f) break;
      p -= d * g / g2;
    }
    points[i] = p;
  });
}

std::vector<glm::vec3> fieldNormals(const std::vector<glm::vec3>& points, const sdf::Shape& shape, int threads) {
  std::vector<glm::vec3> normals(points.size());
  parallelFor(points.size(), threads, [&](std::size_t i) { normals[i] = sdf::normalAt(shape, points[i]); });
  return normals;
}

Mesh polygonise(const sdf::Shape& shape, const PolygoniseOptions& options) {
  const float h = std::max(options.cellSize, 1e-3f);
  const Grid grid = sampleGrid(shape, h, options.threads);
  Mesh mesh = meshGrid(grid, shape, options.threads);
  removeSmallComponents(mesh, options.minComponentFraction);
  if (options.cleanUp && !mesh.empty()) {
    const float target = options.targetEdge > 0.0f ? options.targetEdge : 1.2f * h;
    collapseShortEdges(mesh, shape, 0.7f * target, 1.6f * target);
    flipEdges(mesh);
    relaxVertices(mesh, shape, options.relaxPasses, options.threads);
    flipEdges(mesh);
  }
  mesh.normals = fieldNormals(mesh.positions, shape, options.threads);
  repairNormals(mesh.positions, mesh.indices, mesh.normals);
  return mesh;
}

}  // namespace geometry
