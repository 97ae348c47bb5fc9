#include "anatomy/conditions.h"
#include "anatomy/measure_all.h"
#include "anatomy/measurements.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace anatomy;

namespace {
// A hand-built normal right foot and leg (mm, +Y up, +Z anterior, medial +X).
LandmarkMap normalLandmarks() {
  LandmarkMap l;
  l["calcaneal_tuberosity_plantar"] = {-60, 3, -20};
  l["calcaneocuboid_inferior"] = {-70, 3 + 60 * std::tan(glm::radians(22.0f)), 40};
  l["talus_body_centre"] = {-55, 60, 0};
  l["talus_head_centre"] = {-50, 60 - 30 * std::tan(glm::radians(21.0f)), 30};
  l["metatarsal_1_base_centre"] = {-40, 35, 90};
  l["metatarsal_1_head_centre"] = {-38, 35 - 60 * std::tan(glm::radians(20.0f)), 150};
  l["navicular_tuberosity"] = {-35, 42, 55};
  l["tibia_axis_proximal"] = {-60, 300, 0};
  l["tibia_axis_distal"] = {-60, 100, 0};
  l["calcaneus_bisector_top"] = {-60, 50, -20};
  l["calcaneus_bisector_bottom"] = {-60 - 40 * std::tan(glm::radians(4.0f)), 10, -20};
  l["calcaneus_posterior_tangent_point"] = {-60, 15, -35};
  l["calcaneus_posterosuperior_prominence"] = {-60, 15 + 40 * std::sin(glm::radians(60.0f)), -35 + 40 * std::cos(glm::radians(60.0f))};
  l["calcaneus_plantar_tangent_posterior"] = {-60, 2, -25};
  l["calcaneus_plantar_tangent_anterior"] = {-60, 2, 40};
  l["ppl_upper_facet_lip"] = {-60, 55, 0};
  l["femoral_head_centre"] = {-85, 900, 0};
  l["knee_centre"] = {-73, 480, 0};
  l["ankle_centre"] = {-60, 80, 0};
  l["medial_femoral_condyle_medial_point"] = {-20, 470, 0};
  l["medial_malleolus_tip"] = {-30, 60, 0};
  return l;
}
}  // namespace

TEST(Measurements, NormalFootIsInTheNormalRanges) {
  const LandmarkMap l = normalLandmarks();
  EXPECT_NEAR(calcanealPitchDeg(l).value(), 22.0f, 0.01f);
  EXPECT_NEAR(mearyAngleDeg(l).value(), 1.0f, 0.01f);
  EXPECT_NEAR(talocalcanealLateralDeg(l).value(), 43.0f, 0.01f);
  EXPECT_FLOAT_EQ(navicularHeightMm(l).value(), 42.0f);
  EXPECT_NEAR(hindfootValgusDeg(l).value(), 4.0f, 0.01f);
  EXPECT_NEAR(fowlerPhilipDeg(l).value(), 60.0f, 0.01f);
  EXPECT_LT(pplBursalProjectionMm(l).value(), 0.0f);
  EXPECT_GT(hkaDeg(l).value(), 177.0f);
  EXPECT_LT(hkaDeg(l).value(), 183.0f);
  EXPECT_NEAR(intermalleolarDistanceMm(l).value(), 20.0f, 1e-3f);
}

TEST(Measurements, SignsFollowTheReference) {
  LandmarkMap l = normalLandmarks();
  // Talus pointing steeply down (planus): apex plantar, positive.
  l["talus_head_centre"] = {-50, 60 - 30 * std::tan(glm::radians(40.0f)), 30};
  EXPECT_GT(mearyAngleDeg(l).value(), 15.0f);
  // Heel tilted further laterally: more valgus.
  l["calcaneus_bisector_bottom"] = {-60 - 40 * std::tan(glm::radians(12.0f)), 10, -20};
  EXPECT_NEAR(hindfootValgusDeg(l).value(), 12.0f, 0.01f);
  // Knee moved medially (+X): valgus knee, HKA above 180 and MAD positive.
  l["knee_centre"] = {-30, 480, 0};
  EXPECT_GT(hkaDeg(l).value(), 183.0f);
  EXPECT_GT(madMm(l).value(), 0.0f);
  // A bursal projection raised above the upper pitch line.
  l["calcaneus_posterosuperior_prominence"] = {-60, 70, -20};
  EXPECT_GT(pplBursalProjectionMm(l).value(), 0.0f);
}

