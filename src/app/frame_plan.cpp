#include "app/frame_plan.h"

#include "app/scene_builder.h"

#include <algorithm>

namespace app {

std::vector<PlannedPass> planFrame(const AppState& state, const Controller& controller, int width, int height,
                                   bool moving) {
  std::vector<PlannedPass> passes;
  for (std::size_t i = 0; i < state.views.size(); ++i) {
    const ViewSlot& v = state.views[i];
    const int w = std::max(1, static_cast<int>(v.rect.width * static_cast<float>(width)));
    const int h = std::max(1, static_cast<int>(v.rect.height * static_cast<float>(height)));
    PlannedPass scene;
    scene.kind = PassKind::Scene;
    scene.view = static_cast<int>(i);
    scene.frame = buildFrame(state.atlas, state.display, v.camera, w, h,
                             sceneOptionsFor(v, static_cast<int>(i), state.atlas));
    scene.frame.viewportRect = glm::vec4(v.rect.x, v.rect.y, v.rect.width, v.rect.height);
    scene.frame.moving = moving;
    passes.push_back(std::move(scene));
    if (!controller.visibleOverlays(v).empty()) {
      PlannedPass overlays;
      overlays.kind = PassKind::Overlays;
      overlays.view = static_cast<int>(i);
      passes.push_back(std::move(overlays));
    }
  }
  return passes;
}

}  // namespace app
