#include "geometry/mesh.h"

#include <glm/gtc/matrix_inverse.hpp>

namespace geometry {

Bounds Mesh::bounds() const {
  Bounds b;
  for (const glm::vec3& p : positions) b.extend(p);
  return b;
}

void computeNormals(Mesh& mesh) {
  mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    mesh.normals[a] += n;  // unnormalised cross product weights by area
    mesh.normals[b] += n;
    mesh.normals[c] += n;
  }
  for (glm::vec3& n : mesh.normals) {
    const float len = glm::length(n);
    n = len > 0.0f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
  }
}

void transformMesh(Mesh& mesh, const glm::mat4& m) {
  const glm::mat3 linear(m);
  const glm::mat3 normalMatrix = glm::inverseTranspose(linear);
  for (glm::vec3& p : mesh.positions) p = glm::vec3(m * glm::vec4(p, 1.0f));
  for (glm::vec3& n : mesh.normals) n = glm::normalize(normalMatrix * n);
  for (MorphTarget& morph : mesh.morphs) {
    for (glm::vec3& d : morph.positionDeltas) d = linear * d;
    for (glm::vec3& d : morph.normalDeltas) d = normalMatrix * d;
  }
}

std::vector<glm::vec3> blendedPositions(const Mesh& mesh, const std::vector<float>& weights) {
  std::vector<glm::vec3> out = mesh.positions;
  for (std::size_t k = 0; k < weights.size() && k < mesh.morphs.size(); ++k) {
    if (weights[k] == 0.0f) continue;
    const auto& deltas = mesh.morphs[k].positionDeltas;
    for (std::size_t i = 0; i < out.size() && i < deltas.size(); ++i) out[i] += weights[k] * deltas[i];
  }
  return out;
}

}  // namespace geometry
