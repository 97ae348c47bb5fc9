#include "io/sanitise.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace io::detail {

namespace {

bool finite(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

// Zero area up to double rounding: the doubled area compared with the longest edge squared,
// so slivers survive but exactly collinear or coincident corners do not.
bool zeroArea(const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::dvec3 pa(a), pb(b), pc(c);
  const glm::dvec3 ab = pb - pa, ac = pc - pa, bc = pc - pb;
  const double longest = std::max({glm::dot(ab, ab), glm::dot(ac, ac), glm::dot(bc, bc)});
  if (!(longest > 0.0) || !std::isfinite(longest)) return true;
  const glm::dvec3 doubledArea = glm::cross(ab, ac);
  return glm::dot(doubledArea, doubledArea) <= 1e-24 * longest * longest;
}

// A triangle that is collapsed at rest but opened by a morph target (geometry that grows
// with a severity, such as a spur starting from nothing) is real and must stay.
bool collapsedInEveryShape(const geometry::Mesh& mesh, std::uint32_t a, std::uint32_t b, std::uint32_t c) {
  const auto& p = mesh.positions;
  if (!zeroArea(p[a], p[b], p[c])) return false;
  for (const geometry::MorphTarget& morph : mesh.morphs) {
    const auto& d = morph.positionDeltas;
    if (!zeroArea(p[a] + d[a], p[b] + d[b], p[c] + d[c])) return false;
  }
  return true;
}

void cleanAttributes(geometry::Mesh& mesh) {
  const std::size_t n = mesh.positions.size();
  if (mesh.normals.size() != n || !std::all_of(mesh.normals.begin(), mesh.normals.end(), finite))
    mesh.normals.clear();
  for (geometry::MorphTarget& morph : mesh.morphs) {
    morph.positionDeltas.resize(n, glm::vec3(0.0f));
    for (glm::vec3& d : morph.positionDeltas)
      if (!finite(d)) d = glm::vec3(0.0f);
    if (morph.normalDeltas.size() != n || !std::all_of(morph.normalDeltas.begin(), morph.normalDeltas.end(), finite))
      morph.normalDeltas.clear();
  }
}

template <typename T>
void compact(std::vector<T>& values, const std::vector<std::uint32_t>& remap, std::size_t kept) {
  if (values.empty()) return;
  std::vector<T> out(kept);
  for (std::size_t i = 0; i < remap.size(); ++i)
    if (remap[i] != std::numeric_limits<std::uint32_t>::max()) out[remap[i]] = values[i];
  values.swap(out);
}

void dropUnusedVertices(geometry::Mesh& mesh) {
  const std::size_t n = mesh.positions.size();
  constexpr std::uint32_t kUnused = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> remap(n, kUnused);
  for (std::uint32_t index : mesh.indices) remap[index] = 0;
  std::uint32_t next = 0;
  for (std::uint32_t& r : remap)
    if (r != kUnused) r = next++;
  if (next == n) return;  // all used: keep the original order untouched
  for (std::uint32_t& index : mesh.indices) index = remap[index];
  compact(mesh.positions, remap, next);
  compact(mesh.normals, remap, next);
  for (geometry::MorphTarget& morph : mesh.morphs) {
    compact(morph.positionDeltas, remap, next);
    compact(morph.normalDeltas, remap, next);
  }
}

}  // namespace

std::size_t sanitiseMesh(geometry::Mesh& mesh) {
  cleanAttributes(mesh);
  const std::size_t n = mesh.positions.size();
  std::vector<char> usable(n);
  for (std::size_t i = 0; i < n; ++i) usable[i] = finite(mesh.positions[i]);

  std::size_t dropped = mesh.indices.size() % 3 == 0 ? 0 : 1;  // a trailing partial triangle
  std::size_t out = 0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    const bool ok = a < n && b < n && c < n && a != b && b != c && a != c && usable[a] && usable[b] && usable[c] &&
                    !collapsedInEveryShape(mesh, a, b, c);
    if (!ok) {
      ++dropped;
      continue;
    }
    mesh.indices[out++] = a;
    mesh.indices[out++] = b;
    mesh.indices[out++] = c;
  }
  mesh.indices.resize(out);
  dropUnusedVertices(mesh);
  return dropped;
}

bool allFinite(const geometry::Mesh& mesh) {
  return std::all_of(mesh.positions.begin(), mesh.positions.end(), finite);
}

}  // namespace io::detail
