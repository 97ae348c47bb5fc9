// Dynamic resolution policy: still views are full quality; moving views step down while
// frames are over budget, back up when they are quick, and keep their level between moves.
#include "render/dynamic_resolution.h"

#include <gtest/gtest.h>

using render::DynamicResolution;

namespace {
void run(DynamicResolution& d, int frames, double ms) {
  for (int i = 0; i < frames; ++i) {
    d.next(true);
    d.frameTime(ms);
  }
}
}  // namespace

TEST(DynamicResolution, StillFramesAreAlwaysFullQuality) {
  DynamicResolution d(16.0, 3);
  for (int i = 0; i < 10; ++i) {
    const auto q = d.next(false);
    d.frameTime(500.0);  // a slow still frame changes nothing
    EXPECT_EQ(q.scale, 1.0f);
    EXPECT_EQ(q.samples, 0);
  }
  EXPECT_EQ(d.level(), 3);
}

TEST(DynamicResolution, SlowMovingFramesStepDownToTheCoarsestLevel) {
  DynamicResolution d(16.0, 0);
  EXPECT_EQ(d.next(true).scale, 1.0f);
  run(d, 60, 100.0);
  EXPECT_EQ(d.level(), DynamicResolution::kLevels - 1);
  const auto q = d.next(true);
  EXPECT_LT(q.scale, 0.5f);   // below half size: the scene's fill cost keeps falling
  EXPECT_GE(q.scale, 0.33f);  // but a projected foot must still read
  EXPECT_EQ(q.samples, 1);
}

TEST(DynamicResolution, QuickMovingFramesStepBackUpToFullQuality) {
  DynamicResolution d(16.0, DynamicResolution::kLevels - 1);
  run(d, 60, 2.0);
  EXPECT_EQ(d.level(), 0);
  EXPECT_EQ(d.next(true).samples, 0);
}

TEST(DynamicResolution, FramesNearTheBudgetKeepTheLevel) {
  DynamicResolution d(16.0, 2);
  run(d, 60, 12.0);  // under budget but not comfortably so: no flicker between levels
  EXPECT_EQ(d.level(), 2);
}

TEST(DynamicResolution, OneSlowFrameDoesNotChangeTheLevel) {
  DynamicResolution d(16.0, 2);
  run(d, 10, 10.0);
  d.next(true);
  d.frameTime(80.0);
  EXPECT_EQ(d.level(), 2);
}

TEST(DynamicResolution, LevelsGetCoarserMonotonically) {
  for (int l = 1; l < DynamicResolution::kLevels; ++l)
    EXPECT_LE(DynamicResolution::qualityOf(l).scale, DynamicResolution::qualityOf(l - 1).scale);
  EXPECT_EQ(DynamicResolution::qualityOf(0).scale, 1.0f);
}

TEST(DynamicResolution, StepsDownOneLevelAtATimeThroughEveryLevel) {
  DynamicResolution d(16.0, 0);
  int previous = d.level();
  for (int i = 0; i < 60; ++i) {
    d.next(true);
    d.frameTime(100.0);
    EXPECT_LE(d.level() - previous, 1);
    previous = d.level();
  }
  EXPECT_EQ(previous, DynamicResolution::kLevels - 1);
}

TEST(DynamicResolution, OutOfRangeLevelsClampToTheEnds) {
  EXPECT_EQ(DynamicResolution::qualityOf(-3).scale, 1.0f);
  EXPECT_EQ(DynamicResolution::qualityOf(99).scale, DynamicResolution::qualityOf(DynamicResolution::kLevels - 1).scale);
  EXPECT_EQ(DynamicResolution(16.0, 99).level(), DynamicResolution::kLevels - 1);
}
