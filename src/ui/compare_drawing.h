// What the compare view adds over the scene: each half's label ("Normal heel", "Your heel"),
// the ghost (the normal outline drawn over the case) with its key, and freehand pen strokes.
// ImGui draw lists, sized from the frame height like the overlays.
#pragma once

#include "ui/overlay_drawing.h"

#include <glm/glm.hpp>

#include <string>
#include <utility>
#include <vector>

namespace ui {

// Needs an ImGui frame in progress. The label sits at the top centre of the view's free area.
void drawViewLabel(const std::string& label, const OverlayScreen& screen);
// Segments in model space; a short key "--- normal outline" goes at the view's bottom left.
void drawGhostOutline(const std::vector<std::pair<glm::vec3, glm::vec3>>& segments, const OverlayScreen& screen);
// Numbered pins (model-space points) with their notes, numbered from 1 as in the case.
void drawPins(const std::vector<std::pair<glm::vec3, std::string>>& pins, const OverlayScreen& screen);
// Points in window pixels (top-left origin).
void drawStroke(const std::vector<glm::vec2>& points);

}  // namespace ui
