#include "app/view_picking.h"

#include "anatomy/see_through.h"
#include "app/scene_builder.h"

#include <algorithm>

namespace app {

namespace {
constexpr float kOpaqueEnoughToPick = 0.5f;

}  // namespace

std::optional<geometry::PickHit> pickInView(const AppState& state, int viewIndex, glm::vec2 ndc, float aspect) {
  if (viewIndex < 0 || viewIndex >= static_cast<int>(state.views.size())) return std::nullopt;
  const ViewSlot& v = state.views[static_cast<std::size_t>(viewIndex)];
  const geometry::Ray ray = geometry::rayThroughPixel(v.camera, aspect, ndc);
  SceneOptions scene = sceneOptionsFor(v, viewIndex, state.atlas);  // posed, so clicks find what is drawn
  // What is drawn see-through (the tendon around a growth) is not opaque: clicks pass to what
  // shows behind it, and reach it only where nothing opaque is behind.
  const std::vector<float> caps = anatomy::seeThroughOpacities(state.atlas);
  std::vector<bool> seeThrough(caps.size());
  for (std::size_t i = 0; i < caps.size(); ++i) seeThrough[i] = caps[i] < kOpaqueEnoughToPick;
  scene.skip = &seeThrough;
  auto hit = geometry::pickNearest(ray, pickTargets(state.atlas, state.display, scene, kOpaqueEnoughToPick));
  scene.skip = nullptr;
  if (!hit) hit = geometry::pickNearest(ray, pickTargets(state.atlas, state.display, scene, 0.0f));
  return hit;
}

int pickedStructure(const AppState& state, const geometry::PickHit& hit) {
  return structureFromPickId(state.atlas, hit.id);
}

}  // namespace app
