#include "shape_distance.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

namespace modeltest {

namespace {

using Points = std::vector<glm::dvec3>;

// Eigen decomposition of a small symmetric matrix by Jacobi rotations; columns of v are
// the eigenvectors, sorted by decreasing eigenvalue.
template <int N>
void symmetricEigen(std::array<std::array<double, N>, N> a, std::array<double, N>& w, std::array<std::array<double, N>, N>& v) {
  for (int i = 0; i < N; ++i)
    for (int j = 0; j < N; ++j) v[i][j] = i == j ? 1.0 : 0.0;
  for (int sweep = 0; sweep < 60; ++sweep) {
    double off = 0.0;
    for (int p = 0; p < N; ++p)
      for (int q = p + 1; q < N; ++q) off += a[p][q] * a[p][q];
    if (off < 1e-22) break;
    for (int p = 0; p < N; ++p)
      for (int q = p + 1; q < N; ++q) {
        if (std::abs(a[p][q]) < 1e-300) continue;
        const double theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
        const double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
        const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
        for (int k = 0; k < N; ++k) {  // a = J^T a J
          const double akp = a[k][p], akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < N; ++k) {
          const double apk = a[p][k], aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < N; ++k) {
          const double vkp = v[k][p], vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
  }
  std::array<int, N> order;
  for (int i = 0; i < N; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](int x, int y) { return a[x][x] > a[y][y]; });
  const auto v0 = v;
  for (int i = 0; i < N; ++i) {
    w[i] = a[order[i]][order[i]];
    for (int k = 0; k < N; ++k) v[k][i] = v0[k][order[i]];
  }
}

Points sample(const TriangleSoup& soup, int n, std::mt19937_64& rng) {
  const std::size_t count = soup.corners.size() / 3;
  std::vector<double> cumulative(count);
  double total = 0.0;
  for (std::size_t t = 0; t < count; ++t) {
    const glm::dvec3 a = soup.corners[3 * t], b = soup.corners[3 * t + 1], c = soup.corners[3 * t + 2];
    total += 0.5 * glm::length(glm::cross(b - a, c - a));
    cumulative[t] = total;
  }
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Points out;
  for (int i = 0; i < n; ++i) {
    const std::size_t t = std::min<std::size_t>(
        static_cast<std::size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), unit(rng) * total) - cumulative.begin()),
        count - 1);
    double u = unit(rng), v = unit(rng);
    if (u + v > 1.0) u = 1.0 - u, v = 1.0 - v;
    const glm::dvec3 a = soup.corners[3 * t], b = soup.corners[3 * t + 1], c = soup.corners[3 * t + 2];
    out.push_back(a + u * (b - a) + v * (c - a));
  }
  return out;
}

glm::dvec3 mean(const Points& p) {
  glm::dvec3 m(0.0);
  for (const glm::dvec3& q : p) m += q;
  return m / static_cast<double>(p.size());
}

// Centred, in principal axes (a proper frame), scaled to unit RMS radius.
Points normalise(const Points& p) {
  const glm::dvec3 c = mean(p);
  std::array<std::array<double, 3>, 3> cov{};
  double rms = 0.0;
  for (const glm::dvec3& q : p) {
    const glm::dvec3 d = q - c;
    rms += glm::dot(d, d);
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) cov[i][j] += d[i] * d[j];
  }
  std::array<double, 3> w{};
  std::array<std::array<double, 3>, 3> v{};
  symmetricEigen<3>(cov, w, v);
  glm::dmat3 axes;
  for (int i = 0; i < 3; ++i) axes[i] = glm::dvec3(v[0][i], v[1][i], v[2][i]);
  if (glm::determinant(axes) < 0.0) axes[2] = -axes[2];
  const double s = std::sqrt(rms / static_cast<double>(p.size()));
  Points out;
  for (const glm::dvec3& q : p) out.push_back(glm::transpose(axes) * (q - c) / s);
  return out;
}

// Nearest distance from each query point to the set, with the index of the nearest.
std::vector<std::pair<double, std::size_t>> nearest(const Points& queries, const Points& set) {
  std::vector<std::pair<double, std::size_t>> out;
  out.reserve(queries.size());
  for (const glm::dvec3& q : queries) {
    double best = 1e300;
    std::size_t at = 0;
    for (std::size_t j = 0; j < set.size(); ++j) {
      const glm::dvec3 d = set[j] - q;
      const double d2 = glm::dot(d, d);
      if (d2 < best) best = d2, at = j;
    }
    out.push_back({std::sqrt(best), at});
  }
  return out;
}

