// The one palette: neighbouring heel tissues far apart in CIELAB, deposits told from the
// tendon by the model's data (a growth collapsed at rest), verdicts in one place.
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
