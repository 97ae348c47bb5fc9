// The posed built-in model against REFERENCE.md's "What each preset must measure" table,
// and every measurement moving the right way as its condition's severity rises.
#include "model_fixture.h"

#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>

using namespace anatomy;

namespace {
using Values = std::map<std::string, float>;

// One posed model for the whole file: building the skin weights is the slow part.
PosedModel& posed() {
  static PosedModel model(modeltest::model());
  return model;
}

Values measure(const Conditions& c) {
  PosedModel& posed = ::posed();
  posed.update(c);
  Values v;
  for (const Measurement& m : measureAll(posed)) v[m.key] = m.value;
  return v;
}

Values measurePreset(const char* id) {
  const auto c = presetConditions(id);
  if (!c) throw std::runtime_error(std::string("no preset ") + id);
  return measure(*c);
}

Conditions only(ConditionId id, float severity) {
  Conditions c;
  c.set(id, severity);
  return c;
}

std::string dump(const Values& v) {
  std::string s;
  for (const auto& [k, x] : v) s += k + "=" + std::to_string(x) + " ";
  return s;
}
}  // namespace

TEST(PosedPresets, EveryReferenceKeyIsMeasured) {
  const Values v = measure({});
  for (const std::string& key : measurementKeys()) EXPECT_EQ(v.count(key), 1u) << key;
}

TEST(PosedPresets, NormalMeetsTheNormalRow) {
  const Values v = measurePreset("normal");
  SCOPED_TRACE(dump(v));
  EXPECT_GE(v.at("calcaneal_pitch_deg"), 20.0f);
  EXPECT_LE(v.at("calcaneal_pitch_deg"), 30.0f);
  EXPECT_LE(std::abs(v.at("meary_angle_deg")), 4.0f);
  EXPECT_GE(v.at("navicular_height_mm"), 36.0f);
  EXPECT_LE(v.at("navicular_height_mm"), 55.0f);
  EXPECT_GE(v.at("hindfoot_valgus_deg"), 0.0f);
  EXPECT_LE(v.at("hindfoot_valgus_deg"), 6.0f);
  EXPECT_GE(v.at("hka_deg"), 177.0f);
  EXPECT_LE(v.at("hka_deg"), 183.0f);
  EXPECT_LE(v.at("intermalleolar_distance_mm"), 30.0f);
  EXPECT_GE(v.at("fowler_philip_deg"), 44.0f);
  EXPECT_LE(v.at("fowler_philip_deg"), 69.0f);
  EXPECT_LE(v.at("ppl_bursal_projection_mm"), 0.0f);
  EXPECT_EQ(v.at("spur_length_mm"), 0.0f);
  EXPECT_LE(v.at("achilles_thickness_insertion_mm"), 5.1f);
  EXPECT_LE(v.at("bursa_ap_mm"), 1.0f);
}

TEST(PosedPresets, FlatFoot) {
  const Values v = measurePreset("flat-foot");
  SCOPED_TRACE(dump(v));
  EXPECT_LT(v.at("calcaneal_pitch_deg"), 18.0f);
  EXPECT_GT(v.at("meary_angle_deg"), 4.0f);
  EXPECT_LT(v.at("navicular_height_mm"), 35.0f);
  EXPECT_GT(v.at("hindfoot_valgus_deg"), 6.0f);
}

TEST(PosedPresets, Pronation) {
  const Values normal = measurePreset("normal");
  const Values v = measurePreset("pronation");
  SCOPED_TRACE(dump(v));
  EXPECT_GE(v.at("hindfoot_valgus_deg"), 8.0f);
  EXPECT_LT(v.at("navicular_height_mm"), normal.at("navicular_height_mm") - 3.0f);
  EXPECT_GT(v.at("forefoot_abduction_deg"), normal.at("forefoot_abduction_deg") + 5.0f);
}

TEST(PosedPresets, GenuValgum) {
  const Values v = measurePreset("genu-valgum");
  SCOPED_TRACE(dump(v));
  EXPECT_GT(v.at("hka_deg"), 183.0f);
  EXPECT_GT(v.at("intermalleolar_distance_mm"), 80.0f);
  EXPECT_GT(v.at("mad_mm"), 0.0f);
}

