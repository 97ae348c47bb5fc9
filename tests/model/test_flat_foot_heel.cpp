// What the cards now teach about flat foot, checked on the posed built-in model: a lower
// calcaneal pitch turns the posterosuperior corner of the heel forward, away from the
// Achilles tendon, rather than pushing it into the bursa (issue 15, item 1).
#include "model_fixture.h"

#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>

using namespace anatomy;

namespace {

struct Heel {
  float pitch = 0.0f;       // calcaneal pitch, deg
  float cornerAhead = 0.0f;  // prominence in front of the plantar tuberosity point (+Z), mm
  float cornerLean = 0.0f;   // posterior surface (tangent point -> prominence) forward of vertical, deg
  float fromTendon = 0.0f;   // prominence in front of the tendon line (origin -> insertion), sagittal, mm
};

glm::vec2 sagittal(const glm::vec3& p) { return {p.z, p.y}; }

// Signed distance of p in front of (+Z side of) the line a -> b in the sagittal plane.
float aheadOfLine(const glm::vec2& a, const glm::vec2& b, const glm::vec2& p) {
  const glm::vec2 d = glm::normalize(b - a);
  glm::vec2 normal(d.y, -d.x);  // perpendicular; flipped to point anterior (+Z)
  if (normal.x < 0.0f) normal = -normal;
  return glm::dot(p - a, normal);
}

Heel heelOf(PosedModel& posed, const Conditions& c) {
  posed.update(c);
  const LandmarkMap& l = posed.landmarks();
  const glm::vec3 corner = l.at("calcaneus_posterosuperior_prominence");
  const glm::vec3 tangent = l.at("calcaneus_posterior_tangent_point");
  Heel h;
  for (const Measurement& m : measureAll(posed))
    if (m.key == "calcaneal_pitch_deg") h.pitch = m.value;
  h.cornerAhead = corner.z - l.at("calcaneal_tuberosity_plantar").z;
  const glm::vec2 up = sagittal(corner) - sagittal(tangent);
  h.cornerLean = glm::degrees(std::atan2(up.x, up.y));
  h.fromTendon = aheadOfLine(sagittal(l.at("achilles_origin")), sagittal(l.at("achilles_insertion_centre")),
                             sagittal(corner));
  return h;
}

std::string show(const Heel& h) {
  return "pitch " + std::to_string(h.pitch) + ", corner ahead " + std::to_string(h.cornerAhead) + " mm, lean " +
         std::to_string(h.cornerLean) + " deg, in front of tendon line " + std::to_string(h.fromTendon) + " mm";
}

}  // namespace

TEST(FlatFootHeel, LowerPitchTurnsTheCornerForwardAwayFromTheTendon) {
  PosedModel posed(modeltest::model());
  ASSERT_TRUE(posed.canPose());
  const Heel normal = heelOf(posed, Conditions{});
  Conditions flat;
  flat.set(ConditionId::FlatFoot, 1.0f);
  const Heel flatFoot = heelOf(posed, flat);
  SCOPED_TRACE("normal: " + show(normal) + "\nflat foot: " + show(flatFoot));
  ASSERT_LT(flatFoot.pitch, normal.pitch - 3.0f) << "the flat-foot pose lowers the pitch";
  // The corner moves anteriorly relative to the heel's ground contact and the posterior
  // surface leans further forward: the bone turns, it does not only slide.
  EXPECT_GT(flatFoot.cornerAhead, normal.cornerAhead + 1.0f);
  EXPECT_GT(flatFoot.cornerLean, normal.cornerLean + 2.0f);
  // And it moves away from the tendon, not into it.
  EXPECT_GT(flatFoot.fromTendon, normal.fromTendon);
  std::printf("[ flat-foot heel ] normal: %s\n[ flat-foot heel ] flat:   %s\n", show(normal).c_str(),
              show(flatFoot).c_str());
}
