// Draws the name labels of structures over the scene: a dark box with the name in large
// type, joined to a dot on the structure by a haloed leader line. Positions come from the
// pure layout (geometry/label_layout.h); anchors hidden behind other geometry are drawn
// dimmed with a hollow dot. Recomputed every frame, so labels follow the camera.
#pragma once

#include "geometry/label_layout.h"
#include "ui/overlay_drawing.h"

#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace ui {

struct LabelItem {
  std::string text;
  glm::vec3 point{0.0f};  // world space
  bool visible = true;
};

struct DrawnLabel {
  std::string text;
  geometry::ScreenRect box;
  glm::vec2 anchor{0.0f};
  bool visible = true;
};

// Labels avoid `avoid` (overlay legend and tags) and stay in the screen's free area.
// Needs an ImGui frame in progress; returns what was drawn (for tests and --print-labels).
std::vector<DrawnLabel> drawLabels(const std::vector<LabelItem>& items, const OverlayScreen& screen,
                                   const std::vector<geometry::ScreenRect>& avoid);

}  // namespace ui
