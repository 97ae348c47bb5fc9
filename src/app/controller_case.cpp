// The Controller's patient cases: new, open, save, the recent list, the left or right side
// and fitting a patient's numbers. A case is the scene (side, conditions, view, overlays,
// hidden structures, bookmarks) plus what only the record holds (label, notes, pins).
#include "app/controller.h"
#include "app/model_source.h"
#include "app/scene_builder.h"

#include "io/atomic_write.h"
#include "io/case_file.h"
#include "io/file_error.h"
#include "io/recent_files.h"

#include <glm/trigonometric.hpp>

#include <algorithm>

namespace app {

namespace {
glm::vec3 mirrored(glm::vec3 p) { return {-p.x, p.y, p.z}; }

Bookmark toBookmark(const anatomy::CaseBookmark& b, geometry::OrbitCamera camera) {
  camera.target = b.target;
  camera.distance = b.distance;
  camera.yaw = glm::radians(b.yawDeg);
  camera.pitch = glm::radians(b.pitchDeg);
  camera.lensShift = glm::vec2(0.0f);
  return {b.name, camera, b.view, false};
}

bool sameBookmark(const Bookmark& a, const Bookmark& b) {
  return a.name == b.name && a.standardView == b.standardView && a.camera.target == b.camera.target &&
         a.camera.distance == b.camera.distance && a.camera.yaw == b.camera.yaw && a.camera.pitch == b.camera.pitch;
}

anatomy::CaseBookmark fromBookmark(const Bookmark& b) {
  anatomy::CaseBookmark out;
  out.name = b.name;
  out.view = b.standardView;
  out.target = b.camera.target;
  out.distance = b.camera.distance;
  out.yawDeg = glm::degrees(b.camera.yaw);
  out.pitchDeg = glm::degrees(b.camera.pitch);
  return out;
}
}  // namespace

void mirrorOverlay(anatomy::Overlay& overlay) {
  for (anatomy::OverlayPath& p : overlay.paths) std::transform(p.points.begin(), p.points.end(), p.points.begin(), mirrored);
  for (anatomy::OverlayArc& a : overlay.arcs) {
    a.centre = mirrored(a.centre);
    std::transform(a.points.begin(), a.points.end(), a.points.begin(), mirrored);
  }
  for (anatomy::OverlayTag& t : overlay.tags) t.anchor = mirrored(t.anchor);
}

anatomy::Side Controller::side() const {
  return state_.views.front().mirrored ? anatomy::Side::Left : anatomy::Side::Right;
}

void Controller::setSide(anatomy::Side side) {
  const bool left = side == anatomy::Side::Left;
  for (ViewSlot& v : state_.views) {
    if (v.mirrored == left) continue;
    v.mirrored = left;
    if (v.pivot) v.pivot = mirrored(*v.pivot);
    // The same view of the other foot: the lateral side of a left foot faces +x.
    if (v.atStandardView) {
      setView(v, v.standardView, false);
    } else {
      v.animator.cancel();
      v.camera.target = mirrored(v.camera.target);
      v.camera.yaw = -v.camera.yaw;
      v.camera.lensShift.x = -v.camera.lensShift.x;
    }
  }
}

void Controller::showCase(const anatomy::CaseRecord& record, const std::string& path, bool animate) {
  for (ViewSlot& v : state_.views) v.mirrored = record.side == anatomy::Side::Left;
  anatomy::showAll(state_.atlas, state_.display);
  anatomy::hideByIds(state_.atlas, state_.display, record.hidden);  // ids another model lacks are kept, not shown
  setConditions(record.conditions);
  for (ViewSlot& v : state_.views) {
    v.overlays.fill(false);
    for (anatomy::OverlayKind k : record.overlays) v.overlays[static_cast<std::size_t>(k)] = true;
    setView(v, record.view, animate);
  }
  adoptCase(record, path);
}

void Controller::adoptCase(const anatomy::CaseRecord& record, const std::string& path) {
  setSide(record.side);
  state_.bookmarks.clear();
  for (const anatomy::CaseBookmark& b : record.bookmarks) state_.bookmarks.push_back(toBookmark(b, activeView().camera));
  state_.caseDoc.record = record;
  state_.caseDoc.path = path;
  state_.caseDoc.dirty = false;
  state_.caseDoc.example = isShippedExampleCase(path);
}

void Controller::newCase() {
  anatomy::CaseRecord blank;
  blank.view = activeView().standardView;  // a new case starts from what is on screen, normal
  showCase(blank, "", true);
}

bool Controller::openCase(const std::string& path) {
  anatomy::CaseRecord record;
  try {
    record = io::readCaseFile(path);
  } catch (const io::LoadError& e) {
    state_.ui.errorMessage = io::printable(e.what());  // the open case stays as it was
    return false;
  }
  showCase(record, path, true);
  if (!state_.caseDoc.recentListPath.empty()) state_.caseDoc.recent = io::addRecentFile(state_.caseDoc.recentListPath, path);
  setStatus("Opened case " + path);
  return true;
}

bool Controller::saveCase(const std::string& pathOrEmpty) {
  const std::string path = pathOrEmpty.empty() ? state_.caseDoc.path : pathOrEmpty;
  if (path.empty()) {
    state_.ui.errorMessage = "This case has no file yet: choose where to save it (Save As).";
    return false;
  }
  if (pathOrEmpty.empty() && state_.caseDoc.example) {
    state_.ui.errorMessage = "This is a shipped example and stays as it is: save your changes as a new case (Save As).";
    return false;
  }
  const anatomy::CaseRecord record = currentCase();
  try {
    io::writeCaseFile(path, record);
  } catch (const io::WriteError& e) {
    state_.ui.errorMessage = io::printable(e.what());
    return false;
  }
  state_.caseDoc.record = record;
  state_.caseDoc.path = path;
  state_.caseDoc.dirty = false;
  state_.caseDoc.example = isShippedExampleCase(path);
  if (!state_.caseDoc.recentListPath.empty()) state_.caseDoc.recent = io::addRecentFile(state_.caseDoc.recentListPath, path);
  setStatus("Saved case " + path);
  return true;
}

anatomy::CaseRecord Controller::currentCase() const {
  anatomy::CaseRecord c = state_.caseDoc.record;
  c.side = side();
  c.conditions = state_.conditions;
  const ViewSlot& view = activeView();
  c.view = view.standardView;
  // Overlays still on keep the order they had in the case; newly switched on ones follow.
  std::vector<anatomy::OverlayKind> overlays;
  for (anatomy::OverlayKind k : c.overlays)
    if (view.overlays[static_cast<std::size_t>(k)]) overlays.push_back(k);
  for (anatomy::OverlayKind k : anatomy::kAllOverlays)
    if (view.overlays[static_cast<std::size_t>(k)] && std::find(overlays.begin(), overlays.end(), k) == overlays.end())
      overlays.push_back(k);
  c.overlays = overlays;
  c.hidden.clear();
  for (std::size_t i = 0; i < state_.atlas.structures.size() && i < state_.display.display.size(); ++i)
    if (!state_.display.display[i].visible) c.hidden.push_back(state_.atlas.structures[i].id);
  // A bookmark the case brought and nobody changed keeps its stored numbers exactly (degrees
  // to radians and back could move the last digit and look like an unsaved change).
  const std::vector<anatomy::CaseBookmark> stored = c.bookmarks;
  c.bookmarks.clear();
  for (std::size_t i = 0; i < state_.bookmarks.size(); ++i) {
    const Bookmark& b = state_.bookmarks[i];
    const bool same = i < stored.size() && sameBookmark(toBookmark(stored[i], b.camera), b);
    c.bookmarks.push_back(same ? stored[i] : fromBookmark(b));
  }
  return c;
}

bool Controller::caseHasUnsavedChanges() const {
  return state_.caseDoc.dirty || !(currentCase() == state_.caseDoc.record);
}

anatomy::FitResult Controller::fitCase(const std::vector<anatomy::FitTarget>& targets) {
  anatomy::FitRequest request;
  request.targets = targets;
  request.start = state_.conditions;
  request.side = side();
  if (!canPose()) {  // a user's model without the built-in landmarks: nothing to fit with
    anatomy::FitResult none;
    none.conditions = state_.conditions;
    return none;
  }
  anatomy::FitResult result = anatomy::fitConditions(*state_.views.front().posed, request);
  setConditions(result.conditions);  // poses every view, the first one again included
  state_.caseDoc.record.fitted = anatomy::inMeasureOrder(targets);
  state_.caseDoc.dirty = true;
  return result;
}

}  // namespace app
