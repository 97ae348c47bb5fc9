// Turns a signed distance field into a closed, manifold, outward-facing triangle mesh:
// marching tetrahedra on a narrow-band grid, then edge collapses, flips and tangential
// relaxation with every vertex projected back onto the true surface.
#pragma once

#include "geometry/mesh.h"
#include "geometry/sdf.h"

#include <vector>

namespace geometry {

struct PolygoniseOptions {
  float cellSize = 1.0f;     // grid spacing in mm
  float targetEdge = 0.0f;   // preferred edge length after clean-up (0: 1.2 x cellSize)
  int relaxPasses = 3;       // tangential smoothing passes
  bool cleanUp = true;       // collapse short edges, flip, relax
  int threads = 0;           // 0: hardware concurrency
  // Pieces smaller than this fraction of the largest piece's volume (specks, and inner
  // cavities, whose volume is negative) are dropped.
  float minComponentFraction = 0.02f;
};

// The mesh of the zero set of shape inside shape.box(). Normals come from the field's
// gradient, so shading is smooth even where triangles are not.
Mesh polygonise(const sdf::Shape& shape, const PolygoniseOptions& options);

// Moves points onto the zero set by Newton steps along the gradient.
void projectOntoSurface(std::vector<glm::vec3>& points, const sdf::Shape& shape, int iterations = 6,
                        int threads = 0);
// Unit normals from the field's gradient at each point.
std::vector<glm::vec3> fieldNormals(const std::vector<glm::vec3>& points, const sdf::Shape& shape, int threads = 0);

// Where a field normal disagrees with the surface (at a crease of the field), the
// area-weighted triangle normal is used instead.
void repairNormals(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices,
                   std::vector<glm::vec3>& normals);

// Clean-up used by polygonise; exposed for tests.
void removeSmallComponents(Mesh& mesh, float minVolumeFraction);
void collapseShortEdges(Mesh& mesh, const sdf::Shape& shape, float minEdge, float maxEdge);
void flipEdges(Mesh& mesh);
void relaxVertices(Mesh& mesh, const sdf::Shape& shape, int passes, int threads = 0);

// Runs body(i) for i in [0, n) over a few threads; results must not depend on the order.
void parallelFor(std::size_t n, int threads, const std::function<void(std::size_t)>& body);

}  // namespace geometry