TEST(PosedPresets, Haglund) {
  const Values v = measurePreset("haglund");
  SCOPED_TRACE(dump(v));
  EXPECT_TRUE(v.at("fowler_philip_deg") > 75.0f || v.at("ppl_bursal_projection_mm") > 0.0f);
  EXPECT_GE(v.at("haglund_bump_mm"), 4.0f);
}

TEST(PosedPresets, CalcificSpurFollowsItsSeverity) {
  const Values v = measurePreset("calcific-spur");
  EXPECT_GE(v.at("spur_length_mm"), 12.0f);
  Conditions c = *presetConditions("calcific-spur");
  c.set(ConditionId::CalcificSpur, 0.0f);
  EXPECT_EQ(measure(c).at("spur_length_mm"), 0.0f);
}

TEST(PosedPresets, Bursitis) {
  const Values v = measurePreset("bursitis");
  SCOPED_TRACE(dump(v));
  EXPECT_GT(v.at("bursa_ap_mm"), 1.0f);
  EXPECT_GT(v.at("bursa_transverse_mm"), 11.0f);
  EXPECT_GT(v.at("bursa_craniocaudal_mm"), 7.0f);
}

TEST(PosedPresets, InsertionalTendinopathy) {
  EXPECT_GT(measurePreset("insertional-tendinopathy").at("achilles_thickness_insertion_mm"), 6.0f);
}

// Each measurement follows its condition monotonically over 0, 0.25, ... 1.
struct Trend {
  ConditionId condition;
  const char* key;
  int direction;  // +1 rises, -1 falls (tight Achilles raises the heel: the pitch line tilts down)
};

class PosedTrend : public ::testing::TestWithParam<Trend> {};

TEST_P(PosedTrend, MovesMonotonicallyWithSeverity) {
  const Trend t = GetParam();
  float previous = 0.0f;
  float first = 0.0f;
  for (int step = 0; step <= 4; ++step) {
    const float value = measure(only(t.condition, 0.25f * step)).at(t.key);
    if (step == 0) first = value;
    if (step > 0) {
      EXPECT_GE(t.direction * (value - previous), 0.0f) << t.key << " at step " << step;
    }
    previous = value;
  }
  EXPECT_GT(t.direction * (previous - first), 1.0f) << t.key << " barely moved";
}

INSTANTIATE_TEST_SUITE_P(
    Conditions, PosedTrend,
    ::testing::Values(Trend{ConditionId::CalcificSpur, "spur_length_mm", +1},
                      Trend{ConditionId::Haglund, "ppl_bursal_projection_mm", +1},
                      Trend{ConditionId::Haglund, "haglund_bump_mm", +1},
                      Trend{ConditionId::RetrocalcanealBursitis, "bursa_ap_mm", +1},
                      Trend{ConditionId::RetrocalcanealBursitis, "bursa_transverse_mm", +1},
                      Trend{ConditionId::RetrocalcanealBursitis, "bursa_craniocaudal_mm", +1},
                      Trend{ConditionId::InsertionalTendinopathy, "achilles_thickness_insertion_mm", +1},
                      Trend{ConditionId::MidportionTendinopathy, "achilles_thickness_midportion_mm", +1},
                      Trend{ConditionId::FlatFoot, "calcaneal_pitch_deg", -1},
                      Trend{ConditionId::FlatFoot, "meary_angle_deg", +1},
                      Trend{ConditionId::FlatFoot, "navicular_height_mm", -1},
                      Trend{ConditionId::FlatFoot, "forefoot_abduction_deg", +1},
                      Trend{ConditionId::FlatFoot, "talocalcaneal_lateral_deg", +1},
                      Trend{ConditionId::HindfootPronation, "hindfoot_valgus_deg", +1},
                      Trend{ConditionId::HindfootPronation, "navicular_height_mm", -1},
                      Trend{ConditionId::GenuValgum, "hka_deg", +1},
                      Trend{ConditionId::GenuValgum, "mad_mm", +1},
                      Trend{ConditionId::GenuValgum, "intermalleolar_distance_mm", +1},
                      Trend{ConditionId::TightAchilles, "calcaneal_pitch_deg", -1}),
    [](const ::testing::TestParamInfo<Trend>& info) {
      return std::string(conditionInfo(info.param.condition).key) + "_" + info.param.key;
    });
