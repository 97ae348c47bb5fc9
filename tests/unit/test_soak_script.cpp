#include "app/soak_script.h"

#include "anatomy/conditions.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <set>

using ui::CommandKind;

TEST(SoakScript, TenThousandFramesExerciseEveryKindOfChange) {
  const int structures = 40;
  std::map<CommandKind, int> kinds;
  std::set<int> views, conditions, severities;
  int panelToggles = 0, helpToggles = 0;
  for (int frame = 0; frame < 10000; ++frame) {
    const app::SoakStep step = app::soakStep(frame, structures);
    panelToggles += step.togglePanels;
    helpToggles += step.toggleHelp;
    for (const ui::Command& c : step.commands) {
      ++kinds[c.kind];
      if (c.kind == CommandKind::SetView) views.insert(static_cast<int>(c.view));
      if (c.kind == CommandKind::SetSeverity) {
        conditions.insert(c.index);
        severities.insert(static_cast<int>(c.value * 4.0f + 0.5f));
        EXPECT_GE(c.value, 0.0f);
        EXPECT_LE(c.value, 1.0f);
      }
      if (c.kind == CommandKind::SetVisible || c.kind == CommandKind::Select || c.kind == CommandKind::Isolate) {
        EXPECT_GE(c.index, 0);
        EXPECT_LT(c.index, structures);
      }
      if (c.kind == CommandKind::SetPreset) {
        EXPECT_TRUE(anatomy::presetConditions(c.text).has_value()) << c.text;
      }
    }
  }
  EXPECT_EQ(views.size(), 7u) << "every standard view is visited";
  EXPECT_EQ(conditions.size(), anatomy::kConditionCount) << "every condition is graded";
  EXPECT_EQ(severities.size(), 5u) << "severities 0, .25, .5, .75 and 1";
  for (CommandKind k : {CommandKind::SetVisible, CommandKind::Select, CommandKind::SetCategoryOpacity,
                        CommandKind::Isolate, CommandKind::ShowAll, CommandKind::SetPreset, CommandKind::SetOverlay})
    EXPECT_GT(kinds[k], 0) << "command kind " << static_cast<int>(k) << " never played";
  EXPECT_GT(panelToggles, 10);
  EXPECT_GT(helpToggles, 10);
}

TEST(SoakScript, ModelWithoutStructuresGetsNoStructureCommands) {
  for (int frame = 0; frame < 3000; ++frame)
    for (const ui::Command& c : app::soakStep(frame, 0).commands)
      EXPECT_TRUE(c.kind != CommandKind::SetVisible && c.kind != CommandKind::Select && c.kind != CommandKind::Isolate);
}

// The soak run's moving level comes from the frame count, never from frame times, so a
// loaded machine plays the same session as a quiet one; each half visits every level.
TEST(SoakScript, MovingLevelsFollowTheFrameCountAndCoverBothHalves) {
  std::map<int, int> firstHalf, secondHalf;
  int level = 0;
  for (int frame = 0; frame < 10000; ++frame) {
    const app::SoakStep step = app::soakStep(frame, 40);
    EXPECT_EQ(step.movingLevel, app::soakStep(frame, 40).movingLevel) << "the script is deterministic";
    if (step.movingLevel != 0) {
      EXPECT_GE(step.movingLevel, 1);
      EXPECT_LE(step.movingLevel, 7);
      level = step.movingLevel;
    }
    ASSERT_NE(level, 0) << "a level is set from the first frame";
    ++(frame < 5000 ? firstHalf : secondHalf)[level];
  }
  EXPECT_EQ(firstHalf.size(), 7u);
  EXPECT_EQ(secondHalf.size(), 7u);
  for (const auto& [l, frames] : firstHalf) EXPECT_LE(std::abs(frames - secondHalf[l]), 200) << "level " << l;
}
