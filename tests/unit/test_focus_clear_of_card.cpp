// Focus frames the selection clear of its card: with a structure selected the free area
// the camera frames into ends left of where the card stands (ui/card_layout.h), so the card
// does not cover what was just framed.
#include "controller_fixture.h"

#include "ui/card_layout.h"

#include <gtest/gtest.h>

namespace {

int indexOf(const anatomy::Atlas& atlas, const std::string& id) {
  for (std::size_t i = 0; i < atlas.structures.size(); ++i)
    if (atlas.structures[i].id == id) return static_cast<int>(i);
  return -1;
}

TEST(FocusClearOfCard, TheFreeAreaEndsLeftOfTheCardWhenSomethingIsSelected) {
  testsupport::Fixture f;
  f.state.panelsOnScreen = true;
  f.state.viewportWidth = 1600;
  f.state.viewportHeight = 900;
  const float before = f.controller.freeArea(f.state.views.front()).x1;
  const int spur = indexOf(f.state.atlas, "calcific_spur");
  ASSERT_GE(spur, 0);
  f.apply(ui::makeCommand(ui::CommandKind::Select, spur));
  ASSERT_EQ(f.state.display.selected, spur);
  const geometry::FreeArea area = f.controller.freeArea(f.state.views.front());
  EXPECT_LT(area.x1, before);
  // The framed area's centre lies left of the card's left edge.
  const ui::CardBox card = ui::cardBox(0.0f, 1600.0f, 430.0f, 1.0f);
  EXPECT_LT(0.5f * (area.x0 + area.x1) * 1600.0f, card.right - card.width);
}

}  // namespace