TEST(Measurements, HkaRecomputedFromRawCoordinates) {
  const LandmarkMap l = normalLandmarks();
  const glm::vec3 h = l.at("femoral_head_centre"), k = l.at("knee_centre"), a = l.at("ankle_centre");
  // Medial angle at the knee between the knee->hip and knee->ankle rays, by the cosine rule.
  const float hk = std::hypot(h.x - k.x, h.y - k.y), ka = std::hypot(a.x - k.x, a.y - k.y),
              ha = std::hypot(h.x - a.x, h.y - a.y);
  const float interior = glm::degrees(std::acos((hk * hk + ka * ka - ha * ha) / (2 * hk * ka)));
  // A knee medial (+X) of the hip-ankle line opens the interior angle laterally, so the
  // medial angle is the reflex one.
  const float lineX = h.x + (k.y - h.y) / (a.y - h.y) * (a.x - h.x);
  const float medial = k.x > lineX ? 360.0f - interior : interior;
  EXPECT_NEAR(hkaDeg(l).value(), medial, 0.01f);
  EXPECT_NE(k.x, lineX);
}

TEST(Measurements, AMissingLandmarkLeavesOnlyItsMeasurementsOut) {
  LandmarkMap l = normalLandmarks();
  l.erase("navicular_tuberosity");
  EXPECT_FALSE(navicularHeightMm(l).has_value());
  // measureAll leaves out just the measurement that needs it.
  const std::vector<Measurement> all = measureAll(normalLandmarks()), fewer = measureAll(l);
  const auto has = [](const std::vector<Measurement>& v, const std::string& key) {
    return std::any_of(v.begin(), v.end(), [&](const Measurement& m) { return m.key == key; });
  };
  EXPECT_TRUE(has(all, "navicular_height_mm"));
  EXPECT_FALSE(has(fewer, "navicular_height_mm"));
  EXPECT_EQ(fewer.size() + 1, all.size());
}

TEST(Measurements, WithoutAnyOneLandmarkTheRestAreUnchanged) {
  const LandmarkMap full = normalLandmarks();
  std::map<std::string, float> reference;
  for (const Measurement& m : measureAll(full)) reference[m.key] = m.value;
  for (const auto& [id, point] : full) {
    LandmarkMap l = full;
    l.erase(id);
    const std::vector<Measurement> fewer = measureAll(l);
    EXPECT_LT(fewer.size(), reference.size()) << "no measurement uses " << id;
    for (const Measurement& m : fewer) EXPECT_FLOAT_EQ(m.value, reference.at(m.key)) << m.key << " without " << id;
  }
}

TEST(Conditions, PresetsAndAssignments) {
  for (const Preset& p : presets()) EXPECT_TRUE(presetConditions(p.id).has_value()) << p.id;
  EXPECT_FALSE(presetConditions("normal")->any());
  EXPECT_FLOAT_EQ((*presetConditions("flat-foot"))[ConditionId::FlatFoot], 1.0f);
  EXPECT_FALSE(presetConditions("wobbly").has_value());
  std::string error;
  const auto a = parseConditionAssignment("flat-foot=0.25", error);
  ASSERT_TRUE(a.has_value()) << error;
  EXPECT_EQ(a->first, ConditionId::FlatFoot);
  EXPECT_FLOAT_EQ(a->second, 0.25f);
  for (const char* bad : {"flat_foot", "flat_foot=2", "flat_foot=abc", "unicorn=0.5", "flat_foot=", "flat_foot=nan"}) {
    EXPECT_FALSE(parseConditionAssignment(bad, error).has_value()) << bad;
    EXPECT_FALSE(error.empty());
  }
  for (const auto& info : conditionInfos()) EXPECT_EQ(parseCondition(info.key), info.id);
}

TEST(Measurements, ATornTendonHasAGapAndNoThickness) {
  LandmarkMap l = normalLandmarks();
  l["achilles_insertion_anterior"] = {0.0f, 20.0f, -30.0f};
  l["achilles_insertion_posterior"] = {0.0f, 20.0f, -36.0f};
  l["achilles_gap_lower"] = {0.0f, 60.0f, -40.0f};
  l["achilles_gap_upper"] = {0.0f, 60.0f, -40.0f};
  EXPECT_FLOAT_EQ(achillesGapMm(l).value(), 0.0f);
  EXPECT_NEAR(achillesThicknessInsertionMm(l).value(), 6.0f, 1e-4f);
  l["achilles_gap_upper"].y = 75.0f;  // torn through: the stumps 15 mm apart
  EXPECT_FLOAT_EQ(achillesGapMm(l).value(), 15.0f);
  EXPECT_FALSE(achillesThicknessInsertionMm(l).has_value());
}
