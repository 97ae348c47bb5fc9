// The one palette: neighbouring heel tissues far apart in CIELAB, deposits told from the
// tendon by the model's data (a growth collapsed at rest), verdicts in one place.
#include "anatomy/measure_howto.h"
#include "anatomy/palette.h"

#include <gtest/gtest.h>

using namespace anatomy;

TEST(Palette, LabOfKnownColours) {
  EXPECT_NEAR(srgbToLab({1.0f, 1.0f, 1.0f}).x, 100.0f, 0.1f);
  EXPECT_NEAR(srgbToLab({0.0f, 0.0f, 0.0f}).x, 0.0f, 0.1f);
  const glm::vec3 red = srgbToLab({1.0f, 0.0f, 0.0f});  // about (53.2, 80.1, 67.2)
  EXPECT_NEAR(red.x, 53.2f, 0.5f);
  EXPECT_NEAR(red.y, 80.1f, 0.8f);
  EXPECT_NEAR(red.z, 67.2f, 0.8f);
  EXPECT_NEAR(deltaE76({0.5f, 0.5f, 0.5f}, {0.5f, 0.5f, 0.5f}), 0.0f, 1e-5f);
}

TEST(Palette, NeighbouringHeelTissuesDifferByThirtyDeltaE) {
  for (TissueClass a : kHeelClasses)
    for (TissueClass b : kHeelClasses) {
      if (a == b) continue;
      EXPECT_GE(deltaE76(tissueLook(a).color, tissueLook(b).color), 30.0f) << tissueClassId(a) << " / " << tissueClassId(b);
    }
}

TEST(Palette, DepositsAreTheGrowthsCollapsedAtRest) {
  Atlas atlas;
  Structure tendon, deposits, spur;
  tendon.id = "t";
  tendon.category = Category::Tendon;
  tendon.mesh.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  tendon.mesh.indices = {0, 1, 2};
  deposits = tendon;
  deposits.id = "d";
  deposits.mesh.positions = {{2, 2, 2}, {2, 2, 2}, {2, 2, 2}};
  spur = deposits;
  spur.id = "s";
  spur.category = Category::Bone;
  atlas.structures = {tendon, deposits, spur};
  EXPECT_EQ(tissueClassOf(atlas, 0), TissueClass::Tendon);
  EXPECT_EQ(tissueClassOf(atlas, 1), TissueClass::Deposit);
  EXPECT_EQ(tissueClassOf(atlas, 2), TissueClass::Bone);  // a spur is bone, grown or not
}

TEST(Palette, VerdictsAndOverlayTonesShareTheirColours) {
  EXPECT_NE(verdictColor(Verdict::Normal), verdictColor(Verdict::Pathological));
  EXPECT_EQ(overlayToneColor(OverlayTone::Verdict, Verdict::Borderline), verdictColor(Verdict::Borderline));
  EXPECT_GE(deltaE76(verdictColor(Verdict::Normal), verdictColor(Verdict::Pathological)), 30.0f);
}

TEST(Palette, DeuteranopiaSimulationKeepsGreysAndMergesRedWithGreen) {
  // A grey has no colour to lose: it comes back (nearly) unchanged.
  EXPECT_LT(deltaE76(simulateDeuteranopia({0.5f, 0.5f, 0.5f}), {0.5f, 0.5f, 0.5f}), 3.0f);
  // The classic confusion pair: a red and a green of similar lightness end up close.
  const glm::vec3 red{0.80f, 0.35f, 0.20f}, green{0.45f, 0.55f, 0.15f};
  EXPECT_LT(deltaE76(simulateDeuteranopia(red), simulateDeuteranopia(green)), 0.5f * deltaE76(red, green));
}

TEST(Palette, EveryPaletteKeepsItsVerdictsApartForDeuteranopes) {
  const Verdict verdicts[] = {Verdict::Normal, Verdict::Borderline, Verdict::Pathological};
  for (Palette p : kAllPalettes) {
    for (Verdict a : verdicts)
      for (Verdict b : verdicts) {
        if (a == b) continue;
        EXPECT_GE(deltaE76(verdictColor(a, p), verdictColor(b, p)), 20.0f) << paletteId(p);
        EXPECT_GE(deltaE76(simulateDeuteranopia(verdictColor(a, p)), simulateDeuteranopia(verdictColor(b, p))), 15.0f)
            << paletteId(p) << ": " << verdictLabel(a) << " / " << verdictLabel(b);
      }
    EXPECT_EQ(overlayToneColor(OverlayTone::Verdict, Verdict::Borderline, p), verdictColor(Verdict::Borderline, p));
  }
}

TEST(Palette, EachVerdictHasItsOwnGlyph) {
  const Verdict verdicts[] = {Verdict::Normal, Verdict::Borderline, Verdict::Pathological};
  for (Verdict a : verdicts) {
    EXPECT_NE(verdictGlyph(a), VerdictGlyph::None);
    for (Verdict b : verdicts) {
      if (a == b) continue;
      EXPECT_NE(verdictGlyph(a), verdictGlyph(b));
    }
  }
}

TEST(Palette, PaletteIdsRoundTrip) {
  for (Palette p : kAllPalettes) EXPECT_EQ(parsePalette(paletteId(p)), p);
  EXPECT_FALSE(parsePalette("sepia").has_value());
}

TEST(Palette, MeasureLinesDifferFromOneAnother) {
  for (Palette p : kAllPalettes)
    for (int i = 0; i < 5; ++i)
      for (int j = i + 1; j < 5; ++j) EXPECT_GE(deltaE76(measureLineColor(i, p), measureLineColor(j, p)), 20.0f) << paletteId(p) << i << j;
}

TEST(MeasureHowTo, EveryReadoutSaysHowItIsMeasured) {
  for (const MeasurementRange& r : measurementRanges())
    if (r.readout) {
      EXPECT_FALSE(howMeasured(r.key).empty()) << r.key;
    }
  EXPECT_TRUE(howMeasured("no_such_measure").empty());
}

TEST(MeasureHowTo, AxisDeviationNamesItsSide) {
  // Positive mad_mm: the hip-ankle line passes lateral of the knee (valgus).
  EXPECT_NE(axisDeviationWords(6.0f).find("lateral"), std::string::npos);
  EXPECT_NE(axisDeviationWords(-8.0f).find("medial"), std::string::npos);
  EXPECT_EQ(axisDeviationWords(-8.0f).find("lateral"), std::string::npos);
  EXPECT_NE(axisDeviationTag(-8.0f).find("8.0 mm medial"), std::string::npos);
}
