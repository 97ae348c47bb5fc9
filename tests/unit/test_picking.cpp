#include "geometry/mesh.h"
#include "geometry/picking.h"

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

using namespace geometry;

namespace {
// A closed axis-aligned box mesh.
Mesh cube(glm::vec3 lo, glm::vec3 hi) {
  Mesh m;
  for (int i = 0; i < 8; ++i)
    m.positions.emplace_back((i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z);
  m.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
  computeNormals(m);
  return m;
}

PickTarget target(int id, const Mesh& m, glm::mat4 model = glm::mat4(1.0f)) {
  PickTarget t;
  t.id = id;
  t.positions = &m.positions;
  t.indices = &m.indices;
  t.localBounds = m.bounds();
  t.model = model;
  return t;
}
}  // namespace

TEST(Picking, TriangleHitAndMiss) {
  Ray r;
  r.origin = {0.2f, 0.2f, 5.0f};
  r.direction = {0.0f, 0.0f, -1.0f};
  const auto hit = intersectTriangle(r, {0, 0, 0}, {1, 0, 0}, {0, 1, 0});
  ASSERT_TRUE(hit.has_value());
  EXPECT_FLOAT_EQ(*hit, 5.0f);
  r.origin = {0.8f, 0.8f, 5.0f};
  EXPECT_FALSE(intersectTriangle(r, {0, 0, 0}, {1, 0, 0}, {0, 1, 0}).has_value());
  r.origin = {0.2f, 0.2f, -5.0f};  // triangle behind the ray
  EXPECT_FALSE(intersectTriangle(r, {0, 0, 0}, {1, 0, 0}, {0, 1, 0}).has_value());
}

TEST(Picking, BoundsSlabTest) {
  Bounds b;
  b.extend({-1, -1, -1});
  b.extend({1, 1, 1});
  Ray r;
  r.origin = {0, 0, 10};
  r.direction = {0, 0, -1};
  ASSERT_TRUE(intersectBounds(r, b).has_value());
  EXPECT_FLOAT_EQ(*intersectBounds(r, b), 9.0f);
  r.origin = {3, 0, 10};
  EXPECT_FALSE(intersectBounds(r, b).has_value());
}

TEST(Picking, NearestOfSeveralMeshesWins) {
  const Mesh nearBox = cube({-1, -1, 4}, {1, 1, 6});
  const Mesh farBox = cube({-1, -1, -6}, {1, 1, -4});
  Ray r;
  r.origin = {0, 0, 20};
  r.direction = {0, 0, -1};
  const auto hit = pickNearest(r, {target(7, farBox), target(3, nearBox)});
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->id, 3);
  EXPECT_NEAR(hit->distance, 14.0f, 1e-4f);
  EXPECT_NEAR(hit->point.z, 6.0f, 1e-4f);
}

TEST(Picking, MirroredTargetsAreHitWhereTheyAreDrawn) {
  const Mesh box = cube({2, -1, -1}, {4, 1, 1});  // right of the midline
  const glm::mat4 mirror = glm::scale(glm::mat4(1.0f), glm::vec3(-1, 1, 1));
  Ray r;
  r.origin = {-3, 0, 20};
  r.direction = {0, 0, -1};
  EXPECT_FALSE(pickNearest(r, {target(1, box)}).has_value());
  const auto hit = pickNearest(r, {target(1, box, mirror)});
  ASSERT_TRUE(hit.has_value());
  EXPECT_NEAR(hit->point.x, -3.0f, 1e-4f);
}

TEST(Picking, RayThroughScreenCentreHitsTheTarget) {
  const Mesh box = cube({-10, -10, -10}, {10, 10, 10});
  for (StandardView v : kAllViews) {
    const OrbitCamera cam = cameraForView(v, box.bounds(), 1.5f);
    const auto centre = pickNearest(rayThroughPixel(cam, 1.5f, {0.0f, 0.0f}), {target(0, box)});
    EXPECT_TRUE(centre.has_value()) << viewId(v);
    const auto corner = pickNearest(rayThroughPixel(cam, 1.5f, {0.98f, 0.98f}), {target(0, box)});
    EXPECT_FALSE(corner.has_value()) << viewId(v);
  }
  EXPECT_EQ(pixelToNdc({0, 0}, {200, 100}), glm::vec2(-1.0f, 1.0f));
  EXPECT_EQ(pixelToNdc({200, 100}, {200, 100}), glm::vec2(1.0f, -1.0f));
}
