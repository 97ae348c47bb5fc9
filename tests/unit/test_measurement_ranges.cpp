#include "anatomy/measurement_ranges.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace anatomy;

TEST(MeasurementRanges, VerdictBandsFollowTheReference) {
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 23.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 20.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 19.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 15.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 33.0f), Verdict::Pathological);  // cavus

  EXPECT_EQ(verdictFor("hindfoot_valgus_deg", 4.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("hindfoot_valgus_deg", 7.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("hindfoot_valgus_deg", 9.0f), Verdict::Pathological);

  EXPECT_EQ(verdictFor("hka_deg", 180.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("hka_deg", 184.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("hka_deg", 176.0f), Verdict::Pathological);

  EXPECT_EQ(verdictFor("intermalleolar_distance_mm", 10.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("intermalleolar_distance_mm", 50.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("intermalleolar_distance_mm", 90.0f), Verdict::Pathological);

  EXPECT_EQ(verdictFor("navicular_height_mm", 40.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("navicular_height_mm", 30.0f), Verdict::Borderline);  // "low"
  EXPECT_EQ(verdictFor("navicular_height_mm", 25.0f), Verdict::Pathological);  // "severely low"

  EXPECT_EQ(verdictFor("ppl_bursal_projection_mm", -2.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("ppl_bursal_projection_mm", 1.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("fowler_philip_deg", 72.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("fowler_philip_deg", 80.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("meary_angle_deg", 20.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("meary_angle_deg", -1.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("mad_mm", -8.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("mad_mm", 10.0f), Verdict::Pathological);
}

TEST(MeasurementRanges, SidesWithoutAThresholdAreOnlyBorderline) {
  EXPECT_EQ(verdictFor("navicular_height_mm", 70.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("fowler_philip_deg", 30.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("hindfoot_valgus_deg", -10.0f), Verdict::Borderline);
}

TEST(MeasurementRanges, UnknownKeysAndNonFiniteValues) {
  EXPECT_EQ(findRange("no_such_measure"), nullptr);
  EXPECT_EQ(verdictFor("no_such_measure", 1.0f), Verdict::Unknown);
  EXPECT_EQ(verdictFor("hka_deg", std::numeric_limits<float>::quiet_NaN()), Verdict::Unknown);
}

TEST(MeasurementRanges, EveryRangeIsConsistent) {
  for (const MeasurementRange& r : measurementRanges()) {
    SCOPED_TRACE(std::string(r.key));
    EXPECT_LE(r.normalLow, r.normalHigh);
    EXPECT_LE(r.pathologicalBelow, r.normalLow);
    EXPECT_GE(r.pathologicalAbove, r.normalHigh);
    EXPECT_FALSE(r.label.empty());
    EXPECT_FALSE(r.normalText.empty());
    EXPECT_LE(shortLabel(r).size(), 24u) << "fits the Conditions panel's table";
    const float inside = std::isfinite(r.normalLow) ? r.normalLow : r.normalHigh;
    EXPECT_EQ(verdict(r, inside), Verdict::Normal);
    EXPECT_EQ(findRange(r.key), &r);
  }
}

TEST(MeasurementRanges, DescribeShowsValueUnitAndRange) {
  const MeasurementRange* pitch = findRange("calcaneal_pitch_deg");
  ASSERT_NE(pitch, nullptr);
  EXPECT_EQ(describe(*pitch, 23.14f), "Calcaneal pitch 23.1\u00b0  (normal 20-30)");
  EXPECT_EQ(formatValue(*findRange("navicular_height_mm"), 41.66f), "41.7 mm");
  EXPECT_EQ(formatValue(*findRange("meary_angle_deg"), -0.01f), "0.0\u00b0");
  EXPECT_EQ(formatValue(*findRange("meary_angle_deg"), -3.26f), "-3.3\u00b0");
  EXPECT_STREQ(verdictLabel(Verdict::Borderline), "borderline");
}
