// The passes that draw one frame of the window: for each view, in order, its scene (drawn
// in the style its mode asks for: shaded, X-ray or section) and then the measurement
// overlays, in every mode. The window loop and the headless jobs run the plan; tests check
// it with render::NullBackend. A mode's drawing is a render::SceneStyle, its pass in src/render.
#pragma once

#include "app/app_state.h"
#include "app/controller.h"
#include "render/frame.h"

#include <vector>

namespace app {

enum class PassKind { Scene, Overlays };

struct PlannedPass {
  PassKind kind = PassKind::Scene;
  int view = 0;
  render::FrameDesc frame;  // Scene: what the backend draws
};

// Where the default section plane passes: the Achilles insertion (or the tendon's centre,
// or the middle of a user's model).
glm::vec3 sectionAnchor(const anatomy::Atlas& atlas);
// The view's section plane in world space, signed so the half toward its camera is cut away.
glm::vec4 sectionPlaneFor(const ViewSlot& view, const anatomy::Atlas& atlas);

// width, height: the window's (or screenshot's) size in pixels. moving: the view is changing
// (coarse meshes, one translucent layer).
std::vector<PlannedPass> planFrame(const AppState& state, const Controller& controller, int width, int height,
                                   bool moving);

}  // namespace app
