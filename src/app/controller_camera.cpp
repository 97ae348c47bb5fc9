// The camera half of the Controller: standard views, focus, orbit/pan/zoom, glides, and the
// overlays that belong to each view.
#include "app/controller.h"
#include "anatomy/heel_region.h"
#include "app/scene_builder.h"
#include "geometry/camera_moves.h"
#include "ui/card_layout.h"

#include <algorithm>
#include <stdexcept>

namespace app {

namespace {
constexpr float kSuperiorCutMm = 110.0f;  // above the malleoli, below the Achilles insertion's top
// Room around the heel in its close-ups (anatomy::heelRegionPoints): a little for the skin
// under the heel bone, which the fit leaves out.
constexpr float kHeelViewMargin = 1.05f;
constexpr float kLessonCaptionShare = 0.3f;  // of the window's height, under a caption not yet drawn
constexpr float kMaxCaptionShare = 0.6f;     // the model keeps at least this much of the view's height

// How far up the view (a fraction of its height, from its bottom) the caption reaches.
float captionShare(const ui::UiState::CaptionRect& caption, const ViewRect& view) {
  if (caption.height <= 0.0f) return kLessonCaptionShare;
  const float top = 1.0f - caption.y;  // the caption's top edge, from the window's bottom
  return std::clamp((top - view.y) / std::max(view.height, 1e-3f), 0.0f, 1.0f);
}

geometry::StandardView viewForOverlay(anatomy::OverlayKind kind, geometry::StandardView current) {
  if (overlayFitsView(kind, current)) return current;
  switch (kind) {
    case anatomy::OverlayKind::Lateral: return geometry::StandardView::Lateral;
    case anatomy::OverlayKind::Posterior: return geometry::StandardView::Posterior;
    case anatomy::OverlayKind::WholeLeg: return geometry::StandardView::WholeLeg;
  }
  return current;
}
}  // namespace

bool overlayFitsView(anatomy::OverlayKind kind, geometry::StandardView view) {
  using geometry::StandardView;
  switch (kind) {
    case anatomy::OverlayKind::Lateral: return view == StandardView::Lateral || view == StandardView::Medial;
    case anatomy::OverlayKind::Posterior: return view == StandardView::Posterior;
    case anatomy::OverlayKind::WholeLeg: return view == StandardView::WholeLeg;
  }
  return false;
}

float Controller::aspect(const ViewSlot& view) const {
  const float w = static_cast<float>(std::max(state_.viewportWidth, 1)) * view.rect.width;
  const float h = static_cast<float>(std::max(state_.viewportHeight, 1)) * view.rect.height;
  return w / std::max(h, 1.0f);
}

geometry::FreeArea Controller::freeArea(const ViewSlot& view) const {
  geometry::FreeArea area;
  // A lesson's caption covers the lower part of the window, panels or not: the part of the
  // view above the caption as it was last drawn (a fixed share before it has been).
  if (state_.lesson.active()) area.y0 = std::min(kMaxCaptionShare, captionShare(state_.ui.lessonCaption, view.rect));
  if (!state_.panelsOnScreen || !state_.ui.showPanels) return area;
  // Panels in window pixels: structures at the left, conditions at the right, menu and
  // view bar at the top, status line at the bottom; a view covers only part of the window.
  const float ww = static_cast<float>(std::max(state_.viewportWidth, 1));
  const float wh = static_cast<float>(std::max(state_.viewportHeight, 1));
  const float s = state_.ui.uiScale;
  // Patient mode: its panel has a column of its own (layoutViews) and there is no right panel.
  const bool patient = state_.ui.patientMode;
  const float left = patient ? 0.0f : 360.0f * s / ww;
  // The selection's card (ui/card_layout.h: its width and margin) stands at the right of
  // the free area, beside the Conditions panel: Focus frames what it picked clear of it.
  const int selected = state_.display.selected;
  const bool card = selected >= 0 && selected < static_cast<int>(state_.atlas.structures.size());
  const float cardWidth = card ? (ui::kCardPanelWidth + ui::kCardMargin) * s / ww : 0.0f;
  const float right = (patient ? 1.0f : 1.0f - 440.0f * s / ww) - cardWidth;
  const float bottom = 34.0f * s / wh, top = 1.0f - 70.0f * s / wh;
  const ViewRect& r = view.rect;
  const auto local = [](float edge, float start, float size) { return std::clamp((edge - start) / size, 0.0f, 1.0f); };
  area.x0 = std::min(0.4f, local(left, r.x, r.width));
  area.x1 = std::max(card ? 0.5f : 0.6f, local(right, r.x, r.width));
  area.y0 = std::max(area.y0, std::min(0.3f, local(bottom, r.y, r.height)));
  area.y1 = std::max(0.7f, local(top, r.y, r.height));
  return area;
}

void Controller::moveCamera(ViewSlot& view, const geometry::OrbitCamera& goal, bool animate) {
  if (animate) {
    view.animator.start(view.camera, goal);
  } else {
    view.animator.cancel();
    view.camera = goal;
  }
}

void Controller::setView(ViewSlot& view, geometry::StandardView standardView, bool animate) {
  view.standardView = standardView;
  view.atStandardView = true;
  view.pivot.reset();
  view.bothLimbs = state_.atlas.builtIn && standardView == geometry::StandardView::WholeLeg;
  geometry::Bounds bounds = framingBounds(state_.atlas, state_.display, standardView);
  geometry::OrbitCamera goal = geometry::cameraForView(standardView, bounds, aspect(view), freeArea(view));
  if (view.mirrored && bounds.valid()) {  // a left case: the same view of the mirrored model
    bounds = geometry::Bounds{{-bounds.max.x, bounds.min.y, bounds.min.z}, {-bounds.min.x, bounds.max.y, bounds.max.z}};
    goal = geometry::frameBoundsInArea(bounds, -goal.yaw, goal.pitch, aspect(view), freeArea(view),
                                       geometry::isHeelView(standardView) ? 1.0f : 1.1f,
                                       geometry::isRadiographView(standardView));
  }
  if (state_.atlas.builtIn && geometry::isHeelView(standardView)) {
    // A close-up fits the heel's own vertices, not their box: in the oblique view the box's
    // corners left the heel small in a wide frame.
    std::vector<glm::vec3> heel = anatomy::heelRegionPoints(state_.atlas);
    if (view.mirrored)
      for (glm::vec3& p : heel) p.x = -p.x;
    if (!heel.empty())
      goal = geometry::framePointsInArea(heel, goal.yaw, goal.pitch, aspect(view), freeArea(view), kHeelViewMargin,
                                         geometry::isRadiographView(standardView));
  }
  glm::vec3 shift = heelShift(view);  // a heel close-up follows the heel down a step
  if (view.mirrored) shift.x = -shift.x;
  goal.target += shift;
  if (state_.atlas.builtIn && standardView == geometry::StandardView::Superior) {
    goal.clipAbove = true;  // cut the leg just above the ankle so it does not hide the foot
    goal.clipAboveY = kSuperiorCutMm;
  }
  moveCamera(view, goal, animate);
}

void Controller::leaveStandardView() {
  for (ViewSlot& v : state_.views) {
    v.animator.cancel();
    v.atStandardView = false;
  }
}

// Where structure `index` is drawn in the view now (posed), in model space.
geometry::Bounds Controller::drawnBounds(const ViewSlot& view, int index) const {
  geometry::Bounds b = state_.atlas.structures[static_cast<std::size_t>(index)].mesh.bounds();
  if (!view.posed || !view.posed->canPose()) return b;
  const geometry::Bounds& local = view.posedBounds[static_cast<std::size_t>(index)];
  b = geometry::Bounds();
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 p((corner & 1) ? local.max.x : local.min.x, (corner & 2) ? local.max.y : local.min.y,
                      (corner & 4) ? local.max.z : local.min.z);
    b.extend(glm::vec3(view.posed->transform(index) * glm::vec4(p, 1.0f)));
  }
  return b;
}

