// Indexed triangle meshes with per-vertex normals and optional morph targets: the one
// geometry type shared by the generator, the loader, picking and the renderer.
#pragma once

#include "geometry/bounds.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace geometry {

// A blend shape: per-vertex offsets added with a 0-1 weight (glTF morph target).
struct MorphTarget {
  std::string name;
  std::vector<glm::vec3> positionDeltas;
  std::vector<glm::vec3> normalDeltas;  // may be empty
};

struct Mesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;   // same size as positions once computeNormals ran
  std::vector<std::uint32_t> indices;  // three per triangle, counter-clockwise = outside
  std::vector<MorphTarget> morphs;

  std::size_t vertexCount() const { return positions.size(); }
  std::size_t triangleCount() const { return indices.size() / 3; }
  bool empty() const { return indices.empty(); }
  Bounds bounds() const;
};

// Area-weighted smooth normals from the triangles.
void computeNormals(Mesh& mesh);

// Applies an affine transform to positions (and the inverse-transpose to normals and
// morph deltas, so the mesh stays consistent).
void transformMesh(Mesh& mesh, const glm::mat4& m);

// Positions with every morph blended in by its weight (weights.size() <= morphs.size()).
std::vector<glm::vec3> blendedPositions(const Mesh& mesh, const std::vector<float>& weights);

}  // namespace geometry
