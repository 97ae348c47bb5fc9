// Undo and redo, and camera bookmarks. Undo keeps what the user changed (conditions,
// visibility, selection, overlays, camera jumps), not what is derived from it; a slider
// dragged through many values is one step.
#include "app/controller.h"

#include <algorithm>

namespace app {

namespace {
constexpr std::size_t kUndoDepth = 200;

bool isUndoable(ui::CommandKind kind) {
  using K = ui::CommandKind;
  switch (kind) {
    case K::SetView: case K::ResetView: case K::ReturnToView: case K::FocusStructure: case K::Select:
    case K::ToggleSelect: case K::FadeSelection: case K::ClearSelection: case K::SetVisible: case K::HideSelection:
    case K::SetOpacity: case K::SetCategoryVisible: case K::SetCategoryOpacity: case K::Isolate: case K::ToggleIsolate:
    case K::IsolateCategory: case K::ShowAll: case K::SetBothLimbs: case K::ToggleBothLimbs: case K::SetPreset:
    case K::CyclePreset: case K::SetSeverity: case K::SetSpurInclination: case K::SetOverlay: case K::CycleOverlay: case K::GoToBookmark:
    case K::SetMode: case K::ResetSection:
      return true;
    default:
      return false;
  }
}

// A drag of one slider sends one command per frame: they make one undo step.
bool continuesDrag(ui::CommandKind kind) {
  using K = ui::CommandKind;
  return kind == K::SetSeverity || kind == K::SetSpurInclination || kind == K::SetOpacity || kind == K::SetCategoryOpacity;
}
}  // namespace

Snapshot Controller::snapshot() const {
  Snapshot s;
  s.conditions = state_.conditions;
  s.display = state_.display;
  s.display.hovered = -1;
  for (const ViewSlot& v : state_.views)
    s.views.push_back({v.camera, v.standardView, v.atStandardView, v.bothLimbs, v.pivot, v.overlays, v.mode, v.section});
  return s;
}

void Controller::restore(const Snapshot& s, bool animate) {
  const int hovered = state_.display.hovered;
  if (s.display.display.size() == state_.display.display.size()) state_.display = s.display;
  state_.display.hovered = hovered;
  if (!(s.conditions == state_.conditions)) setConditions(s.conditions);
  for (std::size_t i = 0; i < state_.views.size() && i < s.views.size(); ++i) {
    ViewSlot& v = state_.views[i];
    const ViewSnapshot& from = s.views[i];
    v.standardView = from.standardView;
    v.bothLimbs = from.bothLimbs;
    v.pivot = from.pivot;
    v.overlays = from.overlays;
    v.mode = from.mode;
    v.section = from.section;
    moveCamera(v, from.camera, animate);
    v.atStandardView = from.atStandardView;
  }
}

void Controller::recordUndo(const ui::Command& c) {
  if (!isUndoable(c.kind) || state_.lesson.active()) return;
  const bool sameDrag = continuesDrag(c.kind) && lastUndoable_ && lastUndoable_->kind == c.kind &&
                        lastUndoable_->index == c.index && lastUndoable_->category == c.category;
  lastUndoable_ = c;
  if (sameDrag) return;
  state_.undo.push_back(snapshot());
  if (state_.undo.size() > kUndoDepth) state_.undo.erase(state_.undo.begin());
  state_.redo.clear();
}

void Controller::applyHistory(const ui::Command& c) {
  using K = ui::CommandKind;
  lastUndoable_.reset();
  switch (c.kind) {
    case K::Undo:
    case K::Redo: {
      auto& from = c.kind == K::Undo ? state_.undo : state_.redo;
      auto& to = c.kind == K::Undo ? state_.redo : state_.undo;
      if (from.empty()) return setStatus(c.kind == K::Undo ? "Nothing to undo" : "Nothing to redo", 2.0);
      to.push_back(snapshot());
      const Snapshot s = from.back();
      from.pop_back();
      restore(s, true);
      break;
    }
    case K::AddBookmark: {
      const ViewSlot& v = activeView();
      Bookmark b{c.text, v.camera, v.standardView, v.atStandardView};
      if (b.name.empty()) b.name = "View " + std::to_string(state_.bookmarks.size() + 1);
      state_.bookmarks.push_back(b);
      setStatus("Saved the camera as \"" + b.name + "\"", 3.0);
      break;
    }
    case K::GoToBookmark:
      if (c.index < 0 || c.index >= static_cast<int>(state_.bookmarks.size())) return;
      for (ViewSlot& v : state_.views) {
        const Bookmark& b = state_.bookmarks[static_cast<std::size_t>(c.index)];
        moveCamera(v, b.camera, true);
        v.standardView = b.standardView;
        v.atStandardView = b.atStandardView;
      }
      break;
    case K::DeleteBookmark:
      if (c.index >= 0 && c.index < static_cast<int>(state_.bookmarks.size()))
        state_.bookmarks.erase(state_.bookmarks.begin() + c.index);
      break;
    default: break;
  }
}

}  // namespace app
