// The section plane's maths (geometry/section_plane.h): where the plane sits for an offset,
// how yaw and tilt turn it, which side is kept, and the ranges.
#include "geometry/section_plane.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {
const glm::vec3 kAnchor(12.0f, 30.0f, -40.0f);

float along(const glm::vec3& a, const glm::vec3& b) { return glm::dot(glm::normalize(a), glm::normalize(b)); }
}  // namespace

TEST(SectionPlane, DefaultIsSagittalThroughTheAnchor) {
  const glm::vec4 plane = geometry::sectionPlane(kAnchor, geometry::SectionParams());
  EXPECT_NEAR(std::abs(plane.x), 1.0f, 1e-5f);  // normal along the body's left-right axis
  EXPECT_NEAR(geometry::planeDistance(plane, kAnchor), 0.0f, 1e-4f);
  // Points above, below, in front of and behind the anchor lie on a sagittal plane too.
  EXPECT_NEAR(geometry::planeDistance(plane, kAnchor + glm::vec3(0.0f, 50.0f, -20.0f)), 0.0f, 1e-4f);
}

TEST(SectionPlane, OffsetMovesThePlaneAlongItsNormal) {
  geometry::SectionParams p;
  p.offsetMm = 7.5f;
  const glm::vec4 plane = geometry::sectionPlane(kAnchor, p);
  EXPECT_NEAR(geometry::planeDistance(plane, kAnchor), -7.5f, 1e-4f);
  EXPECT_NEAR(geometry::planeDistance(plane, kAnchor + 7.5f * glm::vec3(plane)), 0.0f, 1e-4f);
  p.offsetMm = -3.0f;  // negative: toward lateral (-X)
  EXPECT_NEAR(geometry::planeDistance(geometry::sectionPlane(kAnchor, p), kAnchor - glm::vec3(3.0f, 0.0f, 0.0f)), 0.0f,
              1e-4f);
}

TEST(SectionPlane, YawTurnsAboutTheVerticalAndTiltLiftsTheNormal) {
  geometry::SectionParams p;
  p.yawDeg = 90.0f;  // a coronal plane
  EXPECT_NEAR(std::abs(along(geometry::sectionNormal(p), glm::vec3(0.0f, 0.0f, 1.0f))), 1.0f, 1e-5f);
  for (float yaw : {-150.0f, -30.0f, 45.0f, 170.0f}) {
    p.yawDeg = yaw;
    EXPECT_NEAR(geometry::sectionNormal(p).y, 0.0f, 1e-6f) << yaw;
    EXPECT_NEAR(glm::length(geometry::sectionNormal(p)), 1.0f, 1e-5f);
  }
  p.yawDeg = 0.0f;
  p.tiltDeg = 30.0f;
  EXPECT_NEAR(geometry::sectionNormal(p).y, 0.5f, 1e-5f);
  // Turning leaves the plane through the anchor when there is no offset.
  EXPECT_NEAR(geometry::planeDistance(geometry::sectionPlane(kAnchor, p), kAnchor), 0.0f, 1e-4f);
}

TEST(SectionPlane, TheHalfTowardTheEyeIsCutAway) {
  const glm::vec4 plane = geometry::sectionPlane(kAnchor, geometry::SectionParams());
  for (const glm::vec3& eye : {kAnchor + glm::vec3(-300.0f, 10.0f, 0.0f), kAnchor + glm::vec3(250.0f, 0.0f, 40.0f)}) {
    const glm::vec4 facing = geometry::facingAwayFrom(plane, eye);
    EXPECT_LT(geometry::planeDistance(facing, eye), 0.0f);
    // The same plane, only signed: the anchor stays on it, the far side is kept.
    EXPECT_NEAR(geometry::planeDistance(facing, kAnchor), 0.0f, 1e-4f);
    EXPECT_GT(geometry::planeDistance(facing, kAnchor + (kAnchor - eye)), 0.0f);
  }
}

TEST(SectionPlane, ParamsAreClampedAndYawWrapped) {
  geometry::SectionParams p;
  p.offsetMm = 500.0f;
  p.yawDeg = 270.0f;
  p.tiltDeg = -120.0f;
  const geometry::SectionParams c = geometry::clampSection(p);
  EXPECT_FLOAT_EQ(c.offsetMm, geometry::kSectionMaxOffsetMm);
  EXPECT_NEAR(c.yawDeg, -90.0f, 1e-4f);
  EXPECT_FLOAT_EQ(c.tiltDeg, -geometry::kSectionMaxTiltDeg);
  p.yawDeg = -180.0f;
  EXPECT_NEAR(geometry::clampSection(p).yawDeg, 180.0f, 1e-4f);
  // The wrapped yaw is the same plane.
  p = {};
  p.yawDeg = 400.0f;
  const glm::vec3 a = geometry::sectionNormal(p), b = geometry::sectionNormal(geometry::clampSection(p));
  EXPECT_NEAR(glm::length(a - b), 0.0f, 1e-5f);
}

TEST(SectionPlane, TheBasePlaneIsTheOneSquareToTheView) {
  using geometry::SectionBase;
  EXPECT_EQ(geometry::sectionBaseFacing(glm::vec3(1.0f, 0.1f, 0.3f)), SectionBase::Sagittal);
  EXPECT_EQ(geometry::sectionBaseFacing(glm::vec3(-0.2f, 0.3f, -1.0f)), SectionBase::Coronal);
  EXPECT_EQ(geometry::sectionBaseFacing(glm::vec3(0.1f, -1.0f, 0.2f)), SectionBase::Transverse);
  // Each base's normal runs along the axis it faces, and yaw still turns it about +Y.
  EXPECT_NEAR(std::abs(geometry::sectionNormal({}, SectionBase::Coronal).z), 1.0f, 1e-5f);
  EXPECT_NEAR(std::abs(geometry::sectionNormal({}, SectionBase::Transverse).y), 1.0f, 1e-5f);
  geometry::SectionParams p;
  p.yawDeg = 90.0f;
  EXPECT_NEAR(std::abs(geometry::sectionNormal(p, SectionBase::Coronal).x), 1.0f, 1e-5f);
}
