#include "anatomy/view_state.h"

#include <gtest/gtest.h>

using namespace anatomy;

namespace {
Atlas sampleAtlas() {
  Atlas a;
  const std::pair<const char*, Category> items[] = {{"calcaneus", Category::Bone},   {"talus", Category::Bone},
                                                    {"achilles_tendon", Category::Tendon},
                                                    {"retrocalcaneal_bursa", Category::Bursa},
                                                    {"skin", Category::Skin}};
  for (const auto& [id, cat] : items) {
    Structure s;
    s.id = id;
    s.name = prettyName(id);
    s.category = cat;
    a.structures.push_back(s);
  }
  return a;
}
}  // namespace

TEST(ViewState, DefaultsKeepBoneSolidAndSkinTranslucent) {
  const Atlas a = sampleAtlas();
  const ViewState v = makeViewState(a);
  ASSERT_EQ(v.display.size(), a.structures.size());
  EXPECT_FLOAT_EQ(v.display[0].opacity, 1.0f);
  EXPECT_LT(v.display[4].opacity, 0.5f);
  EXPECT_TRUE(isShown(v, 4));
}

TEST(ViewState, CategoryHideAndIsolate) {
  const Atlas a = sampleAtlas();
  ViewState v = makeViewState(a);
  setCategoryVisible(a, v, Category::Bone, false);
  EXPECT_EQ(countVisibleInCategory(a, v, Category::Bone), 0);
  EXPECT_TRUE(isShown(v, 2));
  isolateCategory(a, v, Category::Tendon);
  EXPECT_TRUE(v.isolated);
  EXPECT_TRUE(isShown(v, 2));
  EXPECT_FALSE(isShown(v, 3));
  showAll(a, v);
  EXPECT_FALSE(v.isolated);
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(isShown(v, i));
}

TEST(ViewState, FadeClampsAndHiddenByIdsReportsUnknown) {
  const Atlas a = sampleAtlas();
  ViewState v = makeViewState(a);
  setOpacity(v, 0, 3.0f);
  EXPECT_FLOAT_EQ(v.display[0].opacity, 1.0f);
  setCategoryOpacity(a, v, Category::Bone, kFadedOpacity);
  EXPECT_FLOAT_EQ(v.display[1].opacity, kFadedOpacity);
  const auto missing = hideByIds(a, v, {"talus", "unicorn_horn"});
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0], "unicorn_horn");
  EXPECT_FALSE(isShown(v, 1));
  setVisible(v, 99, false);  // out of range is ignored
}

TEST(ViewState, SearchMatchesNameOrIdIgnoringCase) {
  const Atlas a = sampleAtlas();
  EXPECT_TRUE(matchesSearch(a.structures[2], "ACHIL"));
  EXPECT_TRUE(matchesSearch(a.structures[3], "retrocalc"));
  EXPECT_FALSE(matchesSearch(a.structures[0], "bursa"));
  EXPECT_TRUE(matchesSearch(a.structures[0], ""));
}

TEST(Structure, IdsAndCategoriesFromNames) {
  EXPECT_EQ(makeId("Left Gastrocnemius (medial head)"), "left_gastrocnemius_medial_head");
  EXPECT_EQ(makeId("  --  "), "structure");
  EXPECT_EQ(prettyName("medial_cuneiform"), "Medial cuneiform");
  EXPECT_EQ(guessCategory("VHF_Right_Bone_Calcaneous_smooth"), Category::Bone);
  EXPECT_EQ(guessCategory("Retrocalcaneal Bursa"), Category::Bursa);
  EXPECT_EQ(guessCategory("Achilles"), Category::Tendon);
  EXPECT_EQ(guessCategory("Muscle_Soleus"), Category::Muscle);
  EXPECT_EQ(guessCategory("Cube"), Category::Other);
  for (Category c : kAllCategories) EXPECT_EQ(parseCategory(categoryId(c)), c);
}
