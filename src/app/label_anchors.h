// Where a structure's name label points: a spot on its surface that the camera sees, found
// by casting a ray at the structure (the picking the mouse uses), and whether other
// geometry hides that spot. Which structures get labels follows the label mode.
#pragma once

#include "app/app_state.h"

#include <glm/glm.hpp>

#include <string>
#include <vector>

namespace app {

struct LabelAnchor {
  int structure = -1;
  std::string text;       // the structure's name
  glm::vec3 point{0.0f};  // world space, on the structure's surface
  bool visible = true;    // false: something opaque lies between the camera and the point
};

// The structures the label mode names, most important first (the selection, then larger
// structures before smaller ones).
std::vector<int> labelledStructures(const AppState& state);
// Their anchors in view viewIndex (aspect: the view's). In "all" mode hidden anchors are
// left out; otherwise they are kept, marked not visible, to be drawn dimmed.
std::vector<LabelAnchor> labelAnchors(const AppState& state, int viewIndex, float aspect);

}  // namespace app
