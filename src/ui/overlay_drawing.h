// Draws measurement overlays (anatomy/overlays.h) over the rendered scene with ImGui's
// background draw list: thick anti-aliased lines with a dark halo, arcs and tags in
// their verdict's colour, and a legend of full readouts with normal ranges. Sized from
// the frame height so it reads from the back of a lecture hall.
#pragma once

#include "anatomy/overlays.h"
#include "anatomy/palette.h"
#include "geometry/label_layout.h"

#include <glm/glm.hpp>

#include <vector>

namespace ui {

struct OverlayScreen {
  glm::mat4 viewProjection{1.0f};
  float width = 1.0f, height = 1.0f;  // the view's size in ImGui pixels
  float originX = 0.0f, originY = 0.0f;  // its top-left corner (a split screen has two views)
  // Part of the screen the panels leave free (pixels, top-left origin): the legend goes there.
  float left = 0.0f, top = 0.0f, right = 1.0f, bottom = 1.0f;
  // Where the framed model lies on screen (pixels); the legend avoids it when it can.
  glm::vec2 modelMin{0.0f}, modelMax{0.0f};
  anatomy::Palette palette = anatomy::Palette::Default;
  // The UI's text scale against the one the window opened at (presentation mode: 2 or more):
  // the readouts and the legend grow with it, as the panels' text does.
  float textScale = 1.0f;
};

// Needs an ImGui frame in progress. Returns the boxes it drew text in (tags, legend), which
// structure labels keep clear of.
std::vector<geometry::ScreenRect> drawOverlays(const std::vector<anatomy::Overlay>& overlays, const OverlayScreen& screen);

}  // namespace ui
