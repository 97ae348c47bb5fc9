// The card (info panel) fits the window at every UI scale from 1x to 3x on 1280x720 and
// 1920x1080: its box lies inside the work area and its text wraps at the box's width.
#include "ui/card_layout.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

struct Window {
  float width, height;
};

// The Conditions panel's share of the right edge, as the panel reports it (430 at 1x).
float conditionsShare(float scale) { return 430.0f * scale; }

TEST(CardLayout, TheCardStaysInsideTheWindowAtEveryScale) {
  for (const Window w : {Window{1280.0f, 720.0f}, Window{1920.0f, 1080.0f}}) {
    for (float scale = 1.0f; scale <= 3.0f; scale += 0.25f) {
      for (const bool conditions : {true, false}) {
        const float workX = 0.0f;
        const ui::CardBox box = ui::cardBox(workX, w.width, conditions ? conditionsShare(scale) : 0.0f, scale);
        const float left = box.right - box.width;
        EXPECT_GE(left, workX) << w.width << " at " << scale << "x";
        EXPECT_LE(box.right, workX + w.width) << w.width << " at " << scale << "x";
        // Wide enough to read: at least a third of the window, or the card's own width.
        EXPECT_GE(box.width, std::min(ui::kCardPanelWidth * scale, w.width / 3.0f)) << w.width << " at " << scale << "x";
      }
    }
  }
}

TEST(CardLayout, BesideTheConditionsPanelWhenThereIsRoom) {
  const ui::CardBox box = ui::cardBox(0.0f, 1920.0f, conditionsShare(1.0f), 1.0f);
  EXPECT_FLOAT_EQ(box.width, ui::kCardPanelWidth);
  EXPECT_LE(box.right, 1920.0f - conditionsShare(1.0f));
}

TEST(CardLayout, OverTheConditionsPanelRatherThanSqueezedAtLargeText) {
  // 3x on 1280 wide: the Conditions panel alone is wider than the window.
  const ui::CardBox box = ui::cardBox(0.0f, 1280.0f, conditionsShare(3.0f), 3.0f);
  EXPECT_GT(box.width, 1000.0f);
  EXPECT_LE(box.right, 1280.0f);
}

TEST(CardLayout, SidePanelsNeverOverlapAndLeaveRoomForTheModel) {
  for (const Window w : {Window{1280.0f, 720.0f}, Window{1920.0f, 1080.0f}, Window{1024.0f, 768.0f}}) {
    for (float scale = 1.0f; scale <= 3.0f; scale += 0.25f) {
      const ui::SidePanelWidths p = ui::sidePanelWidths(w.width, scale);
      const float margin = ui::kSidePanelMargin * scale;
      const float leftEdge = margin + p.structures;             // the Structures panel's right edge
      const float rightEdge = w.width - margin - p.conditions;  // the Conditions panel's left edge
      EXPECT_GE(rightEdge - leftEdge, ui::kModelShare * w.width - 1.0f) << w.width << " at " << scale << "x";
      EXPECT_GT(p.structures, 0.0f);
      EXPECT_GT(p.conditions, p.structures);  // the wider panel stays the wider one
    }
  }
}

TEST(CardLayout, SidePanelsKeepTheirOwnWidthWhereTheyFit) {
  const ui::SidePanelWidths p = ui::sidePanelWidths(1920.0f, 1.0f);
  EXPECT_FLOAT_EQ(p.structures, ui::kStructurePanelWidth);
  EXPECT_FLOAT_EQ(p.conditions, ui::kConditionsPanelWidth);
  // 3x on 1920 wide would need 2400 pixels for the two panels alone: they narrow.
  EXPECT_LT(ui::sidePanelWidths(1920.0f, 3.0f).conditions, ui::kConditionsPanelWidth * 3.0f);
}

TEST(CardLayout, TheCaptionStandsBetweenTheSidePanels) {
  // The lesson caption and the quiz: between the panels at every scale on 1280 and 1920
  // wide (the panels leave room since they narrow), never wider than asked.
  for (const Window w : {Window{1280.0f, 720.0f}, Window{1920.0f, 1080.0f}}) {
    for (float scale = 1.0f; scale <= 3.0f; scale += 0.25f) {
      const ui::SidePanelWidths p = ui::sidePanelWidths(w.width, scale);
      const float margin = ui::kSidePanelMargin * scale;
      const float leftShare = p.structures + margin, rightShare = p.conditions + margin;
      const ui::CentreBand band = ui::centreBand(0.0f, w.width, leftShare, rightShare, scale, 1100.0f * scale);
      EXPECT_GE(band.centre - 0.5f * band.width, leftShare) << w.width << " at " << scale << "x";
      EXPECT_LE(band.centre + 0.5f * band.width, w.width - rightShare) << w.width << " at " << scale << "x";
      EXPECT_LE(band.width, 1100.0f * scale);
    }
  }
  // Without panels the band is the window less its margins, up to the width asked for.
  const ui::CentreBand open = ui::centreBand(0.0f, 1920.0f, 0.0f, 0.0f, 1.0f, 1100.0f);
  EXPECT_FLOAT_EQ(open.width, 1100.0f);
  EXPECT_FLOAT_EQ(open.centre, 960.0f);
}

TEST(CardLayout, ANarrowGapGivesTheCaptionAQuarterOfTheWindow) {
  const ui::CentreBand band = ui::centreBand(0.0f, 1000.0f, 450.0f, 450.0f, 1.0f, 1100.0f);
  EXPECT_FLOAT_EQ(band.width, ui::kMinBandShare * 1000.0f);
  EXPECT_FLOAT_EQ(band.centre, 500.0f);
}

TEST(CardLayout, AnOffsetWorkAreaIsRespected) {
  const ui::CardBox box = ui::cardBox(100.0f, 800.0f, 0.0f, 3.0f);
  EXPECT_GE(box.right - box.width, 100.0f);
  EXPECT_LE(box.right, 900.0f);
}

}  // namespace
