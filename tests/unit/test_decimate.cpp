// Level-of-detail reduction: the coarse triangle list has about the asked-for share of the
// triangles, uses only the mesh's own vertices, keeps the shape's extent and facing, and
// leaves small meshes alone.
#include "geometry/decimate.h"
#include "geometry/mesh_checks.h"
#include "geometry/polygonise.h"

#include <gtest/gtest.h>

#include <set>

using namespace geometry;

namespace {

Mesh meshOf(const sdf::Shape& s, float cell) {
  PolygoniseOptions o;
  o.cellSize = cell;
  o.threads = 2;
  return polygonise(s, o);
}

Mesh withIndices(const Mesh& source, std::vector<std::uint32_t> indices) {
  Mesh m;
  m.positions = source.positions;
  m.normals = source.normals;
  m.indices = std::move(indices);
  return m;
}

Bounds usedBounds(const Mesh& m) {
  Bounds b;
  for (std::uint32_t i : m.indices) b.extend(m.positions[i]);
  return b;
}

}  // namespace

TEST(Decimate, SphereKeepsAQuarterOfItsTrianglesAndItsShape) {
  const glm::vec3 centre(1, 2, 3);
  const float r = 10.0f;
  const Mesh fine = meshOf(sdf::sphere(centre, r), 0.5f);
  ASSERT_GT(fine.triangleCount(), 4000u);
  const ReducedMesh reduced = reduceMesh(fine, 0.25f);
  const Mesh coarse = withIndices(fine, reduced.indices);
  const double ratio = static_cast<double>(coarse.triangleCount()) / static_cast<double>(fine.triangleCount());
  EXPECT_GT(ratio, 0.25 * 0.75);
  EXPECT_LT(ratio, 0.25 * 1.35);
  EXPECT_GT(reduced.cellSize, 0.0f);

  for (std::uint32_t i : coarse.indices) ASSERT_LT(i, fine.positions.size());
  const Bounds a = fine.bounds(), b = usedBounds(coarse);
  EXPECT_LT(glm::length(a.min - b.min), reduced.cellSize);
  EXPECT_LT(glm::length(a.max - b.max), reduced.cellSize);

  const MeshReport rep = checkMesh(coarse);
  EXPECT_EQ(rep.degenerateTriangles, 0u);
  EXPECT_EQ(rep.components, 1u);
  // Nearly closed: the only open edges are where a fold's turned-back triangle coincided
  // with its neighbour and one copy was dropped.
  EXPECT_LT(rep.boundaryEdges, coarse.triangleCount() / 50);
  const double pi = 3.14159265358979;
  EXPECT_NEAR(rep.signedVolume, 4.0 / 3.0 * pi * r * r * r, 0.06 * 4.0 / 3.0 * pi * r * r * r);
  std::size_t outward = 0;  // folds are turned back: every triangle faces out
  for (std::size_t t = 0; t < coarse.indices.size(); t += 3) {
    const glm::vec3 p0 = fine.positions[coarse.indices[t]], p1 = fine.positions[coarse.indices[t + 1]],
                    p2 = fine.positions[coarse.indices[t + 2]];
    outward += glm::dot(glm::cross(p1 - p0, p2 - p0), (p0 + p1 + p2) / 3.0f - centre) > 0.0f;
  }
  EXPECT_GT(outward, coarse.triangleCount() * 99 / 100);
}

TEST(Decimate, ThinPlateKeepsBothSides) {
  // 1 mm thick: cells larger than the thickness must not fold the two faces together.
  const Mesh fine = meshOf(sdf::roundBox({0, 0, 0}, {10, 0.5f, 10}, 0.2f), 0.25f);
  const Mesh coarse = withIndices(fine, reduceMesh(fine, 0.25f).indices);
  int up = 0, down = 0;
  for (std::size_t t = 0; t < coarse.indices.size(); t += 3) {
    const glm::vec3 p0 = fine.positions[coarse.indices[t]], p1 = fine.positions[coarse.indices[t + 1]],
                    p2 = fine.positions[coarse.indices[t + 2]];
    const glm::vec3 n = glm::cross(p1 - p0, p2 - p0);
    up += n.y > 0.0f && std::abs(p0.y - 0.5f) < 0.1f;
    down += n.y < 0.0f && std::abs(p0.y + 0.5f) < 0.1f;
  }
  EXPECT_GT(up, 20);
  EXPECT_GT(down, 20);
  EXPECT_LT(coarse.triangleCount(), fine.triangleCount() / 2);
}

TEST(Decimate, SmallMeshesAndFullRatiosKeepTheirTriangles) {
  const Mesh small = meshOf(sdf::sphere({0, 0, 0}, 2), 1.0f);
  ASSERT_LT(small.triangleCount(), 400u);
  EXPECT_EQ(reduceMesh(small, 0.25f).indices, small.indices);
  EXPECT_EQ(reduceMesh(small, 0.25f).cellSize, 0.0f);
  const Mesh fine = meshOf(sdf::sphere({0, 0, 0}, 10), 0.8f);
  EXPECT_EQ(reduceMesh(fine, 1.0f).indices, fine.indices);
}

TEST(Decimate, ClusteringDropsCollapsedAndRepeatedTriangles) {
  // Two triangles of a square, and a sliver whose corners fall into one cell.
  const std::vector<glm::vec3> p = {{0, 0, 0}, {10, 0, 0}, {10, 10, 0}, {0, 10, 0}, {0.1f, 0.1f, 0}, {0.2f, 0, 0}};
  const std::vector<glm::vec3> n(p.size(), glm::vec3(0, 0, 1));
  const std::vector<std::uint32_t> idx = {0, 1, 2, 0, 2, 3, 0, 5, 4};
  const std::vector<std::uint32_t> out = clusterTriangles(p, n, idx, 1.0f);
  ASSERT_EQ(out.size(), 6u);
  std::set<std::uint32_t> used(out.begin(), out.end());
  EXPECT_EQ(used.size(), 4u);  // the square's far corners and one vertex for the sliver's cell
  for (std::uint32_t v : {1u, 2u, 3u}) EXPECT_EQ(used.count(v), 1u);
  // A cell size of zero means no clustering.
  EXPECT_EQ(clusterTriangles(p, n, idx, 0.0f), idx);
}
