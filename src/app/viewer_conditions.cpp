// Conditions and measurement overlays in the viewer: posing the atlas when a severity
// changes (re-uploading only the structures whose vertices moved), re-measuring, and
// drawing the overlays that belong to the current view.
#include "app/overlay_drawing.h"
#include "app/viewer.h"

#include <imgui.h>

#include <algorithm>
#include <stdexcept>

namespace app {

namespace {
// Each overlay is drawn in the views it was defined for.
bool overlayFitsView(anatomy::OverlayKind kind, geometry::StandardView view) {
  using geometry::StandardView;
  switch (kind) {
    case anatomy::OverlayKind::Lateral: return view == StandardView::Lateral || view == StandardView::Medial;
    case anatomy::OverlayKind::Posterior: return view == StandardView::Posterior;
    case anatomy::OverlayKind::WholeLeg: return view == StandardView::WholeLeg;
  }
  return false;
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

geometry::Bounds boundsOf(const std::vector<glm::vec3>& points) {
  geometry::Bounds b;
  for (const glm::vec3& p : points) b.extend(p);
  return b;
}
}  // namespace

SceneOptions Viewer::sceneOptions() const {
  SceneOptions options;
  options.bothLimbs = bothLimbs_;
  if (posed_ && posed_->canPose()) {
    options.posed = posed_.get();
    options.posedBounds = &posedBounds_;
  }
  return options;
}

void Viewer::setConditions(const anatomy::Conditions& conditions) {
  if (!posed_ || !posed_->canPose()) return;
  for (int i : posed_->update(conditions)) {
    renderer_->updateMeshVertices(i, posed_->positions(i), posed_->normals(i));
    posedBounds_[static_cast<std::size_t>(i)] = boundsOf(posed_->positions(i));
  }
  measurements_ = anatomy::measureAll(*posed_);
}

void Viewer::setOverlay(anatomy::OverlayKind kind, bool on, bool animate) {
  overlays_[static_cast<std::size_t>(kind)] = on;
  if (!on) return;
  const geometry::StandardView view = viewForOverlay(kind, currentView_);
  if (view == geometry::StandardView::WholeLeg && !atlas_.builtIn) return;  // a user's file has no whole-leg view
  if (view != currentView_) setView(view, animate);
}

// Off -> lateral -> posterior -> whole leg -> off, one at a time.
void Viewer::cycleOverlay() {
  const auto on = std::find(overlays_.begin(), overlays_.end(), true);
  const std::size_t next = on == overlays_.end() ? 0 : static_cast<std::size_t>(on - overlays_.begin()) + 1;
  overlays_.fill(false);
  if (next < overlays_.size()) setOverlay(anatomy::kAllOverlays[next], true);
}

void Viewer::cyclePreset(int step) {
  if (!posed_ || !posed_->canPose()) return;
  const auto& presets = anatomy::presets();
  const int count = static_cast<int>(presets.size());
  int current = -1;
  for (int i = 0; i < count; ++i)
    if (anatomy::presetConditions(presets[static_cast<std::size_t>(i)].id) == posed_->conditions()) current = i;
  const int next = current < 0 ? 0 : ((current + step) % count + count) % count;
  setConditions(*anatomy::presetConditions(presets[static_cast<std::size_t>(next)].id));
  ui_.statusMessage = std::string("Preset: ") + presets[static_cast<std::size_t>(next)].label;
  ui_.statusUntil = ImGui::GetTime() + 3.0;
}

bool Viewer::overlaysVisible() const {
  if (!posed_ || posed_->landmarks().empty()) return false;
  for (anatomy::OverlayKind k : anatomy::kAllOverlays)
    if (overlays_[static_cast<std::size_t>(k)] && overlayFitsView(k, currentView_)) return true;
  return false;
}

std::vector<anatomy::Overlay> Viewer::visibleOverlays() const {
  std::vector<anatomy::Overlay> out;
  if (!overlaysVisible()) return out;
  for (anatomy::OverlayKind k : anatomy::kAllOverlays) {
    if (!overlays_[static_cast<std::size_t>(k)] || !overlayFitsView(k, currentView_)) continue;
    try {
      out.push_back(anatomy::buildOverlay(k, posed_->landmarks()));
    } catch (const std::out_of_range&) {
      continue;  // the model lacks a landmark this overlay needs
    }
    if (k == anatomy::OverlayKind::WholeLeg && bothLimbs_) anatomy::addMirroredLimb(out.back());
  }
  return out;
}

void Viewer::drawOverlayLayer(bool panelsShown) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  OverlayScreen screen;
  screen.width = size.x;
  screen.height = size.y;
  screen.viewProjection = camera_.projection(size.x / std::max(size.y, 1.0f)) * camera_.view();
  screen.right = size.x;
  screen.bottom = size.y;
  if (panelsShown && ui_.showPanels) {
    const geometry::FreeArea area = freeArea();
    screen.left = area.x0 * size.x;
    screen.top = (1.0f - area.y1) * size.y;
    screen.right = area.x1 * size.x;
    screen.bottom = (1.0f - area.y0) * size.y;
  }
  screen.modelMin = glm::vec2(size.x, size.y);
  screen.modelMax = glm::vec2(0.0f);
  const geometry::Bounds framed = framingBounds(atlas_, view_, currentView_);
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 p((corner & 1) ? framed.max.x : framed.min.x, (corner & 2) ? framed.max.y : framed.min.y,
                      (corner & 4) ? framed.max.z : framed.min.z);
    const glm::vec4 clip = screen.viewProjection * glm::vec4(p, 1.0f);
    if (clip.w <= 1e-4f) continue;
    const glm::vec2 px((clip.x / clip.w * 0.5f + 0.5f) * size.x, (0.5f - clip.y / clip.w * 0.5f) * size.y);
    screen.modelMin = glm::min(screen.modelMin, px);
    screen.modelMax = glm::max(screen.modelMax, px);
  }
  drawOverlays(visibleOverlays(), screen);
}

}  // namespace app
