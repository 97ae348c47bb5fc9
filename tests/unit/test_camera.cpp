#include "geometry/camera.h"

#include <gtest/gtest.h>
#include <glm/gtc/constants.hpp>

using namespace geometry;

namespace {
Bounds box(glm::vec3 a, glm::vec3 b) {
  Bounds out;
  out.extend(a);
  out.extend(b);
  return out;
}

// Where a world point lands in normalised device coordinates.
glm::vec3 project(const OrbitCamera& cam, float aspect, glm::vec3 p) {
  const glm::vec4 clip = cam.projection(aspect) * cam.view() * glm::vec4(p, 1.0f);
  return glm::vec3(clip) / clip.w;
}
}  // namespace

TEST(Camera, EveryViewHasAnIdThatParsesBack) {
  for (StandardView v : kAllViews) {
    const auto parsed = parseView(viewId(v));
    ASSERT_TRUE(parsed.has_value()) << viewId(v);
    EXPECT_EQ(*parsed, v);
  }
  EXPECT_FALSE(parseView("sideways").has_value());
}

TEST(Camera, LateralViewLooksFromTheLateralSideWithToesToTheRight) {
  // Right limb: lateral is -X; anterior (toes) is +Z.
  const OrbitCamera cam = cameraForView(StandardView::Lateral, box({-50, 0, -100}, {50, 100, 150}), 16.0f / 9.0f);
  EXPECT_LT(cam.eye().x, cam.target.x - 100.0f);
  const glm::vec3 toes = project(cam, 16.0f / 9.0f, {0, 20, 150});
  const glm::vec3 heel = project(cam, 16.0f / 9.0f, {0, 20, -100});
  EXPECT_GT(toes.x, heel.x);
}

TEST(Camera, PosteriorPlantarAndSuperiorEyesAreWhereAnatomyExpects) {
  const Bounds b = box({-50, 0, -100}, {50, 100, 150});
  EXPECT_LT(cameraForView(StandardView::Posterior, b, 1.5f).eye().z, -100.0f);
  EXPECT_GT(cameraForView(StandardView::Anterior, b, 1.5f).eye().z, 150.0f);
  EXPECT_LT(cameraForView(StandardView::Plantar, b, 1.5f).eye().y, 0.0f);
  const OrbitCamera superior = cameraForView(StandardView::Superior, b, 1.5f);
  EXPECT_GT(superior.eye().y, 100.0f);
  // Toes point up the screen when looking down on the foot.
  EXPECT_GT(project(superior, 1.5f, {0, 50, 150}).y, project(superior, 1.5f, {0, 50, -100}).y);
}

