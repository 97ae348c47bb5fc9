#include "anatomy/see_through.h"

#include <gtest/gtest.h>

namespace {
anatomy::Atlas heelAtlas() {
  anatomy::Atlas a;
  for (const char* id : {"calcaneus", "achilles_tendon", "calcific_spur", "tendon_calcific_deposits"}) {
    anatomy::Structure s;
    s.id = id;
    a.structures.push_back(s);
  }
  a.conditionMorphs.push_back({"calcific_spur", "calcific_spur", "spur_growth", 1.0f});
  a.conditionMorphs.push_back({"tendon_calcification", "tendon_calcific_deposits", "deposit_growth", 1.0f});
  a.conditionMorphs.push_back({"haglund", "calcaneus", "haglund_prominence", 1.0f});
  return a;
}
}  // namespace

TEST(SeeThrough, OnlyTheStructureAroundAGrowthIsCapped) {
  const anatomy::Atlas a = heelAtlas();
  const std::vector<float> caps = anatomy::seeThroughOpacities(a);
  ASSERT_EQ(caps.size(), a.structures.size());
  EXPECT_EQ(caps[0], 1.0f);  // the calcaneus: Haglund grows on its surface, nothing to reveal
  EXPECT_EQ(caps[1], anatomy::kSeeThroughOpacity);
  EXPECT_EQ(caps[2], 1.0f);
  EXPECT_EQ(caps[3], 1.0f);
}

TEST(SeeThrough, TheRuleDoesNotDependOnThePreset) {
  // The same caps whatever is shown: a preset changes the pathology, never the tendon's look.
  const anatomy::Atlas a = heelAtlas();
  const std::vector<float> caps = anatomy::seeThroughOpacities(a);
  anatomy::Atlas withoutDeposits = a;
  withoutDeposits.conditionMorphs.erase(withoutDeposits.conditionMorphs.begin() + 1);
  EXPECT_EQ(anatomy::seeThroughOpacities(withoutDeposits), caps);  // the spur alone is enough
}

TEST(SeeThrough, AModelWithoutTheTendonOrTheSpurIsLeftAlone) {
  anatomy::Atlas a = heelAtlas();
  a.structures.erase(a.structures.begin() + 1);  // no tendon
  for (float cap : anatomy::seeThroughOpacities(a)) EXPECT_EQ(cap, 1.0f);
  a = heelAtlas();
  a.structures.erase(a.structures.begin() + 2, a.structures.end());  // the morphs name structures the file lacks
  for (float cap : anatomy::seeThroughOpacities(a)) EXPECT_EQ(cap, 1.0f);
}

TEST(SeeThrough, GrowthsInsideTheTendonAreDrawnAgainOverIt) {
  anatomy::Atlas a = heelAtlas();
  const std::vector<float> reveal = anatomy::revealOpacities(a);
  ASSERT_EQ(reveal.size(), a.structures.size());
  EXPECT_EQ(reveal[0], 0.0f);  // the calcaneus: nothing encloses it
  EXPECT_EQ(reveal[1], 0.0f);  // the tendon itself
  EXPECT_EQ(reveal[2], anatomy::kRevealOpacity);
  EXPECT_EQ(reveal[3], anatomy::kRevealOpacity);
  a.structures.erase(a.structures.begin() + 1);  // no tendon: nothing hides the growths
  for (float r : anatomy::revealOpacities(a)) EXPECT_EQ(r, 0.0f);
}
