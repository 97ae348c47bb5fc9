// The Controller's compare half: the split view (a normal heel on the left, the case on the
// right, one camera for both), the ghost (the normal outline over the case), patient mode
// and the pen for freehand strokes.
#include "app/controller.h"

#include <algorithm>

namespace app {

namespace {
constexpr float kDiffersMm = 0.5f;        // a vertex this far from its normal place: the structure differs
constexpr float kCollapsedMm = 1.0f;      // a normal pose this small is a pathology mesh at severity 0
constexpr float kPatientUiScale = 1.5f;   // large type in patient mode (at least)
constexpr std::size_t kMaxStrokePoints = 4096;
constexpr float kPatientPanelWidth = 400.0f;  // the patient panel and its margin, at UI scale 1 (ui/patient_panel.cpp)

bool differs(const anatomy::PosedModel& a, const anatomy::PosedModel& b, int i) {
  const std::vector<glm::vec3>& pa = a.positions(i);
  const std::vector<glm::vec3>& pb = b.positions(i);
  if (pa.size() != pb.size()) return true;
  const glm::mat4& ta = a.transform(i);
  const glm::mat4& tb = b.transform(i);
  for (std::size_t k = 0; k < pa.size(); ++k)
    if (glm::distance(glm::vec3(ta * glm::vec4(pa[k], 1.0f)), glm::vec3(tb * glm::vec4(pb[k], 1.0f))) > kDiffersMm)
      return true;
  return false;
}

float extent(const std::vector<glm::vec3>& points) {
  geometry::Bounds b;
  for (const glm::vec3& p : points) b.extend(p);
  return points.empty() ? 0.0f : glm::length(b.max - b.min);
}
}  // namespace

anatomy::Conditions normalLike(const anatomy::Conditions& conditions) {
  anatomy::Conditions normal;
  normal.ankleDeg = conditions.ankleDeg;
  return normal;
}

void Controller::applyCompare(const ui::Command& c) {
  using K = ui::CommandKind;
  CompareState& cs = state_.compare;
  switch (c.kind) {
    case K::SetCompare: setCompare(c.flag); break;
    case K::ToggleCompare: setCompare(!cs.on); break;
    case K::SetGhost: setGhost(c.flag); break;
    case K::ToggleGhost: setGhost(!cs.ghost); break;
    case K::SetPatientMode: setPatientMode(c.flag); break;
    case K::TogglePatientMode: setPatientMode(!state_.ui.patientMode); break;
    case K::TogglePen:
      cs.drawing = !cs.drawing;
      setStatus(cs.drawing ? "Pen on: drag to draw, E clears, W turns it off" : "Pen off", 3.0);
      break;
    case K::PenPoint:
      if (c.flag || cs.strokes.empty()) cs.strokes.push_back({std::max(c.index, 0), {}});
      if (cs.strokes.back().points.size() < kMaxStrokePoints) cs.strokes.back().points.emplace_back(c.point.x, c.point.y);
      break;
    case K::ClearStrokes: cs.strokes.clear(); break;
    default: break;
  }
}

// Compare: the left view shows the normal pose, the right one the case; both keep the
// camera the case had (the camera commands turn every view alike).
void Controller::setCompare(bool on) {
  CompareState& cs = state_.compare;
  if (on == cs.on) return;
  cs.on = on;
  if (on) {
    const ViewSlot& source = state_.views.back();
    ViewSlot normal;
    normal.showsNormal = true;
    normal.camera = source.camera;
    normal.standardView = source.standardView;
    normal.atStandardView = source.atStandardView;
    normal.bothLimbs = source.bothLimbs;
    normal.pivot = source.pivot;
    normal.overlays = source.overlays;
    normal.mode = source.mode;
    normal.section = source.section;
    normal.mirrored = source.mirrored;
    state_.views.insert(state_.views.begin(), std::move(normal));
    ViewSlot& made = state_.views.front();
    if (state_.views.back().posed) {
      made.posed = std::make_unique<anatomy::PosedModel>(state_.atlas);
      for (const anatomy::Structure& s : state_.atlas.structures) made.posedBounds.push_back(s.mesh.bounds());
    }
  } else {
    state_.views.erase(std::remove_if(state_.views.begin(), state_.views.end(),
                                      [](const ViewSlot& v) { return v.showsNormal; }),
                       state_.views.end());
  }
  layoutViews();
  uploadMeshes();
  for (std::size_t i = 0; i < state_.views.size(); ++i) {
    poseView(i, state_.conditions);
    uploadPosed(i);
  }
  state_.activeView = static_cast<int>(state_.views.size()) - 1;  // the case
  for (ViewSlot& v : state_.views)
    if (v.atStandardView) setView(v, v.standardView, false);
  refreshGhost();
}

// Side by side, each an equal share of the window right of the patient panel (when it is
// on screen); labels say which is which.
void Controller::layoutViews() {
  const ui::UiState& ui = state_.ui;
  float inset = 0.0f;
  if (ui.patientMode && ui.showPanels && state_.panelsOnScreen) {
    const float scale = std::max(ui.uiScale, state_.pendingUiScale);
    inset = std::min(0.45f, kPatientPanelWidth * scale / static_cast<float>(std::max(state_.viewportWidth, 1)));
  }
  const std::size_t n = state_.views.size();
  const float share = (1.0f - inset) / static_cast<float>(n);
  for (std::size_t i = 0; i < n; ++i) {
    ViewSlot& v = state_.views[i];
    const ViewRect before = v.rect;
    v.rect = {inset + share * static_cast<float>(i), 0.0f, share, 1.0f};
    const bool moved = before.x != v.rect.x || before.width != v.rect.width;
    if (moved && v.atStandardView && v.posed) setView(v, v.standardView, false);  // framed for its new shape
    v.label = n < 2 ? "" : v.showsNormal ? "Normal heel" : ui.patientMode ? "Your heel" : "This case";
  }
}

// Every structure of a view as posed now, after its GPU copies were made afresh from rest.
void Controller::uploadPosed(std::size_t viewIndex) {
  ViewSlot& v = state_.views[viewIndex];
  if (!v.posed || !v.posed->canPose()) return;
  const int count = static_cast<int>(state_.atlas.structures.size());
  const int offset = static_cast<int>(viewIndex) * count;
  for (int i = 0; i < count; ++i) meshes_.updateMeshVertices(offset + i, v.posed->positions(i), v.posed->normals(i));
}

void Controller::setGhost(bool on) {
  CompareState& cs = state_.compare;
  cs.ghost = on && canPose();
  if (cs.ghost && cs.edges.size() != state_.atlas.structures.size()) {
    cs.edges.clear();
    for (const anatomy::Structure& s : state_.atlas.structures)
      cs.edges.push_back(geometry::buildEdgeAdjacency(s.mesh.positions, s.mesh.indices));
  }
  refreshGhost();
  if (!canPose() && on) setStatus("The normal outline needs the built-in model", 3.0);
}

// Which structures the case poses differently from normal (the ghost outlines those).
void Controller::refreshGhost() {
  CompareState& cs = state_.compare;
  cs.differsFromNormal.clear();
  if (!cs.ghost || !canPose()) return;
  if (!cs.normal) cs.normal = std::make_unique<anatomy::PosedModel>(state_.atlas);
  cs.normal->update(normalLike(state_.conditions));  // only what changed is redone
  const ViewSlot& caseView = state_.views.back();
  if (!caseView.posed) return;
  const int count = static_cast<int>(state_.atlas.structures.size());
  for (int i = 0; i < count; ++i)
    if (extent(cs.normal->positions(i)) > kCollapsedMm && differs(*cs.normal, *caseView.posed, i))
      cs.differsFromNormal.push_back(i);
}

std::vector<geometry::Segment> Controller::ghostOutline(std::size_t viewIndex) const {
  const CompareState& cs = state_.compare;
  std::vector<geometry::Segment> out;
  if (!cs.ghost || !cs.normal || viewIndex >= state_.views.size()) return out;
  const ViewSlot& v = state_.views[viewIndex];
  if (v.showsNormal) return out;
  const glm::vec3 eye = v.camera.eye();
  const glm::vec3 direction = glm::normalize(v.camera.target - eye);
  for (int i : cs.differsFromNormal) {
    const std::size_t k = static_cast<std::size_t>(i);
    if (k >= cs.edges.size() || !anatomy::isShown(state_.display, i)) continue;
    const glm::mat4& t = cs.normal->transform(i);
    std::vector<glm::vec3> placed = cs.normal->positions(i);
    for (glm::vec3& p : placed) {
      p = glm::vec3(t * glm::vec4(p, 1.0f));
      if (v.mirrored) p.x = -p.x;  // a left case: the normal left heel
    }
    const auto edges = geometry::silhouetteEdges(placed, state_.atlas.structures[k].mesh.indices, cs.edges[k], eye,
                                                 direction, v.camera.orthographic);
    out.insert(out.end(), edges.begin(), edges.end());
  }
  return out;
}

// Patient mode: plain words and large type; the compare labels say "Your heel".
void Controller::setPatientMode(bool on) {
  ui::UiState& ui = state_.ui;
  if (on == ui.patientMode) return;
  ui.patientMode = on;
  ui.patientWording = on;
  if (on) {
    ui.scaleBeforePatient = ui.uiScale;
    state_.pendingUiScale = std::max(ui.uiScale, kPatientUiScale);
  } else if (ui.scaleBeforePatient > 0.0f) {
    state_.pendingUiScale = ui.scaleBeforePatient;
  }
  layoutViews();
}

}  // namespace app
