// PosedModel on models without a manifest (nothing to pose) and the measurements added
// for the posed model (spur, tendon, bursa, bump, forefoot), on hand-built landmarks.
#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace anatomy;

namespace {
Atlas userFile() {
  Atlas a;
  Structure s;
  s.id = "part";
  s.category = Category::Bone;
  s.mesh.positions = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}};
  s.mesh.indices = {0, 1, 2};
  geometry::computeNormals(s.mesh);
  a.structures.push_back(s);
  return a;
}
}  // namespace

TEST(PosedModel, UserFileStaysAtRest) {
  const Atlas atlas = userFile();
  PosedModel posed(atlas);
  EXPECT_FALSE(posed.canPose());
  Conditions c;
  c.set(ConditionId::FlatFoot, 1.0f);
  c.set(ConditionId::GenuValgum, 1.0f);
  EXPECT_TRUE(posed.update(c).empty());
  EXPECT_EQ(posed.positions(0), atlas.structures[0].mesh.positions);
  EXPECT_EQ(posed.normals(0), atlas.structures[0].mesh.normals);
  EXPECT_EQ(posed.transform(0), glm::mat4(1.0f));
  EXPECT_TRUE(posed.landmarks().empty());
  EXPECT_TRUE(measureAll(posed).empty());
  EXPECT_FLOAT_EQ(posed.conditions()[ConditionId::FlatFoot], 1.0f);
}

TEST(PosedModel, MeasureAllSkipsMeasurementsWithoutLandmarks) {
  LandmarkMap l;
  l["navicular_tuberosity"] = {0, 33, 40};
  const auto values = measureAll(l);
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].key, "navicular_height_mm");
  EXPECT_FLOAT_EQ(values[0].value, 33.0f);
}

TEST(PosedMeasurements, SpurIsASignedProjectionAlongTheTendon) {
  LandmarkMap l;
  l["achilles_insertion_centre"] = {0, 20, -50};
  l["achilles_origin"] = {0, 200, -50};
  l["spur_base"] = {0, 20, -50};
  l["spur_tip"] = {0, 18, -49};  // below the cortex: no spur
  EXPECT_EQ(spurLengthMm(l).value(), 0.0f);
  l["spur_tip"] = {3, 32, -55};  // 12 mm up the tendon, 5 mm behind it, off-plane in x
  EXPECT_NEAR(spurLengthMm(l).value(), 12.0f, 1e-4f);
}

TEST(PosedMeasurements, TendonAndBursaSizes) {
  LandmarkMap l;
  l["achilles_insertion_anterior"] = {0, 30, -57};
  l["achilles_insertion_posterior"] = {5, 30, -63};  // x does not count in the lateral view
  l["achilles_midportion_anterior"] = {0, 80, -58};
  l["achilles_midportion_posterior"] = {0, 80, -63};
  l["retrocalcaneal_bursa_anterior"] = {0, 40, -55};
  l["retrocalcaneal_bursa_posterior"] = {0, 40, -59};
  l["retrocalcaneal_bursa_medial"] = {6, 40, -57};
  l["retrocalcaneal_bursa_lateral"] = {-6, 40, -57};
  l["retrocalcaneal_bursa_superior"] = {0, 44, -57};
  l["retrocalcaneal_bursa_inferior"] = {0, 36, -57};
  EXPECT_FLOAT_EQ(achillesThicknessInsertionMm(l).value(), 6.0f);
  EXPECT_FLOAT_EQ(achillesThicknessMidportionMm(l).value(), 5.0f);
  EXPECT_FLOAT_EQ(bursaApMm(l).value(), 4.0f);
  EXPECT_FLOAT_EQ(bursaTransverseMm(l).value(), 12.0f);
  EXPECT_FLOAT_EQ(bursaCraniocaudalMm(l).value(), 8.0f);
}

TEST(PosedMeasurements, ForefootAbductionIsPositiveWhenTheForefootTurnsLaterally) {
  LandmarkMap l;
  l["talus_body_centre"] = {-60, 60, 0};
  l["talus_head_centre"] = {-60, 50, 30};
  l["metatarsal_1_base_centre"] = {-50, 35, 70};
  l["metatarsal_1_head_centre"] = {-50, 20, 120};
  EXPECT_NEAR(forefootAbductionDeg(l).value(), 0.0f, 1e-4f);
  // Head 10 mm lateral (-X) over 50 mm: atan(0.2) = 11.31 degrees of abduction.
  l["metatarsal_1_head_centre"] = {-60, 20, 120};
  EXPECT_NEAR(forefootAbductionDeg(l).value(), 11.31f, 0.01f);
}

