// The passes that draw one frame of the window: for each view, in order, what its mode asks
// for (today the scene, then the measurement overlays). The window loop and the headless
// jobs run the plan; tests check it with render::NullBackend. A new mode (X-ray, section)
// adds its PassKind here, its choice in planFrame, and the pass itself in src/render.
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

// width, height: the window's (or screenshot's) size in pixels. moving: the view is changing
// (coarse meshes, one translucent layer).
std::vector<PlannedPass> planFrame(const AppState& state, const Controller& controller, int width, int height,
                                   bool moving);

}  // namespace app
