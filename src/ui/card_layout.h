// Where the card (info panel) goes and how wide it is, from the window's work area, the
// Conditions panel's share of the right edge and the UI scale. Pure, so the text-fit rule
// (the card, and so its wrapped text, never reaches past the window) is tested without ImGui.
#pragma once

#include <algorithm>

namespace ui {

struct CardBox {
  float right = 0.0f;  // the card's right edge (it is anchored there)
  float width = 0.0f;  // fixed width: text wraps at it
};

inline constexpr float kCardPanelWidth = 420.0f;  // at UI scale 1
inline constexpr float kCardMargin = 10.0f;       // from the window or panel edge, at UI scale 1

// Beside the Conditions panel when there is room for the card there; at large text on a
// small window the card lies over that panel instead of being squeezed to a sliver.
inline CardBox cardBox(float workX, float workWidth, float rightPanelWidth, float scale) {
  const float margin = kCardMargin * scale;
  const float preferred = kCardPanelWidth * scale;
  const float edge = workX + workWidth;
  float right = edge - rightPanelWidth;
  if (right - workX - 2.0f * margin < std::min(preferred, 0.5f * workWidth)) right = edge;
  CardBox box;
  box.right = right - margin;
  box.width = std::max(1.0f, std::min(preferred, right - workX - 2.0f * margin));
  return box;
}

}  // namespace ui
