// How wide the side panels are, where the lesson caption and the quiz stand between them, and where the card (info panel) goes, from the window's work
// area, the Conditions panel's share of the right edge and the UI scale. Pure, so the fit rules
// (the panels never overlap or leave the window, the card's wrapped text never reaches past it)
// are tested without ImGui.
#pragma once

#include <algorithm>

namespace ui {

struct CardBox {
  float right = 0.0f;  // the card's right edge (it is anchored there)
  float width = 0.0f;  // fixed width: text wraps at it
};

inline constexpr float kCardPanelWidth = 420.0f;  // at UI scale 1
inline constexpr float kStructurePanelWidth = 340.0f;   // the left panel, at UI scale 1
inline constexpr float kConditionsPanelWidth = 430.0f;  // the right panel, at UI scale 1
inline constexpr float kSidePanelMargin = 10.0f;        // from the window edge, at UI scale 1
inline constexpr float kModelShare = 0.3f;  // of the window's width kept clear for the model

struct SidePanelWidths {
  float structures = 0.0f;
  float conditions = 0.0f;
};

// At their own widths while both panels fit with kModelShare of the window left between them;
// at large text on a small window both narrow in proportion, so they never lie over each
// other (or past the window) and the model still shows between them.
inline SidePanelWidths sidePanelWidths(float workWidth, float scale) {
  const float wanted = (kStructurePanelWidth + kConditionsPanelWidth) * scale;
  const float room = std::max(1.0f, (1.0f - kModelShare) * workWidth - 2.0f * kSidePanelMargin * scale);
  const float factor = wanted > room ? room / wanted : 1.0f;
  return {kStructurePanelWidth * scale * factor, kConditionsPanelWidth * scale * factor};
}

inline constexpr float kMinBandShare = 0.25f;  // of the window: the narrowest caption or quiz band

struct CentreBand {
  float centre = 0.0f;
  float width = 0.0f;
};

// The band between the side panels (leftShare and rightShare: what each takes from its edge,
// margin included; 0 when hidden) for the lesson caption and the quiz, at most maxWidth wide.
// Only where the panels leave less than kMinBandShare of the window does the band lie over
// their inner edges, at that width.
inline CentreBand centreBand(float workX, float workWidth, float leftShare, float rightShare, float scale,
                             float maxWidth) {
  const float margin = kSidePanelMargin * scale;
  const float left = workX + leftShare + margin, right = workX + workWidth - rightShare - margin;
  const float gap = right - left;
  const float width = gap >= kMinBandShare * workWidth ? gap : kMinBandShare * workWidth;
  return {0.5f * (left + right), std::max(1.0f, std::min(width, maxWidth))};
}
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
