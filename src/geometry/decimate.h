// Coarser triangle lists for moving views (level of detail), made by meshoptimizer's
// simplifier. The coarse list indexes the same vertices as the full mesh, so one vertex
// buffer serves both and a posed or morphed mesh needs no second upload.
#pragma once

#include "geometry/mesh.h"

#include <cstdint>
#include <vector>

namespace geometry {

struct ReducedMesh {
  std::vector<std::uint32_t> indices;  // into the source mesh's vertices
  bool reduced = false;                // false: the source's own triangles (too small, or nothing to gain)
  float error = 0.0f;                  // how far the coarse surface may lie from the fine one, in mesh units
};

// A triangle list with at most about targetRatio of the mesh's triangles, made by collapsing
// edges where that moves the surface least (no triangle turns over). Corners that share a
// position (split only for normals) are treated as one, so such seams do not stop the
// reduction. It stops early rather than move the surface by more than 2% of the mesh's
// extent. Meshes under minTriangles keep their own triangles: they cost little and would
// lose their shape.
ReducedMesh reduceMesh(const Mesh& mesh, float targetRatio, std::size_t minTriangles = 400);

}  // namespace geometry
