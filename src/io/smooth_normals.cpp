#include "io/smooth_normals.h"

#include <meshoptimizer.h>

#include <cmath>
#include <limits>

namespace io::detail {

namespace {

constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
// Above this many faces around one vertex the per-corner search would be quadratic; such
// fans (cone tips) just get the plain average.
constexpr std::size_t kMaxCreaseFan = 256;

// -0 turned into +0 in place (the same number): the two must weld, and meshoptimizer
// compares bytes. In place, as the mesh is about to be replaced by the welded one.
void makeZerosPositive(std::vector<glm::vec3>& values) {
  for (glm::vec3& v : values)
    for (int k = 0; k < 3; ++k)
      if (v[k] == 0.0f) v[k] = 0.0f;
}

// The mesh with every set of vertices that share a position and morph offsets merged into
// one: vertices no triangle uses are left out. Welding first means the normals below are
// worked out once per welded vertex (STL stores three copies of every corner, six on average
// per welded vertex) instead of once per stored vertex.
// meshoptimizer takes at most 16 attribute streams at once, so with many morph targets the
// vertices are sorted into classes batch by batch: each later batch starts from the classes
// found so far (one stream) and splits them by the next morph targets.
geometry::Mesh welded(geometry::Mesh& mesh) {
  constexpr std::size_t kMaxStreams = 16;
  const std::size_t n = mesh.positions.size();
  if (n == 0) return {};
  makeZerosPositive(mesh.positions);
  for (geometry::MorphTarget& morph : mesh.morphs) makeZerosPositive(morph.positionDeltas);
  std::vector<std::uint32_t> classes;
  std::size_t classCount = 0, nextMorph = 0;
  do {
    std::vector<meshopt_Stream> streams;
    if (classes.empty())
      streams.push_back({mesh.positions.data(), sizeof(glm::vec3), sizeof(glm::vec3)});
    else
      streams.push_back({classes.data(), sizeof(std::uint32_t), sizeof(std::uint32_t)});
    for (; nextMorph < mesh.morphs.size() && streams.size() < kMaxStreams; ++nextMorph)
      streams.push_back({mesh.morphs[nextMorph].positionDeltas.data(), sizeof(glm::vec3), sizeof(glm::vec3)});
    std::vector<std::uint32_t> refined(n);
    classCount = meshopt_generateVertexRemapMulti(refined.data(), mesh.indices.data(), mesh.indices.size(), n,
                                                  streams.data(), streams.size());
    classes = std::move(refined);
  } while (nextMorph < mesh.morphs.size());

  // The same remapping the decimation's uniquePositions uses (geometry/decimate.cpp).
  geometry::Mesh out;
  out.positions.resize(classCount);
  meshopt_remapVertexBuffer(out.positions.data(), mesh.positions.data(), n, sizeof(glm::vec3), classes.data());
  out.morphs.resize(mesh.morphs.size());
  for (std::size_t m = 0; m < mesh.morphs.size(); ++m) {
    out.morphs[m].name = mesh.morphs[m].name;
    out.morphs[m].positionDeltas.resize(classCount);
    meshopt_remapVertexBuffer(out.morphs[m].positionDeltas.data(), mesh.morphs[m].positionDeltas.data(), n,
                              sizeof(glm::vec3), classes.data());
  }
  out.indices.resize(mesh.indices.size());
  meshopt_remapIndexBuffer(out.indices.data(), mesh.indices.data(), mesh.indices.size(), classes.data());
  return out;
}

// For each vertex, the triangles that use it (compressed sparse rows).
struct Incidence {
  std::vector<std::uint32_t> start, faces;
};

Incidence buildIncidence(const std::vector<std::uint32_t>& indices, std::size_t vertexCount) {
  Incidence inc;
  inc.start.assign(vertexCount + 1, 0);
  for (std::uint32_t v : indices) ++inc.start[v + 1];
  for (std::size_t v = 0; v < vertexCount; ++v) inc.start[v + 1] += inc.start[v];
  inc.faces.resize(indices.size());
  std::vector<std::uint32_t> fill(inc.start.begin(), inc.start.end() - 1);
  for (std::size_t i = 0; i < indices.size(); ++i) inc.faces[fill[indices[i]]++] = static_cast<std::uint32_t>(i / 3);
  return inc;
}

struct FaceNormals {
  std::vector<glm::vec3> weighted;  // unnormalised: larger faces weigh more
  std::vector<glm::vec3> unit;
};

FaceNormals faceNormals(const geometry::Mesh& mesh, const std::vector<std::uint32_t>& indices) {
  FaceNormals out;
  const std::size_t faceCount = indices.size() / 3;
  out.weighted.resize(faceCount);
  out.unit.resize(faceCount);
  for (std::size_t f = 0; f < faceCount; ++f) {
    const glm::vec3& a = mesh.positions[indices[3 * f]];
    const glm::vec3 n = glm::cross(mesh.positions[indices[3 * f + 1]] - a, mesh.positions[indices[3 * f + 2]] - a);
    const float len = glm::length(n);
    out.weighted[f] = n;
    out.unit[f] = len > 0.0f && std::isfinite(len) ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
  }
  return out;
}

glm::vec3 normalised(const glm::vec3& sum, const glm::vec3& fallback) {
  const float len = glm::length(sum);
  return len > 0.0f && std::isfinite(len) ? sum / len : fallback;
}

// The plain average around v when every face there lies within half the crease angle of
// it (then no two faces are a crease apart); nullopt-like zero vector otherwise.
glm::vec3 smoothVertexNormal(const Incidence& inc, const FaceNormals& faces, std::uint32_t v, float cosHalfCrease) {
  const std::uint32_t begin = inc.start[v], end = inc.start[v + 1];
  glm::vec3 sum(0.0f);
  for (std::uint32_t k = begin; k < end; ++k) sum += faces.weighted[inc.faces[k]];
  const glm::vec3 average = normalised(sum, glm::vec3(0.0f));
  if (average == glm::vec3(0.0f)) return average;
  if (end - begin > kMaxCreaseFan) return average;
  for (std::uint32_t k = begin; k < end; ++k)
    if (glm::dot(faces.unit[inc.faces[k]], average) < cosHalfCrease) return glm::vec3(0.0f);
  return average;
}

// Sum of the faces around v that lie within the crease angle of this corner's face.
glm::vec3 cornerNormal(const Incidence& inc, const FaceNormals& faces, std::uint32_t v, std::uint32_t face,
                       float cosCrease) {
  glm::vec3 sum(0.0f);
  for (std::uint32_t k = inc.start[v]; k < inc.start[v + 1]; ++k) {
    const std::uint32_t f = inc.faces[k];
    if (f == face || glm::dot(faces.unit[f], faces.unit[face]) >= cosCrease) sum += faces.weighted[f];
  }
  return normalised(sum, faces.unit[face]);
}

}  // namespace

bool hasFacetedNormals(const geometry::Mesh& mesh) {
  if (mesh.normals.size() != mesh.positions.size() || mesh.indices.size() != mesh.positions.size()) return false;
  for (std::size_t i = 0; i < mesh.indices.size(); ++i)
    if (mesh.indices[i] != i) return false;
  for (std::size_t t = 0; t + 2 < mesh.normals.size(); t += 3)
    if (mesh.normals[t] != mesh.normals[t + 1] || mesh.normals[t] != mesh.normals[t + 2]) return false;
  return true;
}

void smoothNormals(geometry::Mesh& mesh, float creaseDegrees) {
  const geometry::Mesh weld = welded(mesh);
  const std::vector<std::uint32_t>& indices = weld.indices;
  const std::size_t vertexCount = weld.positions.size();
  const FaceNormals faces = faceNormals(weld, indices);
  const Incidence inc = buildIncidence(indices, vertexCount);
  const float cosCrease = std::cos(glm::radians(creaseDegrees));
  const float cosHalfCrease = std::cos(glm::radians(creaseDegrees * 0.5f));

  std::vector<glm::vec3> vertexNormal(vertexCount);
  for (std::uint32_t v = 0; v < vertexCount; ++v)
    if (inc.start[v + 1] > inc.start[v]) vertexNormal[v] = smoothVertexNormal(inc, faces, v, cosHalfCrease);

  // One output vertex per (welded vertex, distinct corner normal); most vertices get one.
  geometry::Mesh out;
  out.positions.reserve(vertexCount);
  out.normals.reserve(vertexCount);
  out.morphs.resize(weld.morphs.size());
  for (std::size_t m = 0; m < weld.morphs.size(); ++m) out.morphs[m].name = weld.morphs[m].name;
  std::vector<std::uint32_t> firstCopy(vertexCount, kEmpty), nextCopy;
  out.indices.resize(indices.size());
  for (std::size_t i = 0; i < indices.size(); ++i) {
    const std::uint32_t v = indices[i];
    const bool smooth = vertexNormal[v] != glm::vec3(0.0f);
    const glm::vec3 n = smooth ? vertexNormal[v] : cornerNormal(inc, faces, v, static_cast<std::uint32_t>(i / 3), cosCrease);
    std::uint32_t copy = firstCopy[v];
    while (copy != kEmpty && glm::dot(out.normals[copy], n) < 0.9999f) copy = nextCopy[copy];
    if (copy == kEmpty) {
      copy = static_cast<std::uint32_t>(out.positions.size());
      out.positions.push_back(weld.positions[v]);
      out.normals.push_back(n);
      for (std::size_t m = 0; m < weld.morphs.size(); ++m)
        out.morphs[m].positionDeltas.push_back(weld.morphs[m].positionDeltas[v]);
      nextCopy.push_back(firstCopy[v]);
      firstCopy[v] = copy;
    }
    out.indices[i] = copy;
  }
  mesh = std::move(out);
}

bool prepareNormals(geometry::Mesh& mesh) {
  bool usable = mesh.normals.size() == mesh.positions.size() && !hasFacetedNormals(mesh);
  for (std::size_t i = 0; usable && i < mesh.normals.size(); ++i) {
    const float len = glm::length(mesh.normals[i]);
    usable = len > 1e-6f && std::isfinite(len);
    if (usable) mesh.normals[i] /= len;
  }
  if (usable) return false;
  smoothNormals(mesh);
  return true;
}

}  // namespace io::detail
