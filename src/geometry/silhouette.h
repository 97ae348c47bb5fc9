// Outlines of a triangle mesh as seen from a camera: the edges where a triangle facing the
// eye meets one facing away (or the mesh ends). The compare view's ghost draws the normal
// heel's outline over the patient's this way. Pure geometry; no drawing.
#pragma once

#include <glm/glm.hpp>

#include <cstdint>
#include <utility>
#include <vector>

namespace geometry {

// Each edge of the mesh once, with the one or two triangles on its sides. Vertices at the
// same position (seams where normals split) are treated as one, so seams are not outlines.
struct EdgeAdjacency {
  static constexpr std::uint32_t kNone = 0xffffffffu;
  struct Edge {
    std::uint32_t a = 0, b = 0;  // vertex indices (into the positions the mesh had)
    std::uint32_t left = kNone, right = kNone;  // triangles; right is kNone on an open border
  };
  std::vector<Edge> edges;
};

EdgeAdjacency buildEdgeAdjacency(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices);

using Segment = std::pair<glm::vec3, glm::vec3>;

// The outline edges of the mesh with these (posed) positions, seen from `eye` (a perspective
// camera) or along `direction` (an orthographic one: eye is ignored when orthographic).
std::vector<Segment> silhouetteEdges(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices,
                                     const EdgeAdjacency& adjacency, const glm::vec3& eye, const glm::vec3& direction,
                                     bool orthographic);

}  // namespace geometry
