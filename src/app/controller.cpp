#include "app/controller.h"

#include "ui/list_navigation.h"

#include <algorithm>

namespace app {

namespace {
geometry::Bounds boundsOf(const std::vector<glm::vec3>& points) {
  geometry::Bounds b;
  for (const glm::vec3& p : points) b.extend(p);
  return b;
}

}  // namespace

Controller::Controller(AppState& state, render::MeshStore& meshes, std::function<double()> clock)
    : state_(state), meshes_(meshes), clock_(clock ? std::move(clock) : [] { return 0.0; }) {
  if (state_.views.empty()) state_.views.emplace_back();
}

ViewSlot& Controller::activeView() {
  state_.activeView = std::clamp(state_.activeView, 0, static_cast<int>(state_.views.size()) - 1);
  return state_.views[static_cast<std::size_t>(state_.activeView)];
}

const ViewSlot& Controller::activeView() const {
  const int i = std::clamp(state_.activeView, 0, static_cast<int>(state_.views.size()) - 1);
  return state_.views[static_cast<std::size_t>(i)];
}

const anatomy::Conditions& Controller::conditions() const { return state_.conditions; }

bool Controller::canPose() const {
  const ViewSlot& v = state_.views.front();
  return v.posed && v.posed->canPose();
}

void Controller::setAtlas(anatomy::Atlas atlas, const io::LoadReport& report,
                          const anatomy::Conditions& initialConditions, geometry::StandardView initialView) {
  // A newly opened model keeps the conditions shown so far; the first takes the options'.
  if (!state_.views.front().posed) state_.conditions = initialConditions;
  for (ViewSlot& v : state_.views) v.posed.reset();  // they refer to the atlas being replaced
  state_.compare.normal.reset();
  state_.compare.edges.clear();
  state_.atlas = std::move(atlas);
  state_.report = report;
  state_.display = anatomy::makeViewState(state_.atlas);
  uploadMeshes();
  state_.achillesPullNormalDeg = 0.0f;
  for (std::size_t i = 0; i < state_.views.size(); ++i) {
    ViewSlot& v = state_.views[i];
    v.posed = std::make_unique<anatomy::PosedModel>(state_.atlas);
    v.posedBounds.clear();
    for (const anatomy::Structure& s : state_.atlas.structures) v.posedBounds.push_back(s.mesh.bounds());
    if (i == 0) {
      state_.achillesPullNormalDeg = anatomy::achillesPullToHeelAxisDeg(v.posed->landmarks()).value_or(0.0f);  // 0: no heel landmarks
      state_.motion.restTendonMm = v.posed->tendonLengthMm();
    }
    poseView(i, state_.conditions);
  }
  if (!state_.atlas.builtIn && initialView == geometry::StandardView::WholeLeg) initialView = geometry::StandardView::Anterior;
  for (ViewSlot& v : state_.views) setView(v, initialView, false);
  setGhost(state_.compare.ghost);
}

// Every view draws its own copy of the meshes (a split screen poses them differently):
// view k's copy of structure i is mesh k * count + i.
void Controller::uploadMeshes() {
  std::vector<const geometry::Mesh*> meshes;
  for (std::size_t k = 0; k < state_.views.size(); ++k)
    for (const anatomy::Structure& s : state_.atlas.structures) meshes.push_back(&s.mesh);
  meshes_.setMeshes(meshes);
}

void Controller::poseView(std::size_t viewIndex, const anatomy::Conditions& conditions) {
  ViewSlot& v = state_.views[viewIndex];
  if (!v.posed || !v.posed->canPose()) return;
  const int offset = static_cast<int>(viewIndex * state_.atlas.structures.size());
  for (int i : v.posed->update(v.showsNormal ? normalLike(conditions) : conditions)) {
    meshes_.updateMeshVertices(offset + i, v.posed->positions(i), v.posed->normals(i));
    v.posedBounds[static_cast<std::size_t>(i)] = boundsOf(v.posed->positions(i));
  }
  v.measurements = anatomy::measureAll(*v.posed);
  v.achillesPullDeg = anatomy::achillesPullToHeelAxisDeg(v.posed->landmarks()).value_or(0.0f);  // 0: no heel landmarks
}

void Controller::setConditions(const anatomy::Conditions& conditions) {
  state_.conditions = conditions;
  for (std::size_t i = 0; i < state_.views.size(); ++i) poseView(i, conditions);
  refreshGhost();
}

void Controller::setStatus(std::string message, double seconds) {
  state_.ui.statusMessage = std::move(message);
  state_.ui.statusUntil = clock_() + seconds;
}

void Controller::applyAll(ui::Commands& commands) {
  ui::Commands now;
  now.swap(commands);
  for (const ui::Command& c : now) apply(c);
}

void Controller::apply(const ui::Command& c) {
  using K = ui::CommandKind;
  if (c.kind == K::Select && quizTakesClick(c.index)) return;
  recordUndo(c);
  switch (c.kind) {
    case K::Select: case K::ToggleSelect: case K::FadeSelection: case K::ClearSelection: case K::SetVisible:
    case K::HideSelection: case K::SetOpacity: case K::SetCategoryVisible: case K::SetCategoryOpacity: case K::Isolate:
    case K::ToggleIsolate: case K::IsolateCategory: case K::ShowAll:
      return applyDisplay(c);
    case K::Undo: case K::Redo: case K::AddBookmark: case K::GoToBookmark: case K::DeleteBookmark:
      return applyHistory(c);
    case K::OpenLesson: case K::LessonStep: case K::LessonGoTo: case K::LeaveLesson: case K::LessonCaptionPlaced:
      return applyLesson(c);
    case K::SetView: case K::ResetView: case K::ReturnToView: case K::FocusStructure: case K::SetBothLimbs:
    case K::ToggleBothLimbs: case K::Orbit: case K::Pan: case K::Zoom: case K::SetPivot:
      return applyCamera(c);
    case K::SetPreset: case K::CyclePreset: case K::SetSeverity: case K::SetSpurInclination: case K::SetOverlay:
    case K::CycleOverlay:
      return applyConditions(c);
    case K::SetAnkle: case K::ToggleHeelDrop: case K::SetHeelDropBelowStep:
      return applyMotion(c);
    case K::StartQuiz: case K::QuizChoose: case K::QuizNext: case K::LeaveQuiz:
      return applyQuiz(c);
    case K::AddLessonStep: case K::ReplaceLessonStep: case K::SetLessonStepText: case K::MoveLessonStep:
    case K::DeleteLessonStep: case K::ShowLessonStep: case K::SetDraftTitle: case K::SaveLesson:
    case K::NewLessonDraft:
      return applyAuthoring(c);
    case K::OpenFile: case K::OpenBuiltIn: case K::SetUpAxis: case K::SetUnits: case K::ShowOpenDialog: case K::SaveScreenshot: case K::SetUiScale:
    case K::StepUiScale: case K::TogglePanels: case K::ToggleHelp: case K::FocusSearch: case K::Quit:
    case K::ToggleKeyboardPanels:
    case K::SetLabelMode: case K::CycleLabelMode: case K::SetPalette: case K::TogglePresentation:
      return applyApp(c);
    case K::MoveListCursor: case K::SelectListCursor:
      return applyList(c);
    case K::NewCase: case K::OpenCase: case K::SaveCase: case K::ExportHandout: case K::AddPin: case K::RemovePin:
    case K::FitNumbers:
      return applyCase(c);
    case K::SetCompare: case K::ToggleCompare: case K::SetGhost: case K::ToggleGhost: case K::SetPatientMode:
    case K::TogglePatientMode: case K::TogglePen: case K::PenPoint: case K::ClearStrokes:
      return applyCompare(c);
    case K::SetMode: case K::MoveSection: case K::TurnSection: case K::ResetSection:
      return applyMode(c);
  }
}

void Controller::applyDisplay(const ui::Command& c) {
  using K = ui::CommandKind;
  anatomy::ViewState& d = state_.display;
  const anatomy::Atlas& atlas = state_.atlas;
  const int count = static_cast<int>(atlas.structures.size());
  const int index = c.index >= 0 && c.index < count ? c.index : -1;
  switch (c.kind) {
    case K::Select:
      d.selected = index;
      d.alsoSelected.clear();
      pivotOnSelection();
      break;
    case K::ToggleSelect:
      anatomy::toggleSelected(d, index);
      pivotOnSelection();
      break;
    case K::FadeSelection: {
      const std::vector<int> chosen = anatomy::selection(d);
      const bool fade = std::any_of(chosen.begin(), chosen.end(),
                                    [&](int i) { return d.display[static_cast<std::size_t>(i)].opacity > anatomy::kFadedOpacity; });
      for (int i : chosen) anatomy::setOpacity(d, i, fade ? anatomy::kFadedOpacity : anatomy::defaultOpacity(atlas.structures[static_cast<std::size_t>(i)].category));
      break;
    }
    case K::ClearSelection:
      if (closeWindows()) break;  // Esc closes Help or a dialog first
      if (d.selected >= 0 || !d.alsoSelected.empty()) {
        d.selected = -1;
        d.alsoSelected.clear();
      } else {
        anatomy::showAll(atlas, d);
      }
      break;
    case K::SetVisible: if (index >= 0) anatomy::setVisible(d, index, c.flag); break;
    case K::HideSelection:
      for (int i : anatomy::selection(d)) anatomy::setVisible(d, i, false);
      break;
    case K::SetOpacity: if (index >= 0) anatomy::setOpacity(d, index, c.value); break;
    case K::SetCategoryVisible: anatomy::setCategoryVisible(atlas, d, c.category, c.flag); break;
    case K::SetCategoryOpacity: anatomy::setCategoryOpacity(atlas, d, c.category, c.value); break;
    case K::Isolate:
      if (index < 0) break;
      anatomy::isolate(d, {index});
      frameVisible();
      break;
    case K::ToggleIsolate:
      if (d.isolated) {
        anatomy::showAll(atlas, d);
      } else if (d.selected >= 0) {
        anatomy::isolate(d, anatomy::selection(d));
        frameVisible();
      }
      break;
    case K::IsolateCategory:
      anatomy::isolateCategory(atlas, d, c.category);
      frameVisible();
      break;
    case K::ShowAll: anatomy::showAll(atlas, d); break;
    default: break;
  }
}

void Controller::applyConditions(const ui::Command& c) {
  using K = ui::CommandKind;
  switch (c.kind) {
    case K::SetPreset:
      if (auto preset = anatomy::presetConditions(c.text)) {
        preset->ankleDeg = conditions().ankleDeg;  // a preset is a foot, not a pose
        setConditions(*preset);
        glideToViewOf(anatomy::findPreset(c.text));
      }
      break;
    case K::CyclePreset: cyclePreset(c.index < 0 ? -1 : 1); break;
    case K::SetSeverity:
      if (canPose() && c.index >= 0 && c.index < static_cast<int>(anatomy::kConditionCount)) {
        anatomy::Conditions next = conditions();
        next.set(static_cast<anatomy::ConditionId>(c.index), c.value);
        setConditions(next);
        glideToViewOf(presetShowing(static_cast<anatomy::ConditionId>(c.index)));
      }
      break;
    case K::SetSpurInclination:
      if (canPose()) {
        anatomy::Conditions next = conditions();
        next.spurInclinationDeg = anatomy::clampSpurInclination(c.value);
        setConditions(next);
        glideToViewOf(presetShowing(anatomy::ConditionId::CalcificSpur));
      }
      break;
    case K::SetOverlay:
      if (c.index >= 0 && c.index < static_cast<int>(anatomy::kOverlayCount))
        setOverlay(static_cast<anatomy::OverlayKind>(c.index), c.flag);
      break;
    case K::CycleOverlay: cycleOverlay(); break;
    default: break;
  }
}

void Controller::applyApp(const ui::Command& c) {
  using K = ui::CommandKind;
  ui::UiState& ui = state_.ui;
  switch (c.kind) {
    case K::OpenFile: state_.load = {true, false, c.text, false, {}}; break;
    case K::OpenBuiltIn: state_.load = {true, true, {}, false, {}}; break;
    case K::SetUpAxis:
    case K::SetUnits: reopenWithAxes(c); break;
    case K::ShowOpenDialog: ui.showOpenDialog = true; break;
    case K::SaveScreenshot: state_.screenshotRequests.push_back(c.text); break;
    case K::SetUiScale: state_.pendingUiScale = std::clamp(c.value, 0.75f, 3.0f); break;
    case K::StepUiScale: state_.pendingUiScale = std::clamp(ui.uiScale + c.value, 0.75f, 3.0f); break;
    case K::TogglePanels: ui.showPanels = !ui.showPanels; break;
    case K::ToggleHelp: ui.showHelp = !ui.showHelp; break;
    case K::ToggleKeyboardPanels:
      if (ui.keyboardPanels && c.index > 0) {  // the next panel (the UI ends the mode after the last)
        ++ui.keyboardPanel;
        break;
      }
      ui.keyboardPanels = !ui.keyboardPanels;
      ui.keyboardPanel = 0;
      if (ui.keyboardPanels) ui.showPanels = true;  // something to move through
      setStatus(ui.keyboardPanels ? "Keyboard in the panels: arrows move, Space presses, Left/Right change a slider, "
                                    "F2 next panel; Esc back to the view"
                                  : "Keyboard back to the view");
      break;
    case K::SetLabelMode:
      if (c.index >= 0 && c.index < static_cast<int>(std::size(ui::kAllLabelModes))) ui.labelMode = ui::kAllLabelModes[c.index];
      break;
    case K::CycleLabelMode:
      ui.labelMode = ui::kAllLabelModes[(static_cast<int>(ui.labelMode) + 1) % std::size(ui::kAllLabelModes)];
      setStatus(std::string("Labels: ") + ui::labelModeId(ui.labelMode));
      break;
    case K::SetPalette:
      if (c.index >= 0 && c.index < static_cast<int>(std::size(anatomy::kAllPalettes)))
        ui.palette = anatomy::kAllPalettes[c.index];
      else if (c.index < 0)
        ui.palette = anatomy::kAllPalettes[(static_cast<int>(ui.palette) + 1) % std::size(anatomy::kAllPalettes)];
      setStatus(std::string("Palette: ") + anatomy::paletteLabel(ui.palette));
      break;
    case K::TogglePresentation: togglePresentation(); break;
    case K::FocusSearch:
      ui.showPanels = true;
      ui.focusSearch = true;
      break;
    case K::Quit:
      if (c.flag || !askToSaveFirst(c)) state_.quit = true;
      break;
    default: break;
  }
}

// Presentation mode: panels tucked away and text at least twice as large (the window goes
// full screen in the viewer); leaving it brings back the panels and the text size.
void Controller::togglePresentation() {
  ui::UiState& ui = state_.ui;
  ui.presentation = !ui.presentation;
  if (ui.presentation) {
    ui.panelsBeforePresentation = ui.showPanels;
    ui.scaleBeforePresentation = ui.uiScale;
    ui.showPanels = false;
    state_.pendingUiScale = std::max(ui.uiScale, 2.0f);
  } else {
    ui.showPanels = ui.panelsBeforePresentation;
    state_.pendingUiScale = ui.scaleBeforePresentation;
  }
}

// The structure list from the keyboard while the search box has it.
void Controller::applyList(const ui::Command& c) {
  ui::UiState& ui = state_.ui;
  const std::vector<int> listed = ui::listedStructures(state_.atlas, ui.search);
  if (c.kind == ui::CommandKind::MoveListCursor) {
    ui.listCursor = ui::moveListCursor(listed, ui.listCursor, c.index < 0 ? -1 : 1);
    ui.scrollToCursor = true;
    return;
  }
  if (listed.empty()) return;
  const bool onList = std::find(listed.begin(), listed.end(), ui.listCursor) != listed.end();
  apply(ui::makeCommand(ui::CommandKind::Select, onList ? ui.listCursor : listed.front()));
}

// View > Up axis / Units: the open user file again, read the new way.
void Controller::reopenWithAxes(const ui::Command& c) {
  if (state_.atlas.builtIn || state_.atlas.sourcePath.empty()) {
    setStatus("Up axis and units apply to a model you opened, not the built-in one", 4.0);
    return;
  }
  io::ModelAxes axes = state_.modelAxes;
  if (c.kind == ui::CommandKind::SetUpAxis && io::validUp(c.text)) axes.up = c.text;
  if (c.kind == ui::CommandKind::SetUnits && io::validUnits(c.text)) axes.units = c.text;
  if (axes == state_.modelAxes) return;
  state_.load = {true, false, state_.atlas.sourcePath, true, axes};
}

bool Controller::closeWindows() {
  ui::UiState& ui = state_.ui;
  const bool any = ui.showHelp || ui.showAbout || ui.showOpenDialog;
  ui.showHelp = ui.showAbout = ui.showOpenDialog = false;
  return any;
}

// The preset that shows this condition (its heel view), or nullptr.
const anatomy::Preset* Controller::presetShowing(anatomy::ConditionId id) const {
  for (const anatomy::Preset& p : anatomy::presets())
    for (const auto& [condition, severity] : p.settings)
      if (condition == id && severity > 0.0f && p.view) return &p;
  return nullptr;
}

// Heel conditions are seen best close up: the camera glides to the preset's view, unless the
// user turned that off (View menu) or is already there.
void Controller::glideToViewOf(const anatomy::Preset* preset) {
  if (!preset || !preset->view || !state_.ui.glideToHeelViews || !state_.atlas.builtIn) return;
  const auto view = geometry::parseView(preset->view);
  if (!view) return;
  for (ViewSlot& v : state_.views)
    if (v.standardView != *view || !v.atStandardView) setView(v, *view, true);
}

void Controller::cyclePreset(int step) {
  if (!canPose()) return;
  const auto& presets = anatomy::presets();
  const int count = static_cast<int>(presets.size());
  int current = -1;
  anatomy::Conditions shown = conditions();
  shown.ankleDeg = 0.0f;  // the ankle's pose is kept across presets
  shown.spurInclinationDeg = anatomy::kSpurInclinationDefaultDeg;  // as matchingPreset: the spur's lean is not a preset
  for (int i = 0; i < count; ++i)
    if (anatomy::presetConditions(presets[static_cast<std::size_t>(i)].id) == shown) current = i;
  const int next = current < 0 ? 0 : ((current + step) % count + count) % count;
  anatomy::Conditions chosen = *anatomy::presetConditions(presets[static_cast<std::size_t>(next)].id);
  chosen.ankleDeg = conditions().ankleDeg;
  setConditions(chosen);
  glideToViewOf(&presets[static_cast<std::size_t>(next)]);
  setStatus(std::string("Preset: ") + presets[static_cast<std::size_t>(next)].label, 3.0);
}

std::string Controller::sceneNote() const {
  std::string note = std::to_string(state_.atlas.structures.size()) + " structures, " +
                     std::to_string(state_.atlas.triangleCount()) + " triangles";
  // The built-in model's unit conversion (glTF metres) is not news to anyone.
  if (!state_.report.note.empty() && !state_.atlas.builtIn) note += "  |  " + state_.report.note;
  return note;
}

}  // namespace app