TEST(Camera, FramedBoundsFitInsideTheScreenAndFillIt) {
  const Bounds b = box({-40, 0, -90}, {60, 420, 160});
  for (StandardView v : kAllViews) {
    for (float aspect : {0.6f, 1.0f, 16.0f / 9.0f}) {
      const OrbitCamera cam = cameraForView(v, b, aspect);
      float maxAbs = 0.0f;
      for (int i = 0; i < 8; ++i) {
        const glm::vec3 c((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z);
        const glm::vec3 ndc = project(cam, aspect, c);
        // (The heel close-ups fill the frame exactly: allow for rounding.)
        EXPECT_LE(std::abs(ndc.x), 1.0f + 1e-4f) << viewId(v);
        EXPECT_LE(std::abs(ndc.y), 1.0f + 1e-4f) << viewId(v);
        EXPECT_GT(ndc.z, -1.0f);
        EXPECT_LT(ndc.z, 1.0f);
        maxAbs = std::max({maxAbs, std::abs(ndc.x), std::abs(ndc.y)});
      }
      EXPECT_GT(maxAbs, 0.6f) << "model should fill the view: " << viewId(v);
    }
  }
}

TEST(Camera, OrbitClampsPitchAndWrapsYaw) {
  OrbitCamera cam;
  cam.orbit(10.0f * glm::pi<float>() + 0.5f, 5.0f);
  EXPECT_LE(cam.pitch, glm::half_pi<float>());
  EXPECT_NEAR(std::remainder(cam.yaw - 0.5f, glm::two_pi<float>()), 0.0f, 1e-4f);
  cam.orbit(0.0f, -10.0f);
  EXPECT_GE(cam.pitch, -glm::half_pi<float>());
}

TEST(Camera, ZoomChangesDistanceAndPanMovesTargetInViewPlane) {
  OrbitCamera cam;
  cam.distance = 400.0f;
  cam.zoom(2.0f);
  EXPECT_FLOAT_EQ(cam.distance, 200.0f);
  const glm::vec3 before = cam.target;
  cam.pan(100.0f, 0.0f, 1000.0f);
  const glm::vec3 moved = cam.target - before;
  EXPECT_GT(glm::length(moved), 1.0f);
  EXPECT_NEAR(glm::dot(moved, cam.basis().forward), 0.0f, 1e-3f);
}

TEST(Camera, BasisIsOrthonormalEvenLookingStraightDown) {
  for (float pitch : {-glm::half_pi<float>(), -0.3f, 0.0f, 0.7f, glm::half_pi<float>()}) {
    OrbitCamera cam;
    cam.pitch = pitch;
    cam.yaw = 1.1f;
    const CameraBasis b = cam.basis();
    EXPECT_NEAR(glm::length(b.forward), 1.0f, 1e-5f);
    EXPECT_NEAR(glm::length(b.up), 1.0f, 1e-5f);
    EXPECT_NEAR(glm::dot(b.forward, b.up), 0.0f, 1e-5f);
    EXPECT_NEAR(glm::dot(b.right, b.up), 0.0f, 1e-5f);
  }
}

TEST(Camera, InterpolationTakesTheShortWayRoundAndEndsAtTheGoal) {
  OrbitCamera a, b;
  a.yaw = glm::radians(170.0f);
  b.yaw = glm::radians(-170.0f);
  a.distance = 100.0f;
  b.distance = 400.0f;
  const OrbitCamera mid = interpolate(a, b, 0.5f);
  EXPECT_NEAR(std::abs(mid.yaw), glm::pi<float>(), 1e-3f);
  EXPECT_NEAR(mid.distance, 200.0f, 1e-2f);
  CameraAnimator anim;
  OrbitCamera cam = a;
  anim.start(a, b, 0.5f);
  EXPECT_TRUE(anim.update(0.2f, cam));
  EXPECT_FALSE(anim.update(0.4f, cam));
  EXPECT_FLOAT_EQ(cam.distance, b.distance);
}

TEST(Camera, FramingIntoAFreeAreaKeepsTheModelOutOfThePanels) {
  const Bounds b = box({-40, 0, -90}, {60, 120, 160});
  const FreeArea area{0.25f, 0.1f, 0.75f, 1.0f};
  const float aspect = 16.0f / 9.0f;
  const OrbitCamera cam = cameraForView(StandardView::Lateral, b, aspect, area);
  for (int i = 0; i < 8; ++i) {
    const glm::vec3 c((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y, (i & 4) ? b.max.z : b.min.z);
    const glm::vec3 ndc = project(cam, aspect, c);
    EXPECT_GE(ndc.x, area.x0 * 2.0f - 1.0f - 1e-3f);
    EXPECT_LE(ndc.x, area.x1 * 2.0f - 1.0f + 1e-3f);
    EXPECT_GE(ndc.y, area.y0 * 2.0f - 1.0f - 1e-3f);
  }
}

// Issue 10: a close-up fitted to its points, not their box. Seen obliquely, a long thin
// cloud (a tendon above a heel) leaves a box's corners far outside it; fitted to the points
// it fills the free area to the margin, and no point leaves it.
TEST(Camera, FramingPointsIsTightInTheFreeArea) {
  std::vector<glm::vec3> points;
  for (int i = 0; i <= 40; ++i) {
    const float t = static_cast<float>(i) / 40.0f;
    points.push_back({10.0f * t, 100.0f * t, -30.0f + 20.0f * t});
    points.push_back({10.0f * t + 8.0f, 100.0f * t, -30.0f + 20.0f * t + 6.0f});
  }
  const FreeArea area{0.2f, 0.1f, 0.75f, 0.9f};
  const float aspect = 16.0f / 9.0f, margin = 1.1f;
  for (bool ortho : {false, true})
    for (float yawDeg : {-140.0f, 180.0f, -90.0f}) {
      SCOPED_TRACE(std::to_string(yawDeg) + (ortho ? " ortho" : " perspective"));
      const OrbitCamera cam = framePointsInArea(points, glm::radians(yawDeg), glm::radians(12.0f), aspect, area,
                                                margin, ortho);
      const glm::vec2 centre(area.x0 + area.x1 - 1.0f, area.y0 + area.y1 - 1.0f);
      const glm::vec2 half(area.x1 - area.x0, area.y1 - area.y0);  // in NDC units
      float fill = 0.0f;
      for (const glm::vec3& p : points) {
        const glm::vec3 ndc = project(cam, aspect, p);
        const glm::vec2 inArea = (glm::vec2(ndc) - centre) / half;  // -1..1 across the free area
        EXPECT_LE(std::abs(inArea.x), 1.0f / margin + 1e-3f);
        EXPECT_LE(std::abs(inArea.y), 1.0f / margin + 1e-3f);
        EXPECT_GT(ndc.z, -1.0f);
        EXPECT_LT(ndc.z, 1.0f);
        fill = std::max({fill, std::abs(inArea.x), std::abs(inArea.y)});
      }
      EXPECT_GT(fill, 0.97f / margin) << "the points reach the margin on some side";
    }
}

TEST(Camera, ClipAboveHidesWhatIsHigherOnlyWhenLookingDown) {
  OrbitCamera cam;
  cam.target = {0, 0, 0};
  cam.distance = 600.0f;
  cam.pitch = glm::half_pi<float>();
  cam.sceneRadius = 500.0f;
  const auto depth = [&](float y) { return project(cam, 1.5f, {0, y, 0}).z; };
  EXPECT_GT(depth(150.0f), -1.0f) << "without the clip the leg above the ankle is drawn";
  cam.clipAbove = true;
  cam.clipAboveY = 110.0f;
  EXPECT_LT(depth(150.0f), -1.0f) << "above the cut: in front of the near plane";
  EXPECT_GT(depth(60.0f), -1.0f) << "the foot below the cut stays";
  cam.pitch = glm::radians(30.0f);
  EXPECT_GT(project(cam, 1.5f, {0, 150, 0}).z, -1.0f) << "orbiting away from straight down restores the leg";
}

TEST(Camera, LateralViewsAreRadiographTrue) {
  // Looking straight along X with parallel rays: a point's place on screen does not depend
  // on its depth, so an angle drawn between landmarks is the angle measured.
  const Bounds b = box({-50, 0, -100}, {50, 100, 150});
  for (StandardView v : {StandardView::Lateral, StandardView::HeelLateral}) {
    OrbitCamera cam = cameraForView(v, b, 1.5f);
    EXPECT_TRUE(cam.orthographic) << viewId(v);
    const glm::vec3 nearSide = project(cam, 1.5f, {-40, 30, 20}), farSide = project(cam, 1.5f, {40, 30, 20});
    EXPECT_NEAR(nearSide.x, farSide.x, 1e-4f);
    EXPECT_NEAR(nearSide.y, farSide.y, 1e-4f);
    cam.orbit(0.1f, 0.0f);  // turned away from the film's axis, it is an ordinary view again
    EXPECT_FALSE(cam.orthographic);
  }
  EXPECT_FALSE(cameraForView(StandardView::Posterior, b, 1.5f).orthographic);
}

TEST(Camera, HeelViewsLookFromTheSideBehindAndBehindOutside) {
  const Bounds b = box({-90, 0, -75}, {-50, 100, -30});
  const glm::vec3 c = b.center();
  EXPECT_TRUE(isHeelView(StandardView::HeelPosterolateral));
  EXPECT_FALSE(isHeelView(StandardView::Lateral));
  EXPECT_LT(cameraForView(StandardView::HeelLateral, b, 1.5f).eye().x, c.x - 50.0f);
  EXPECT_LT(cameraForView(StandardView::HeelPosterior, b, 1.5f).eye().z, c.z - 50.0f);
  const glm::vec3 pl = cameraForView(StandardView::HeelPosterolateral, b, 1.5f).eye();
  EXPECT_LT(pl.x, c.x - 30.0f);  // lateral (-X) ...
  EXPECT_LT(pl.z, c.z - 30.0f);  // ... and posterior (-Z)
}
