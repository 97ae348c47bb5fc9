// Level-of-detail reduction: the coarse triangle list has about the asked-for share of the
// triangles, uses only the mesh's own vertices, keeps the shape's extent, closure and
// facing, has no degenerate triangles, and leaves small or broken meshes alone.
#include "geometry/decimate.h"
#include "geometry/mesh_checks.h"
#include "geometry/polygonise.h"

#include <gtest/gtest.h>

#include <cmath>

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

std::size_t degenerate(const Mesh& m) { return checkMesh(m).degenerateTriangles; }

}  // namespace

TEST(Decimate, SphereKeepsAQuarterOfItsTrianglesAndItsShape) {
  const glm::vec3 centre(1, 2, 3);
  const float r = 10.0f;
  const Mesh fine = meshOf(sdf::sphere(centre, r), 0.5f);
  ASSERT_GT(fine.triangleCount(), 4000u);
  const ReducedMesh reduced = reduceMesh(fine, 0.25f);
  ASSERT_TRUE(reduced.reduced);
  const Mesh coarse = withIndices(fine, reduced.indices);
  const double ratio = static_cast<double>(coarse.triangleCount()) / static_cast<double>(fine.triangleCount());
  EXPECT_GT(ratio, 0.25 * 0.9);
  EXPECT_LE(ratio, 0.25 * 1.01);

  for (std::uint32_t i : coarse.indices) ASSERT_LT(i, fine.positions.size());
  // The coarse surface stays within the reported error of the fine one: its extent too.
  EXPECT_GT(reduced.error, 0.0f);
  EXPECT_LE(reduced.error, 0.02f * 2.0f * r * 1.01f) << "2% of the mesh's extent at most";
  const Bounds a = fine.bounds(), b = usedBounds(coarse);
  EXPECT_LT(glm::length(a.min - b.min), reduced.error + 0.5f);
  EXPECT_LT(glm::length(a.max - b.max), reduced.error + 0.5f);
  for (std::uint32_t i : coarse.indices) EXPECT_NEAR(glm::length(fine.positions[i] - centre), r, 0.3f);

  const MeshReport rep = checkMesh(coarse);
  EXPECT_EQ(rep.degenerateTriangles, 0u);
  EXPECT_EQ(rep.components, 1u);
  EXPECT_EQ(rep.boundaryEdges, 0u) << "collapsing edges keeps a closed surface closed";
  const double pi = 3.14159265358979;
  EXPECT_NEAR(rep.signedVolume, 4.0 / 3.0 * pi * r * r * r, 0.03 * 4.0 / 3.0 * pi * r * r * r);
  std::size_t outward = 0;  // no triangle turns over
  for (std::size_t t = 0; t < coarse.indices.size(); t += 3) {
    const glm::vec3 p0 = fine.positions[coarse.indices[t]], p1 = fine.positions[coarse.indices[t + 1]],
                    p2 = fine.positions[coarse.indices[t + 2]];
    outward += glm::dot(glm::cross(p1 - p0, p2 - p0), (p0 + p1 + p2) / 3.0f - centre) > 0.0f;
  }
  EXPECT_EQ(outward, coarse.triangleCount());
}

TEST(Decimate, ThinPlateKeepsBothSides) {
  // 1 mm thick: the two faces must not be folded together.
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
  EXPECT_EQ(degenerate(coarse), 0u);
}

TEST(Decimate, SmallMeshesAndFullRatiosKeepTheirTriangles) {
  const Mesh small = meshOf(sdf::sphere({0, 0, 0}, 2), 1.0f);
  ASSERT_LT(small.triangleCount(), 400u);
  EXPECT_EQ(reduceMesh(small, 0.25f).indices, small.indices);
  EXPECT_FALSE(reduceMesh(small, 0.25f).reduced);
  const Mesh fine = meshOf(sdf::sphere({0, 0, 0}, 10), 0.8f);
  EXPECT_EQ(reduceMesh(fine, 1.0f).indices, fine.indices);
  EXPECT_FALSE(reduceMesh(fine, 0.0f).reduced);
}

TEST(Decimate, SeamsSplitForNormalsDoNotStopTheReduction) {
  // The same sphere with every triangle on its own three vertices (as a faceted import or
  // a hard-edged export has it): positions are shared, vertices are not.
  const Mesh shared = meshOf(sdf::sphere({0, 0, 0}, 10), 0.5f);
  Mesh split;
  for (std::uint32_t i : shared.indices) {
    split.indices.push_back(static_cast<std::uint32_t>(split.positions.size()));
    split.positions.push_back(shared.positions[i]);
    split.normals.push_back(shared.normals[i]);
  }
  const ReducedMesh reduced = reduceMesh(split, 0.25f);
  ASSERT_TRUE(reduced.reduced);
  const Mesh coarse = withIndices(split, reduced.indices);
  EXPECT_LE(coarse.triangleCount(), split.triangleCount() * 26 / 100);
  EXPECT_EQ(degenerate(coarse), 0u);
}

TEST(Decimate, BrokenIndexListsAreLeftAlone) {
  Mesh fine = meshOf(sdf::sphere({0, 0, 0}, 10), 0.5f);
  fine.indices.back() = static_cast<std::uint32_t>(fine.positions.size());  // out of range
  EXPECT_FALSE(reduceMesh(fine, 0.25f).reduced);
  fine.indices.pop_back();  // not a whole number of triangles
  EXPECT_FALSE(reduceMesh(fine, 0.25f).reduced);
}