void Controller::pivotOnSelection() {
  const int index = state_.display.selected;
  if (index < 0 || index >= static_cast<int>(state_.atlas.structures.size())) return;
  for (ViewSlot& v : state_.views) v.pivot = drawnBounds(v, index).center();
}

void Controller::focusStructure(int index) {
  const int count = static_cast<int>(state_.atlas.structures.size());
  // -1: the whole selection
  const std::vector<int> chosen = index >= 0 ? std::vector<int>{index} : anatomy::selection(state_.display);
  if (chosen.empty() || chosen.front() >= count || (index >= count)) return;
  for (ViewSlot& view : state_.views) {
    geometry::Bounds b;
    for (int i : chosen) b.extend(drawnBounds(view, i));
    view.pivot = b.center();
    // With context: the structure takes about a third of the free area's height.
    geometry::OrbitCamera goal =
        geometry::frameBoundsInArea(b, view.camera.yaw, view.camera.pitch, aspect(view), freeArea(view), 3.0f);
    goal.sceneRadius = std::max(view.camera.sceneRadius, goal.sceneRadius);
    moveCamera(view, goal, true);
    view.atStandardView = false;
  }
}

// Camera commands turn every view alike, so the two sides of a split screen stay in step.
void Controller::applyCamera(const ui::Command& c) {
  using K = ui::CommandKind;
  state_.lesson.cameraFromStep = false;  // the presenter moved it: a new caption size leaves it be
  switch (c.kind) {
    case K::SetView:
      for (ViewSlot& v : state_.views) setView(v, c.view, true);
      break;
    case K::ResetView:
      state_.display = anatomy::makeViewState(state_.atlas);
      for (ViewSlot& v : state_.views) setView(v, v.standardView, true);
      break;
    case K::ReturnToView:
      for (ViewSlot& v : state_.views) setView(v, v.standardView, true);
      break;
    case K::FocusStructure: focusStructure(c.index); break;
    case K::SetBothLimbs:
    case K::ToggleBothLimbs: {
      const bool on = c.kind == K::SetBothLimbs ? c.flag : !activeView().bothLimbs;
      for (ViewSlot& v : state_.views) v.bothLimbs = on && state_.atlas.builtIn;
      break;
    }
    case K::Orbit:
      leaveStandardView();
      for (ViewSlot& v : state_.views) {
        if (v.pivot)
          geometry::orbitAbout(v.camera, *v.pivot, c.value, c.value2);
        else
          v.camera.orbit(c.value, c.value2);
      }
      break;
    case K::SetPivot:
      for (ViewSlot& v : state_.views) v.pivot = c.point;
      break;
    case K::Pan:
      leaveStandardView();
      for (ViewSlot& v : state_.views)
        v.camera.pan(c.value, c.value2, static_cast<float>(state_.viewportHeight) * v.rect.height);
      break;
    case K::Zoom:
      leaveStandardView();
      for (ViewSlot& v : state_.views) {
        if (c.flag)
          geometry::zoomToward(v.camera, glm::vec2(c.point), c.value, aspect(v));
        else
          v.camera.zoom(c.value);
      }
      break;
    default: break;
  }
}

