// Polygonisation: the meshes of simple fields are closed, manifold, outward-facing, lie on
// the true surface and have the area and volume the field describes.
#include "geometry/mesh_checks.h"
#include "geometry/polygonise.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace geometry;

namespace {

Mesh meshOf(const sdf::Shape& s, float cell, float edge = 0.0f) {
  PolygoniseOptions o;
  o.cellSize = cell;
  o.targetEdge = edge;
  o.threads = 2;
  return polygonise(s, o);
}

}  // namespace

TEST(Polygonise, SphereIsClosedManifoldOutwardAndAccurate) {
  const float r = 10.0f;
  const Mesh m = meshOf(sdf::sphere({1, 2, 3}, r), 0.8f);
  const MeshReport rep = checkMesh(m);
  EXPECT_TRUE(rep.closed());
  EXPECT_TRUE(rep.manifold());
  EXPECT_TRUE(rep.oriented());
  EXPECT_EQ(rep.components, 1u);
  EXPECT_EQ(rep.degenerateTriangles, 0u);
  const double pi = 3.14159265358979;
  EXPECT_NEAR(rep.signedVolume, 4.0 / 3.0 * pi * r * r * r, 0.02 * 4.0 / 3.0 * pi * r * r * r);
  EXPECT_NEAR(rep.area, 4.0 * pi * r * r, 0.02 * 4.0 * pi * r * r);
  for (const glm::vec3& p : m.positions) EXPECT_NEAR(glm::distance(p, glm::vec3(1, 2, 3)), r, 0.05f);
  for (std::size_t i = 0; i < m.positions.size(); ++i)
    EXPECT_GT(glm::dot(m.normals[i], glm::normalize(m.positions[i] - glm::vec3(1, 2, 3))), 0.99f);
}

TEST(Polygonise, TargetEdgeControlsTheTriangleCount) {
  const sdf::Shape s = sdf::sphere({0, 0, 0}, 10);
  const Mesh fine = meshOf(s, 0.5f, 1.0f), coarse = meshOf(s, 0.5f, 2.0f);
  EXPECT_GT(fine.triangleCount(), 3 * coarse.triangleCount());
  // Roughly 2.3 triangles per L^2 of area for near-equilateral triangles.
  const double area = 4.0 * 3.14159265 * 100.0;
  EXPECT_LT(coarse.triangleCount(), 2.0 * area * 2.3 / 4.0);
}

TEST(Polygonise, BlendedShapesWithCavitiesKeepOnlyTheSolid) {
  // A hollow shell: its inner surface is a cavity (negative volume) and is dropped...
  const sdf::Shape shell = sdf::subtract(sdf::sphere({0, 0, 0}, 10), sdf::sphere({0, 0, 0}, 6));
  const Mesh m = meshOf(shell, 0.7f);
  EXPECT_EQ(checkMesh(m).components, 1u);
  // ...unless asked to keep every piece.
  PolygoniseOptions keep;
  keep.cellSize = 0.7f;
  keep.minComponentFraction = -1e9f;
  EXPECT_EQ(checkMesh(polygonise(shell, keep)).components, 2u);
}

TEST(Polygonise, ThinAndSharpShapesStayManifold) {
  const sdf::Shape plate = sdf::roundBox({0, 0, 0}, {10, 0.8f, 6}, 0.4f);
  const sdf::Shape blend = sdf::smoothUnion(plate, sdf::capsule({-8, 0, 0}, {8, 6, 3}, 1.5f), 1.0f);
  const MeshReport rep = checkMesh(meshOf(blend, 0.3f, 0.7f));
  EXPECT_TRUE(rep.closed());
  EXPECT_TRUE(rep.manifold());
  EXPECT_TRUE(rep.oriented());
}

TEST(Polygonise, ProjectionLandsOnTheSurface) {
  const sdf::Shape s = sdf::ellipsoid({0, 0, 0}, {10, 6, 4});
  std::vector<glm::vec3> pts = {{12, 1, 0}, {0, 3, 0}, {1, 1, 6}};
  projectOntoSurface(pts, s);
  for (const glm::vec3& p : pts) EXPECT_NEAR(s(p), 0.0f, 1e-3f);
}

TEST(MeshChecks, DetectsHolesFlipsAndDistances) {
  Mesh m = meshOf(sdf::sphere({0, 0, 0}, 5), 0.8f);
  Mesh open = m;
  open.indices.resize(open.indices.size() - 3);
  EXPECT_FALSE(checkMesh(open).closed());
  Mesh flipped = m;
  std::swap(flipped.indices[0], flipped.indices[1]);
  EXPECT_GT(checkMesh(flipped).misorientedEdges, 0u);
  Mesh inverted = m;
  for (std::size_t t = 0; t < inverted.indices.size(); t += 3) std::swap(inverted.indices[t], inverted.indices[t + 1]);
  EXPECT_LT(checkMesh(inverted).signedVolume, 0.0);
  const Mesh other = meshOf(sdf::sphere({12, 0, 0}, 5), 0.8f);
  EXPECT_NEAR(minSurfaceDistance(m, other), 2.0f, 0.1f);
  EXPECT_TRUE(containsPoint(m, {0, 0, 0}));
  EXPECT_FALSE(containsPoint(m, {6, 0, 0}));
  EXPECT_EQ(verticesInside(m, other), 0u);
  const Mesh overlapping = meshOf(sdf::sphere({8, 0, 0}, 5), 0.8f);
  EXPECT_GT(verticesInside(m, overlapping), 0u);
  const PrincipalExtents e = principalExtents(meshOf(sdf::ellipsoid({0, 0, 0}, {20, 10, 5}), 0.8f));
  EXPECT_NEAR(e.extents.x, 40.0f, 0.5f);
  EXPECT_NEAR(e.extents.y, 20.0f, 0.5f);
  EXPECT_NEAR(e.extents.z, 10.0f, 0.5f);
}
