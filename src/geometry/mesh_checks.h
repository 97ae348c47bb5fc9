// Quality checks on triangle meshes used by the model tests and the generator: is the
// surface closed, manifold and consistently outward-facing, how big is it, and how close
// do two meshes come to each other.
#pragma once

#include "geometry/mesh.h"

#include <cstddef>

namespace geometry {

struct MeshReport {
  std::size_t boundaryEdges = 0;        // edges used by one triangle only
  std::size_t nonManifoldEdges = 0;     // edges used by three or more triangles
  std::size_t misorientedEdges = 0;     // edges whose two triangles run the same way
  std::size_t nonManifoldVertices = 0;  // vertices whose triangle fan is not one disc
  std::size_t degenerateTriangles = 0;  // repeated index or zero area
  std::size_t components = 0;
  double signedVolume = 0.0;  // > 0 when the normals point outward (mm^3)
  double area = 0.0;

  bool closed() const { return boundaryEdges == 0; }
  bool manifold() const { return nonManifoldEdges == 0 && nonManifoldVertices == 0; }
  bool oriented() const { return misorientedEdges == 0 && signedVolume > 0.0; }
};

MeshReport checkMesh(const Mesh& mesh);
double signedVolume(const Mesh& mesh);

// Principal axes of the vertex cloud and the extents along them (largest first).
struct PrincipalExtents {
  glm::vec3 centre{0.0f};
  glm::vec3 axes[3];
  glm::vec3 extents{0.0f};
};
PrincipalExtents principalExtents(const Mesh& mesh);

// Smallest distance from a vertex of a to the surface of b and vice versa (mm); an
// approximation from below by the mesh resolution, exact enough for joint spaces.
float minSurfaceDistance(const Mesh& a, const Mesh& b);

// Whether p lies inside the closed mesh (ray parity along a skewed direction).
bool containsPoint(const Mesh& mesh, const glm::vec3& p);

// Number of vertices of a that lie inside b.
std::size_t verticesInside(const Mesh& a, const Mesh& b);

}  // namespace geometry