// Puts the camera (at once) where it frames what is shown, looking the way it looks now.
void Controller::frameShown(ViewSlot& view) {
  std::vector<int> shown;
  for (int i = 0; i < static_cast<int>(state_.atlas.structures.size()); ++i)
    if (anatomy::isShown(state_.display, i)) shown.push_back(i);
  frameStructures(view, shown);
}

// Puts the camera (at once) where it frames these structures, looking the way it looks now.
void Controller::frameStructures(ViewSlot& view, const std::vector<int>& structures) {
  geometry::Bounds b;
  for (int i : structures) b.extend(drawnBounds(view, i));
  if (!b.valid()) return;
  const geometry::OrbitCamera from = view.camera;
  view.camera = geometry::frameBoundsInArea(b, from.yaw, from.pitch, aspect(view), freeArea(view), 1.4f);
  view.camera.sceneRadius = std::max(from.sceneRadius, view.camera.sceneRadius);
  view.camera.clipAbove = false;
  view.atStandardView = false;
  view.pivot = b.center();
}

// Frames what an isolation left visible: the camera glides there.
void Controller::frameVisible() {
  for (ViewSlot& view : state_.views) {
    const geometry::OrbitCamera from = view.camera;
    frameShown(view);
    const geometry::OrbitCamera goal = view.camera;
    view.camera = from;
    moveCamera(view, goal, true);
  }
}

bool Controller::tick(float dt) {
  bool moving = false;
  for (ViewSlot& v : state_.views) moving = v.animator.update(dt, v.camera) || moving;
  return advanceMotion(dt) || moving;
}

void Controller::setOverlay(anatomy::OverlayKind kind, bool on, bool animate) {
  ViewSlot& active = activeView();
  for (ViewSlot& v : state_.views) v.overlays[static_cast<std::size_t>(kind)] = on;
  if (!on) return;
  const geometry::StandardView view = viewForOverlay(kind, active.standardView);
  if (view == geometry::StandardView::WholeLeg && !state_.atlas.builtIn) return;  // a user's file has no whole-leg view
  if (view != active.standardView || !active.atStandardView)
    for (ViewSlot& v : state_.views) setView(v, view, animate);
}

// Off -> lateral -> posterior -> whole leg -> off, one at a time.
void Controller::cycleOverlay() {
  auto& overlays = activeView().overlays;
  const auto on = std::find(overlays.begin(), overlays.end(), true);
  const std::size_t next = on == overlays.end() ? 0 : static_cast<std::size_t>(on - overlays.begin()) + 1;
  for (ViewSlot& v : state_.views) v.overlays.fill(false);
  if (next < overlays.size()) setOverlay(anatomy::kAllOverlays[next], true);
}

std::vector<anatomy::Overlay> Controller::visibleOverlays(const ViewSlot& view) const {
  std::vector<anatomy::Overlay> out;
  if (!view.posed || view.posed->landmarks().empty()) return out;
  for (anatomy::OverlayKind k : anatomy::kAllOverlays) {
    if (!view.overlays[static_cast<std::size_t>(k)] || !overlayFitsView(k, view.standardView)) continue;
    std::optional<anatomy::Overlay> overlay = anatomy::buildOverlay(k, view.posed->landmarks());
    if (!overlay) continue;  // the model lacks a landmark this overlay needs
    out.push_back(std::move(*overlay));
    if (k == anatomy::OverlayKind::WholeLeg && view.bothLimbs) anatomy::addMirroredLimb(out.back());
    if (view.mirrored) mirrorOverlay(out.back());
  }
  return out;
}

}  // namespace app