TEST(PosedMeasurements, HaglundBumpIsTheHeightAboveTheUpperPitchLine) {
  LandmarkMap l;
  l["calcaneus_plantar_tangent_posterior"] = {0, 0, -30};
  l["calcaneus_plantar_tangent_anterior"] = {0, 0, 30};
  l["ppl_upper_facet_lip"] = {0, 40, 0};
  l["calcaneus_posterosuperior_prominence"] = {0, 37, -50};
  EXPECT_EQ(haglundBumpMm(l).value(), 0.0f);
  l["calcaneus_posterosuperior_prominence"] = {0, 46, -50};
  EXPECT_NEAR(haglundBumpMm(l).value(), 6.0f, 1e-4f);
}

TEST(PoseSkinning, TendonBlendsFromHeelToCalfByHeight) {
  HeightBlend b;
  b.yCalcaneus = 40.0f;
  b.yCalf = 200.0f;
  const auto weightOf = [](const Influence& inf, Segment s) {
    float w = 0.0f;
    for (int k = 0; k < 4; ++k)
      if (inf.segment[k] == static_cast<int>(s)) w += inf.weight[k];
    return w;
  };
  EXPECT_FLOAT_EQ(weightOf(b.at({0, 10, 0}), Segment::Calcaneus), 1.0f);
  EXPECT_FLOAT_EQ(weightOf(b.at({0, 120, 0}), Segment::Tibia), 0.5f);
  EXPECT_FLOAT_EQ(weightOf(b.at({0, 250, 0}), Segment::Tibia), 1.0f);
}

TEST(PoseSkinning, RuptureOpensAGapBetweenFrayedStumps) {
  std::vector<glm::vec3> tendon;
  for (float y = 20.0f; y <= 200.0f; y += 0.5f)
    for (float a = 0.0f; a < 6.28f; a += 0.5f) tendon.push_back({-80.0f + 3.0f * std::cos(a), y, -60.0f + 2.0f * std::sin(a)});
  const RuptureMap r = RuptureMap::build(tendon, 25.0f);
  ASSERT_TRUE(r.valid);
  EXPECT_FLOAT_EQ(r.centreY, 60.0f);  // 3.5 cm above the insertion, in the 2-6 cm zone
  const glm::vec3 below(-77.0f, 59.9f, -60.0f), above(-77.0f, 60.1f, -60.0f), far(-77.0f, 150.0f, -60.0f);
  EXPECT_EQ(r.apply(below, 0.0f), below);
  EXPECT_EQ(r.apply(far, 1.0f), far);
  const glm::vec3 lo = r.apply(below, 1.0f), hi = r.apply(above, 1.0f);
  EXPECT_GE(hi.y - lo.y, 10.0f);              // the stumps pull apart
  EXPECT_GT(hi.y - r.centreY, r.centreY - lo.y);  // the proximal one retracts further
  // The section closes onto one line at the tear: the triangles across the gap have no area.
  const glm::vec2 tear = r.centreAt(r.centreY);
  for (const glm::vec3& end : {lo, hi}) {
    EXPECT_NEAR(end.x, tear.x, 1e-4f);
    EXPECT_NEAR(end.z, tear.y, 1e-4f);
  }
  // Every vertex keeps out of the gap between the tufts' ends.
  for (const glm::vec3& p : tendon) {
    const float y = r.apply(p, 1.0f).y;
    EXPECT_FALSE(y > r.gapLowerY(1.0f) + 1e-3f && y < r.gapUpperY(1.0f) - 1e-3f) << p.y;
  }
  EXPECT_GE(r.gapUpperY(1.0f) - r.gapLowerY(1.0f), 10.0f);
  EXPECT_FLOAT_EQ(r.gapUpperY(0.0f), r.gapLowerY(0.0f));
  EXPECT_LT(r.apply(below, 0.5f).y, below.y);  // continuous in severity
  EXPECT_GT(r.apply(below, 0.5f).y, lo.y);
}
