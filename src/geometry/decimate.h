// Coarser triangle lists for moving views (level of detail). The coarse list indexes the
// same vertices as the full mesh, so one vertex buffer serves both and a posed or
// morphed mesh needs no second upload: vertices are grouped in a grid and every group is
// replaced by one of its own vertices.
#pragma once

#include "geometry/mesh.h"

#include <cstdint>
#include <vector>

namespace geometry {

// One clustering pass: vertices in the same cubic cell (edge cellSize, in mesh units) and
// facing the same way are merged into the vertex nearest their centroid; triangles that
// collapse or repeat are dropped. The few that turn over in a fold are turned back to
// agree with their corners' normals (dropping them would open holes). normals may be empty.
std::vector<std::uint32_t> clusterTriangles(const std::vector<glm::vec3>& positions,
                                            const std::vector<glm::vec3>& normals,
                                            const std::vector<std::uint32_t>& indices, float cellSize);

struct ReducedMesh {
  std::vector<std::uint32_t> indices;  // into the source mesh's vertices
  float cellSize = 0.0f;               // 0: the source's own triangles (too small to reduce)
};

// A triangle list with about targetRatio of the mesh's triangles (within roughly
// 0.75-1.35 of that), found by adjusting the cell size over a few passes. Meshes under
// minTriangles keep their own triangles: they cost little and would lose their shape.
ReducedMesh reduceMesh(const Mesh& mesh, float targetRatio, std::size_t minTriangles = 400);

}  // namespace geometry
