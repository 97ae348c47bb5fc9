#include "app/frame_plan.h"
#include "anatomy/landmark_ids.h"

#include "app/scene_builder.h"
#include "geometry/section_plane.h"

#include <algorithm>
#include <cmath>

namespace app {

namespace {
render::SceneStyle styleOf(anatomy::ViewMode mode) {
  switch (mode) {
    case anatomy::ViewMode::XRay: return render::SceneStyle::XRay;
    case anatomy::ViewMode::Section: return render::SceneStyle::Section;
    default: return render::SceneStyle::Shaded;
  }
}
}  // namespace

glm::vec3 sectionAnchor(const anatomy::Atlas& atlas) {
  // The insertion of the Achilles: the default sagittal cut then passes through tendon,
  // bursa, fat pad, spur and calcaneus at once.
  if (const anatomy::Landmark* insertion = atlas.findLandmark(anatomy::lm::kAchillesInsertionCentre))
    return insertion->position;
  if (const anatomy::Structure* tendon = atlas.find("achilles_tendon"); tendon && !tendon->mesh.positions.empty())
    return tendon->mesh.bounds().center();
  const geometry::Bounds all = atlas.bounds();
  return all.valid() ? all.center() : glm::vec3(0.0f);
}

glm::vec4 sectionPlaneFor(const ViewSlot& view, const anatomy::Atlas& atlas) {
  // The plane squarest to the view's standard direction: it stays put while the user
  // orbits, and a new standard view turns it to face that view.
  float yaw = 0.0f, pitch = 0.0f;
  geometry::viewAngles(view.standardView, yaw, pitch);
  const glm::vec3 looking(std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch));
  const glm::vec3 eye = glm::vec3(glm::inverse(view.camera.view())[3]);
  const glm::vec4 plane =
      geometry::sectionPlane(sectionAnchor(atlas), view.section, geometry::sectionBaseFacing(looking));
  return geometry::facingAwayFrom(plane, eye);
}

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
    scene.frame.style = styleOf(v.mode);
    if (v.mode == anatomy::ViewMode::Section) scene.frame.sectionPlane = sectionPlaneFor(v, state.atlas);
    passes.push_back(std::move(scene));
    // Every mode keeps the measurement overlays: on the X-ray they are the film's angles.
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
