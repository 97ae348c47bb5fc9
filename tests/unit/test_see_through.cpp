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

TEST(SeeThrough, NothingIsCappedWithoutPathologyInside) {
  const anatomy::Atlas a = heelAtlas();
  anatomy::Conditions c;
  c.set(anatomy::ConditionId::Haglund, 1.0f);  // grows on the bone's surface: nothing to reveal
  for (float cap : anatomy::seeThroughOpacities(a, c)) EXPECT_EQ(cap, 1.0f);
}

TEST(SeeThrough, TendonTurnsSeeThroughWhileTheSpurOrDepositsGrow) {
  const anatomy::Atlas a = heelAtlas();
  for (anatomy::ConditionId id : {anatomy::ConditionId::CalcificSpur, anatomy::ConditionId::TendonCalcification}) {
    anatomy::Conditions c;
    c.set(id, 0.5f);
    const std::vector<float> caps = anatomy::seeThroughOpacities(a, c);
    ASSERT_EQ(caps.size(), a.structures.size());
    EXPECT_EQ(caps[1], anatomy::kSeeThroughOpacity);
    EXPECT_EQ(caps[0], 1.0f);
    EXPECT_EQ(caps[2], 1.0f);
    c.set(id, 0.01f);  // too small to see: the tendon stays solid
    EXPECT_EQ(anatomy::seeThroughOpacities(a, c)[1], 1.0f);
  }
}

TEST(SeeThrough, AModelWithoutTheTendonOrTheSpurIsLeftAlone) {
  anatomy::Atlas a = heelAtlas();
  a.structures.erase(a.structures.begin() + 1);  // no tendon
  anatomy::Conditions c;
  c.set(anatomy::ConditionId::CalcificSpur, 1.0f);
  for (float cap : anatomy::seeThroughOpacities(a, c)) EXPECT_EQ(cap, 1.0f);
  a = heelAtlas();
  a.structures.erase(a.structures.begin() + 2);  // the morph names a structure the file lacks
  for (float cap : anatomy::seeThroughOpacities(a, c)) EXPECT_EQ(cap, 1.0f);
}
