// Zooming toward the cursor and orbiting about a pivot keep that point where it was on screen.
#include "geometry/camera_moves.h"

#include <gtest/gtest.h>

#include <glm/gtc/constants.hpp>

namespace {

glm::vec2 toNdc(const geometry::OrbitCamera& c, float aspect, const glm::vec3& p) {
  const glm::vec4 clip = c.projection(aspect) * c.view() * glm::vec4(p, 1.0f);
  return glm::vec2(clip) / clip.w;
}

geometry::OrbitCamera sampleCamera() {
  geometry::OrbitCamera c;
  c.target = {10.0f, 50.0f, -20.0f};
  c.distance = 400.0f;
  c.yaw = 0.7f;
  c.pitch = 0.2f;
  c.lensShift = {0.1f, -0.05f};
  return c;
}

TEST(CameraMoves, ZoomKeepsThePointUnderTheCursor) {
  geometry::OrbitCamera c = sampleCamera();
  const float aspect = 16.0f / 9.0f;
  const glm::vec2 cursor(0.5f, -0.3f);
  // The point on the focal plane under the cursor.
  const geometry::CameraBasis b = c.basis();
  const float half = c.distance * std::tan(c.fovY * 0.5f);
  const glm::vec3 under = c.target + b.right * ((cursor.x - c.lensShift.x) * half * aspect) +
                          b.up * ((cursor.y - c.lensShift.y) * half);
  EXPECT_NEAR(toNdc(c, aspect, under).x, cursor.x, 1e-3f);
  geometry::zoomToward(c, cursor, 2.0f, aspect);
  EXPECT_NEAR(c.distance, 200.0f, 1e-3f);
  const glm::vec2 after = toNdc(c, aspect, under);
  EXPECT_NEAR(after.x, cursor.x, 1e-3f);
  EXPECT_NEAR(after.y, cursor.y, 1e-3f);
}

TEST(CameraMoves, OrbitAboutAPivotKeepsItOnScreen) {
  geometry::OrbitCamera c = sampleCamera();
  const float aspect = 1.5f;
  const glm::vec3 pivot(40.0f, 20.0f, 10.0f);
  const glm::vec2 before = toNdc(c, aspect, pivot);
  const float eyeToPivot = glm::length(c.eye() - pivot);
  geometry::orbitAbout(c, pivot, 0.8f, -0.3f);
  const glm::vec2 after = toNdc(c, aspect, pivot);
  EXPECT_NEAR(after.x, before.x, 1e-3f);
  EXPECT_NEAR(after.y, before.y, 1e-3f);
  EXPECT_NEAR(glm::length(c.eye() - pivot), eyeToPivot, 1e-2f);
  EXPECT_NEAR(std::remainder(c.yaw - 1.5f, glm::two_pi<float>()), 0.0f, 1e-4f);
}

}  // namespace
