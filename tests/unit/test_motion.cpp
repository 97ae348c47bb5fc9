// Ankle motion as pure functions: the heel-drop animation driven by a time parameter, the
// tendon's path length, the line of pull closing on the heel bone and the bursa's squeeze.
#include "anatomy/motion.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace anatomy;

namespace {
// Angles over one loop sampled every 10 ms.
std::vector<float> oneLoop(const HeelDrop& drop) {
  std::vector<float> out;
  for (double t = 0.0; t < drop.period(); t += 0.01) out.push_back(drop.angleAt(t));
  return out;
}
}  // namespace

TEST(HeelDrop, RisesToPlantarflexionThenLowersIntoDorsiflexionAndLoops) {
  HeelDrop drop;
  const std::vector<float> a = oneLoop(drop);
  EXPECT_NEAR(a.front(), 0.0f, 1e-4f);
  const auto [lo, hi] = std::minmax_element(a.begin(), a.end());
  EXPECT_NEAR(*lo, drop.topDeg, 1e-3f);
  EXPECT_NEAR(*hi, drop.bottomDeg, 1e-3f);
  EXPECT_LT(lo - a.begin(), hi - a.begin()) << "the rise comes before the drop";
  for (double t : {0.3, 1.7, 3.2, 5.1})
    EXPECT_FLOAT_EQ(drop.angleAt(t), drop.angleAt(t + drop.period())) << t;
  for (float v : a) EXPECT_TRUE(v >= kAnkleMinDeg && v <= kAnkleMaxDeg);
}

TEST(HeelDrop, LowersSlowerThanItRises) {
  HeelDrop drop;
  // Steepest change per 10 ms while going down (towards dorsiflexion) and up.
  const std::vector<float> a = oneLoop(drop);
  float fastestRise = 0.0f, fastestLowering = 0.0f;
  for (std::size_t i = 1; i < a.size(); ++i) {
    const float d = a[i] - a[i - 1];
    if (d < 0.0f) fastestRise = std::max(fastestRise, -d);
    if (d > 0.0f && a[i] < drop.bottomDeg - 1e-3f && a[i - 1] >= drop.topDeg) fastestLowering = std::max(fastestLowering, d);
  }
  EXPECT_GT(fastestRise, 0.0f);
  EXPECT_LT(fastestLowering, fastestRise) << "the eccentric phase is the slow one";
}

TEST(HeelDrop, FloorLevelVersionNeverDorsiflexes) {
  HeelDrop drop;
  drop.belowStep = false;
  const std::vector<float> a = oneLoop(drop);
  EXPECT_LE(*std::max_element(a.begin(), a.end()), 1e-4f);
  EXPECT_STREQ(drop.phaseAt(drop.riseSeconds + drop.holdSeconds + drop.lowerSeconds + 0.1), "Heel at floor level");
  drop.belowStep = true;
  EXPECT_STREQ(drop.phaseAt(drop.riseSeconds + drop.holdSeconds + drop.lowerSeconds + 0.1), "Heel below the step");
  EXPECT_STREQ(drop.phaseAt(0.1), "Rise on both feet");
}

TEST(TendonPath, StraightTendonIsTheDistanceAndABentOneIsLonger) {
  std::vector<glm::vec3> rest;
  for (int k = 0; k <= 100; ++k) rest.push_back({0.0f, static_cast<float>(k) * 2.0f, 0.0f});
  const TendonEnds ends{{0, 0, 0}, {0, 200, 0}, 0.0f, 200.0f};
  EXPECT_NEAR(tendonPathLengthMm(rest, rest, ends), 200.0f, 1e-3f);
  std::vector<glm::vec3> bent = rest;
  for (glm::vec3& p : bent) p.z = 20.0f * std::sin(p.y / 200.0f * 3.14159f);  // bowed in the middle
  EXPECT_GT(tendonPathLengthMm(rest, bent, ends), 203.0f);
  // Stretched and lowered as a whole (a heel drop moves the insertion down): the rest
  // heights still pick the vertices between the two ends.
  std::vector<glm::vec3> stretched = rest;
  for (glm::vec3& p : stretched) p.y = p.y * 1.1f - 30.0f;
  const TendonEnds moved{{0, -30, 0}, {0, 190, 0}, 0.0f, 200.0f};
  EXPECT_NEAR(tendonPathLengthMm(rest, stretched, moved), 220.0f, 1e-2f);
}

TEST(BursaSqueeze, LineOfPullSwingingForwardClosesOnTheBoneMoreHigherUp) {
  const glm::vec3 insertion(0, 0, -60), neutral(0, 180, -60), forward(0, 180, -40);
  const float low = tendonClosingMm(insertion, forward, neutral, {0, 10, -57});
  const float high = tendonClosingMm(insertion, forward, neutral, {0, 22, -58});
  EXPECT_GT(low, 0.0f);
  EXPECT_GT(high, low) << "a higher (Haglund) prominence meets more of the swing";
  EXPECT_LT(tendonClosingMm(insertion, {0, 180, -80}, neutral, {0, 10, -57}), 0.0f) << "plantarflexion opens";
  EXPECT_FLOAT_EQ(tendonClosingMm(insertion, neutral, neutral, {0, 10, -57}), 0.0f);
}

TEST(BursaSqueeze, ThicknessFallsWithClosingDownToACollapsedSac) {
  EXPECT_FLOAT_EQ(bursaThicknessFraction(-3.0f), 1.0f);
  EXPECT_FLOAT_EQ(bursaThicknessFraction(0.0f), 1.0f);
  EXPECT_LT(bursaThicknessFraction(2.0f), 1.0f);
  EXPECT_LT(bursaThicknessFraction(3.0f), bursaThicknessFraction(2.0f));
  EXPECT_FLOAT_EQ(bursaThicknessFraction(100.0f), kMinBursaFraction);
  const glm::vec3 centre(0, 10, -57);
  const glm::vec3 a = squeezeBursa({0, 10, -56}, centre, 0.5f), b = squeezeBursa({0, 10, -58}, centre, 0.5f);
  EXPECT_NEAR(a.z - b.z, 1.0f, 1e-5f);
  EXPECT_GT(squeezeBursa({0, 12, -57}, centre, 0.5f).y, 12.0f) << "fluid pressed out spreads the sac";
}