// Best rotation taking centred points a onto centred points b (Horn's quaternion method).
glm::dmat3 bestRotation(const Points& a, const glm::dvec3& ca, const Points& b, const glm::dvec3& cb) {
  glm::dmat3 m(0.0);  // column j, row i: sum b_i a_j
  for (std::size_t k = 0; k < a.size(); ++k) m += glm::outerProduct(b[k] - cb, a[k] - ca);
  const auto s = [&](int i, int j) { return m[i][j]; };  // sum a_i b_j
  const std::array<std::array<double, 4>, 4> n = {{
      {s(0, 0) + s(1, 1) + s(2, 2), s(1, 2) - s(2, 1), s(2, 0) - s(0, 2), s(0, 1) - s(1, 0)},
      {s(1, 2) - s(2, 1), s(0, 0) - s(1, 1) - s(2, 2), s(0, 1) + s(1, 0), s(2, 0) + s(0, 2)},
      {s(2, 0) - s(0, 2), s(0, 1) + s(1, 0), -s(0, 0) + s(1, 1) - s(2, 2), s(1, 2) + s(2, 1)},
      {s(0, 1) - s(1, 0), s(2, 0) + s(0, 2), s(1, 2) + s(2, 1), -s(0, 0) - s(1, 1) + s(2, 2)},
  }};
  std::array<double, 4> w{};
  std::array<std::array<double, 4>, 4> v{};
  symmetricEigen<4>(n, w, v);
  const double q0 = v[0][0], qx = v[1][0], qy = v[2][0], qz = v[3][0];
  glm::dmat3 r;  // columns
  r[0] = {q0 * q0 + qx * qx - qy * qy - qz * qz, 2 * (qx * qy + q0 * qz), 2 * (qx * qz - q0 * qy)};
  r[1] = {2 * (qx * qy - q0 * qz), q0 * q0 - qx * qx + qy * qy - qz * qz, 2 * (qy * qz + q0 * qx)};
  r[2] = {2 * (qx * qz + q0 * qy), 2 * (qy * qz - q0 * qx), q0 * q0 - qx * qx - qy * qy + qz * qz};
  return r;
}

Points icp(Points cur, const Points& target, int iterations) {
  for (int it = 0; it < iterations; ++it) {
    const auto nn = nearest(cur, target);
    Points matched;
    for (const auto& [d, j] : nn) matched.push_back(target[j]);
    const glm::dvec3 cc = mean(cur), mc = mean(matched);
    const glm::dmat3 r = bestRotation(cur, cc, matched, mc);
    for (glm::dvec3& p : cur) p = r * (p - cc) + mc;
  }
  return cur;
}

double percentile95(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const double at = 0.95 * static_cast<double>(v.size() - 1);
  const std::size_t i = static_cast<std::size_t>(at);
  const double f = at - static_cast<double>(i);
  return i + 1 < v.size() ? v[i] * (1.0 - f) + v[i + 1] * f : v[i];
}

// The proper frame of principal axes (24 of them) that lays a closest onto b.
Points bestFrame(const Points& a, const Points& b) {
  Points thinned;
  for (std::size_t i = 0; i < a.size(); i += 4) thinned.push_back(a[i]);
  std::array<int, 3> perm = {0, 1, 2};
  double best = 1e300;
  glm::dmat3 chosen(1.0);
  do {
    for (int signs = 0; signs < 8; ++signs) {
      glm::dmat3 m(0.0);  // row i picks axis perm[i] with a sign
      for (int i = 0; i < 3; ++i) m[perm[i]][i] = (signs >> i) & 1 ? -1.0 : 1.0;
      if (glm::determinant(m) < 0.0) continue;
      Points cand;
      for (const glm::dvec3& p : thinned) cand.push_back(m * p);
      double sum = 0.0;
      for (const auto& [d, j] : nearest(cand, b)) sum += d;
      if (sum < best) best = sum, chosen = m;
    }
  } while (std::next_permutation(perm.begin(), perm.end()));
  Points out;
  for (const glm::dvec3& p : a) out.push_back(chosen * p);
  return out;
}

}  // namespace

TriangleSoup readStlTriangles(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(f)), {});
  TriangleSoup soup;
  if (bytes.size() >= 84) {
    std::uint32_t count = 0;
    std::memcpy(&count, bytes.data() + 80, 4);
    if (84 + static_cast<std::uint64_t>(count) * 50 == bytes.size()) {
      for (std::uint32_t t = 0; t < count; ++t)
        for (int v = 0; v < 3; ++v) {
          float xyz[3];
          std::memcpy(xyz, bytes.data() + 84 + static_cast<std::size_t>(t) * 50 + 12 + v * 12, 12);
          soup.corners.emplace_back(xyz[0], xyz[1], xyz[2]);
        }
      return soup;
    }
  }
  std::istringstream in(bytes);
  std::string word;
  while (in >> word)
    if (word == "vertex") {
      glm::vec3 p;
      in >> p.x >> p.y >> p.z;
      soup.corners.push_back(p);
    }
  soup.corners.resize(soup.corners.size() / 3 * 3);
  return soup;
}

TriangleSoup soupOf(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices) {
  TriangleSoup soup;
  for (std::uint32_t i : indices) soup.corners.push_back(positions[i]);
  return soup;
}

ShapeDistance shapeDistance(const TriangleSoup& a, const TriangleSoup& b, int samples) {
  std::mt19937_64 rng(1);
  const Points pa = normalise(sample(a, samples, rng));
  const Points pb = normalise(sample(b, samples, rng));
  const Points aligned = icp(bestFrame(pa, pb), pb, 30);
  glm::dvec3 lo(1e300), hi(-1e300);
  for (const glm::dvec3& p : pb) lo = glm::min(lo, p), hi = glm::max(hi, p);
  const glm::dvec3 span = hi - lo;
  const double length = std::max({span.x, span.y, span.z});
  std::vector<double> d1, d2;
  for (const auto& [d, j] : nearest(aligned, pb)) d1.push_back(d);
  for (const auto& [d, j] : nearest(pb, aligned)) d2.push_back(d);
  double m1 = 0.0, m2 = 0.0;
  for (double d : d1) m1 += d;
  for (double d : d2) m2 += d;
  ShapeDistance out;
  out.mean = static_cast<float>(0.5 * (m1 / static_cast<double>(d1.size()) + m2 / static_cast<double>(d2.size())) / length);
  out.p95 = static_cast<float>(std::max(percentile95(d1), percentile95(d2)) / length);
  return out;
}

}  // namespace modeltest
