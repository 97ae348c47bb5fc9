#include "geometry/mesh.h"

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

using namespace geometry;

TEST(Bounds, EmptyIsInvalidAndExtendGrows) {
  Bounds b;
  EXPECT_FALSE(b.valid());
  EXPECT_EQ(b.radius(), 0.0f);
  b.extend({1, 2, 3});
  EXPECT_TRUE(b.valid());
  b.extend({-1, 0, 7});
  EXPECT_EQ(b.min, glm::vec3(-1, 0, 3));
  EXPECT_EQ(b.max, glm::vec3(1, 2, 7));
  EXPECT_EQ(b.center(), glm::vec3(0, 1, 5));
  EXPECT_FLOAT_EQ(b.largestExtent(), 4.0f);
}

TEST(Bounds, TransformedByRotationStillContainsCorners) {
  Bounds b;
  b.extend({0, 0, 0});
  b.extend({10, 1, 1});
  const glm::mat4 rot = glm::rotate(glm::mat4(1.0f), glm::radians(90.0f), glm::vec3(0, 0, 1));
  const Bounds t = b.transformed(rot);
  EXPECT_NEAR(t.max.y, 10.0f, 1e-4f);
  EXPECT_NEAR(t.min.x, -1.0f, 1e-4f);
}

TEST(Mesh, NormalsPointOutOfACounterClockwiseTriangle) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  m.indices = {0, 1, 2};
  computeNormals(m);
  for (const auto& n : m.normals) EXPECT_NEAR(n.z, 1.0f, 1e-6f);
}

TEST(Mesh, MorphBlendMovesVerticesByWeight) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}};
  m.morphs.push_back({"grow", {{0, 2, 0}, {0, 0, 0}}, {}});
  const auto half = blendedPositions(m, {0.5f});
  EXPECT_FLOAT_EQ(half[0].y, 1.0f);
  EXPECT_FLOAT_EQ(half[1].y, 0.0f);
}

TEST(Mesh, TransformScalesPositionsAndKeepsNormalsUnit) {
  Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  m.indices = {0, 1, 2};
  computeNormals(m);
  transformMesh(m, glm::scale(glm::mat4(1.0f), glm::vec3(1000.0f)));
  EXPECT_FLOAT_EQ(m.positions[1].x, 1000.0f);
  EXPECT_NEAR(glm::length(m.normals[0]), 1.0f, 1e-5f);
}
