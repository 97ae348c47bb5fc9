// The verdict bands of the one fact table: red only beyond a published pathological
// cut-off, amber ("outside the typical range") for milder grades, suggestive signs and
// anything without a validated cut-off; readout wording and tooltips come from the bands.
#include "anatomy/measurement_ranges.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace anatomy;

TEST(MeasurementRanges, VerdictBandsFollowTheReference) {
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 23.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 20.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 30.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 19.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 18.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 15.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("calcaneal_pitch_deg", 33.0f), Verdict::Pathological);  // cavus

  EXPECT_EQ(verdictFor("hindfoot_valgus_deg", 4.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("hindfoot_valgus_deg", 7.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("hindfoot_valgus_deg", 9.0f), Verdict::Pathological);

  EXPECT_EQ(verdictFor("intermalleolar_distance_mm", 10.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("intermalleolar_distance_mm", 50.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("intermalleolar_distance_mm", 90.0f), Verdict::Pathological);

  EXPECT_EQ(verdictFor("ppl_bursal_projection_mm", -2.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("ppl_bursal_projection_mm", 1.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("meary_angle_deg", 20.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("meary_angle_deg", 10.0f), Verdict::Borderline);  // mild planus
  EXPECT_EQ(verdictFor("meary_angle_deg", -1.0f), Verdict::Normal);
}

// Issue 8: adults 25-45 (25-50 is a child range).
TEST(MeasurementRanges, TalocalcanealUsesTheAdultRange) {
  EXPECT_EQ(verdictFor("talocalcaneal_lateral_deg", 44.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("talocalcaneal_lateral_deg", 47.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("talocalcaneal_lateral_deg", 24.0f), Verdict::Pathological);
}

// Issue 7: the navicular norms are a 68% interval, so "low" is amber, not abnormal.
TEST(MeasurementRanges, LowNavicularIsAmber) {
  EXPECT_EQ(verdictFor("navicular_height_mm", 40.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("navicular_height_mm", 27.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("navicular_height_mm", 35.5f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("navicular_height_mm", 26.0f), Verdict::Pathological);  // "severely low"
  EXPECT_EQ(verdictFor("navicular_height_mm", 70.0f), Verdict::Borderline);
  EXPECT_EQ(verdictText(*findRange("navicular_height_mm"), 30.0f), "low: outside the typical range");
}

// Issue 3: Fowler-Philip > 75 is suggestive only, never red.
TEST(MeasurementRanges, FowlerPhilipIsNeverRed) {
  for (float v : {20.0f, 40.0f, 72.0f, 76.0f, 90.0f, 120.0f})
    EXPECT_NE(verdictFor("fowler_philip_deg", v), Verdict::Pathological) << v;
  EXPECT_EQ(verdictFor("fowler_philip_deg", 60.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("fowler_philip_deg", 80.0f), Verdict::Borderline);
  EXPECT_NE(verdictText(*findRange("fowler_philip_deg"), 80.0f).find("suggestive"), std::string::npos);
}

// Issue 9: varus is amber in both knee measures (often constitutional), valgus red in both.
TEST(MeasurementRanges, KneeMeasuresShareOneScheme) {
  EXPECT_EQ(verdictFor("hka_deg", 180.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("hka_deg", 184.0f), Verdict::Pathological);
  EXPECT_EQ(verdictFor("hka_deg", 176.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("hka_deg", 165.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("mad_mm", -8.0f), Verdict::Normal);   // 8 mm medial
  EXPECT_EQ(verdictFor("mad_mm", -15.0f), Verdict::Normal);
  EXPECT_EQ(verdictFor("mad_mm", -20.0f), Verdict::Borderline);  // > 15 mm medial: varus
  EXPECT_EQ(verdictFor("mad_mm", -60.0f), Verdict::Borderline);
  EXPECT_EQ(verdictFor("mad_mm", 10.0f), Verdict::Pathological);  // lateral: valgus
  EXPECT_EQ(findRange("mad_mm")->normalText, "1-15 medial");
  EXPECT_NE(verdictText(*findRange("mad_mm"), -20.0f).find("varus"), std::string::npos);
  EXPECT_NE(verdictText(*findRange("hka_deg"), 176.0f).find("varus"), std::string::npos);
}

// Issue 10: the spur is graded, never called pathological; the bursa limits are MRI values.
TEST(MeasurementRanges, SpurIsGradedAndTheBursaNamesItsModality) {
  const MeasurementRange& spur = *findRange("spur_length_mm");
  EXPECT_EQ(verdict(spur, 0.0f), Verdict::Normal);
  for (float v : {2.0f, 7.0f, 14.0f}) EXPECT_EQ(verdict(spur, v), Verdict::Borderline) << v;
  EXPECT_EQ(bandFor(spur, 2.0f)->name, "small");
  EXPECT_EQ(bandFor(spur, 7.0f)->name, "medium");
  EXPECT_EQ(bandFor(spur, 14.0f)->name, "large");
  const MeasurementRange& bursa = *findRange("bursa_ap_mm");
  EXPECT_NE(bursa.note.find("MRI"), std::string_view::npos);
  EXPECT_EQ(bursa.note.find("3-6"), std::string_view::npos) << "a model setting is not a clinical fact";
  EXPECT_EQ(verdict(bursa, 1.0f), Verdict::Normal);
  EXPECT_EQ(verdict(bursa, 3.0f), Verdict::Pathological);
  // The inclination has a readout but no cut-off: never amber or red, whatever its value.
  const MeasurementRange* inclination = findRange("spur_inclination_deg");
  ASSERT_NE(inclination, nullptr);
  for (float v : {0.0f, 15.0f, 25.0f, 45.0f}) EXPECT_EQ(verdict(*inclination, v), Verdict::Unknown) << v;
}

// Issue 12: the 6 mm limit is a midportion ultrasound value; the insertion has no cut-off.
TEST(MeasurementRanges, TendonThicknessNamesSiteAndModality) {
  const MeasurementRange& insertion = *findRange("achilles_thickness_insertion_mm");
  const MeasurementRange& midportion = *findRange("achilles_thickness_midportion_mm");
  EXPECT_NE(insertion.note.find("ultrasound"), std::string_view::npos);
  EXPECT_NE(midportion.note.find("ultrasound"), std::string_view::npos);
  for (float v : {5.5f, 7.5f, 12.0f}) EXPECT_EQ(verdict(insertion, v), Verdict::Borderline) << v;
  EXPECT_EQ(verdict(midportion, 5.0f), Verdict::Normal);
  EXPECT_EQ(verdict(midportion, 6.5f), Verdict::Borderline);
  EXPECT_EQ(verdict(midportion, 7.5f), Verdict::Pathological);
  EXPECT_EQ(findRange("hindfoot_valgus_deg")->label, "Hindfoot alignment");
}

TEST(MeasurementRanges, UnknownKeysAndNonFiniteValues) {
  EXPECT_EQ(findRange("no_such_measure"), nullptr);
  EXPECT_EQ(verdictFor("no_such_measure", 1.0f), Verdict::Unknown);
  EXPECT_EQ(verdictFor("hka_deg", std::numeric_limits<float>::quiet_NaN()), Verdict::Unknown);
  EXPECT_EQ(verdictFor("navicular_drop_mm", 12.0f), Verdict::Unknown) << "stated only, no readout";
  EXPECT_EQ(verdictText(*findRange("hka_deg"), std::numeric_limits<float>::quiet_NaN()), "");
}

TEST(MeasurementRanges, EveryReadoutRowIsConsistent) {
  for (const MeasurementRange& r : measurementRanges()) {
    if (!r.readout) continue;
    SCOPED_TRACE(std::string(r.key));
    EXPECT_LE(shortLabel(r).size(), 24u) << "fits the Conditions panel's table";
    EXPECT_EQ(findRange(r.key), &r);
    if (r.bands.empty()) continue;  // measured, but the reference gives no cut-off
    EXPECT_LE(normalLow(r), normalHigh(r));
    EXPECT_FALSE(r.label.empty());
    EXPECT_FALSE(r.normalText.empty());
    const float inside = std::isfinite(normalLow(r)) ? normalLow(r) : normalHigh(r);
    EXPECT_EQ(verdict(r, inside), Verdict::Normal);
  }
}

TEST(MeasurementRanges, DescribeShowsValueUnitAndRange) {
  const MeasurementRange* pitch = findRange("calcaneal_pitch_deg");
  ASSERT_NE(pitch, nullptr);
  EXPECT_EQ(describe(*pitch, 23.14f), "Calcaneal pitch 23.1\u00b0  (normal 20-30)");
  EXPECT_EQ(formatValue(*findRange("navicular_height_mm"), 41.66f), "41.7 mm");
  EXPECT_EQ(formatValue(*findRange("meary_angle_deg"), -0.01f), "0.0\u00b0");
  EXPECT_EQ(formatValue(*findRange("meary_angle_deg"), -3.26f), "-3.3\u00b0");
  EXPECT_STREQ(verdictLabel(Verdict::Borderline), "outside the typical range");
  EXPECT_STREQ(verdictLabel(Verdict::Pathological), "abnormal");
}

TEST(MeasurementRanges, FactLineIsBuiltFromTheBands) {
  const std::string line = factLine(*findRange("navicular_height_mm"));
  EXPECT_EQ(line.find("Navicular height (standing), mm: normal 36-55; low < 36; severely low < 27; high > 55"), 0u)
      << line;
  EXPECT_NE(line.find("68%"), std::string::npos);
  EXPECT_NE(line.find("[Nilsson"), std::string::npos);
  EXPECT_EQ(factLine(*findFact("navicular_drop_mm")).find("Navicular drop, mm: healthy 6-18"), 0u);
}

// A readout's colour must match the number it prints: the verdict of a value is the
// verdict of its printed one-decimal form, including just above a "<= 0" limit.
TEST(MeasurementRanges, VerdictFollowsThePrintedValue) {
  EXPECT_EQ(verdictFor("ppl_bursal_projection_mm", 0.02f), Verdict::Normal) << "prints as 0.0 mm";
  EXPECT_EQ(verdictFor("ppl_bursal_projection_mm", 0.06f), Verdict::Pathological) << "prints as 0.1 mm";
  for (const MeasurementRange& r : measurementRanges()) {
    if (!r.readout) continue;
    for (float v = -40.0f; v <= 200.0f; v += 0.013f) {
      const float printed = std::stof(formatValue(r, v));
      ASSERT_EQ(verdict(r, v), verdict(r, printed)) << r.key << " at " << v << " printed " << printed;
    }
  }
}
