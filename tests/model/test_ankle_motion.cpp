// Ankle motion on the built-in model: dorsiflexion (a heel drop) lengthens the Achilles and
// plantarflexion shortens it, the foot turns by the angle asked against the leg, the ball
// of the foot stays on the step, and the retrocalcaneal bursa thins as dorsiflexion rises,
// more so over a Haglund prominence.
#include "model_fixture.h"

#include "anatomy/motion.h"
#include "anatomy/posed_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace anatomy;

namespace {
Conditions atAnkle(float degrees, Conditions c = {}) {
  c.ankleDeg = degrees;
  return c;
}

// Anteroposterior (z) extent of the bursa in its bone's frame, as drawn.
float bursaThickness(const PosedModel& p) {
  const int i = modeltest::model().indexOf("retrocalcaneal_bursa");
  float lo = 1e9f, hi = -1e9f;
  for (const glm::vec3& v : p.positions(i)) {
    lo = std::min(lo, v.z);
    hi = std::max(hi, v.z);
  }
  return hi - lo;
}
}  // namespace

TEST(AnkleMotion, HeelDropLengthensTheTendonAndARaiseShortensIt) {
  PosedModel p(modeltest::model());
  const float neutral = p.tendonLengthMm();
  ASSERT_GT(neutral, 100.0f);
  float previous = 0.0f;
  for (float deg : {-40.0f, -20.0f, 0.0f, 10.0f, 20.0f}) {
    p.update(atAnkle(deg));
    const float length = p.tendonLengthMm();
    if (deg > -40.0f) {
      EXPECT_GT(length, previous + 2.0f) << deg << " deg";
    }
    previous = length;
  }
  p.update(atAnkle(20.0f));
  EXPECT_GT(p.tendonLengthMm(), neutral + 8.0f);
  p.update(atAnkle(-40.0f));
  EXPECT_LT(p.tendonLengthMm(), neutral - 15.0f);
}

TEST(AnkleMotion, FootTurnsByTheAngleAgainstTheLegAndTheBallStaysOnTheStep) {
  PosedModel p(modeltest::model());
  const glm::vec3 ball = p.landmarks().at("metatarsal_1_head_centre");
  for (float deg : {-30.0f, 15.0f}) {
    p.update(atAnkle(deg));
    const SegmentTransforms& m = p.segmentTransforms();
    const glm::mat3 relative = glm::inverse(glm::mat3(m[static_cast<int>(Segment::Tibia)])) *
                               glm::mat3(m[static_cast<int>(Segment::Calcaneus)]);
    // The foot's long axis (z) tilts in the sagittal plane: toes up in dorsiflexion.
    const glm::vec3 axis = relative * glm::vec3(0, 0, 1);
    EXPECT_NEAR(glm::degrees(std::atan2(axis.y, axis.z)), deg, 0.5f);
    // The head rolls about the joint's centre a little, but stays on the step.
    EXPECT_NEAR(p.landmarks().at("metatarsal_1_head_centre").y, ball.y, 3.0f) << deg;
  }
  // In dorsiflexion the heel hangs below the step.
  const float heelAtRest = modeltest::landmark("calcaneal_tuberosity_plantar").y;
  EXPECT_LT(p.landmarks().at("calcaneal_tuberosity_plantar").y, heelAtRest - 20.0f);
}

TEST(AnkleMotion, BursaThinsAsDorsiflexionRisesMoreOverAHaglundBump) {
  PosedModel p(modeltest::model());
  const float rest = bursaThickness(p);
  p.update(atAnkle(-30.0f));
  EXPECT_FLOAT_EQ(p.bursaFraction(), 1.0f) << "plantarflexion does not press it";
  EXPECT_NEAR(bursaThickness(p), rest, 1e-4f);
  float previous = rest;
  for (float deg : {5.0f, 10.0f, 15.0f}) {
    p.update(atAnkle(deg));
    EXPECT_LT(bursaThickness(p), previous - 1e-3f) << deg << " deg";
    previous = bursaThickness(p);
  }
  const float normalFraction = p.bursaFraction();
  Conditions haglund;
  haglund.set(ConditionId::Haglund, 1.0f);
  p.update(atAnkle(15.0f, haglund));
  EXPECT_LT(p.bursaFraction(), normalFraction);
  // The bursa's own landmarks follow its mesh, so the measured AP size falls too.
  p.update(atAnkle(0.0f));
  const float apRest = glm::length(p.landmarks().at("retrocalcaneal_bursa_anterior") -
                                   p.landmarks().at("retrocalcaneal_bursa_posterior"));
  p.update(atAnkle(15.0f));
  EXPECT_LT(glm::length(p.landmarks().at("retrocalcaneal_bursa_anterior") -
                        p.landmarks().at("retrocalcaneal_bursa_posterior")),
            apRest);
}

TEST(AnkleMotion, NeutralAnkleLeavesThePoseUnchanged) {
  PosedModel a(modeltest::model()), b(modeltest::model());
  Conditions flat;
  flat.set(ConditionId::FlatFoot, 1.0f);
  a.update(flat);
  b.update(atAnkle(12.0f, flat));
  b.update(flat);
  for (std::size_t s = 0; s < kSegmentCount; ++s) EXPECT_EQ(a.segmentTransforms()[s], b.segmentTransforms()[s]);
  EXPECT_EQ(a.landmarks(), b.landmarks());
  EXPECT_FLOAT_EQ(b.bursaFraction(), 1.0f);
}
