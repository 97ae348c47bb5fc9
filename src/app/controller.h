// Applies Commands to the AppState and keeps what is derived from it consistent: posing the
// model when conditions change (and re-uploading what moved), re-measuring, framing the
// camera of each view. The window loop, the headless jobs and the tests all drive the app
// through it. Adding a command: a CommandKind (ui/commands.h), a case in apply(), a test.
#pragma once

#include "app/app_state.h"
#include "render/backend.h"
#include "ui/commands.h"
#include "ui/panels.h"

#include "anatomy/fit.h"

#include <functional>
#include <optional>

namespace app {

class Controller {
 public:
  // clock returns seconds (status messages expire); the default always says 0.
  Controller(AppState& state, render::MeshStore& meshes, std::function<double()> clock = {});

  // Replaces the model. Conditions carry over from the previous model; the first model
  // takes `initialConditions`. Views keep their number and layout.
  void setAtlas(anatomy::Atlas atlas, const io::LoadReport& report, const anatomy::Conditions& initialConditions,
                geometry::StandardView initialView);

  void apply(const ui::Command& command);
  // Applies and empties the list.
  void applyAll(ui::Commands& commands);
  // Advances camera glides by dt seconds; true while any view's camera still moves.
  bool tick(float dt);

  ViewSlot& activeView();
  const ViewSlot& activeView() const;
  // The patient's conditions, which every view shows.
  const anatomy::Conditions& conditions() const;
  bool canPose() const;
  // Part of a view the panels leave free, and its aspect ratio (width / height).
  geometry::FreeArea freeArea(const ViewSlot& view) const;
  float aspect(const ViewSlot& view) const;
  // Overlays switched on that belong to the view's standard view.
  std::vector<anatomy::Overlay> visibleOverlays(const ViewSlot& view) const;
  std::string sceneNote() const;  // "41 structures, 256686 triangles"

  void setConditions(const anatomy::Conditions& conditions);
  void setView(ViewSlot& view, geometry::StandardView standardView, bool animate);
  void setOverlay(anatomy::OverlayKind kind, bool on, bool animate = true);
  void setStatus(std::string message, double seconds = 4.0);
  Snapshot snapshot() const;
  // Starts a lesson at its first step (what was shown comes back when it ends).
  void startLesson(anatomy::Lesson lesson, std::string path, bool animate = true);
  void goToLessonStep(int step, bool animate = true);
  // Normal beside the case (two views, cameras synced), or the case alone.
  void setCompare(bool on);
  void setGhost(bool on);
  void setPatientMode(bool on);
  // Places the views: side by side when comparing, right of the patient panel in patient mode.
  void layoutViews();
  // The ghost's outline for view `viewIndex`: outline edges of the normal pose of every shown
  // structure the case poses differently, seen from that view's camera (model space).
  std::vector<geometry::Segment> ghostOutline(std::size_t viewIndex) const;

  // Patient cases (controller_case.cpp). A failed open or save puts one line naming the
  // file in ui.errorMessage, returns false and leaves the open case as it was.
  void newCase();
  bool openCase(const std::string& path);
  bool saveCase(const std::string& path = {});  // "" saves to the case's own path
  // Shows record (side, conditions, view, overlays, hidden, bookmarks) as the open case.
  void showCase(const anatomy::CaseRecord& record, const std::string& path, bool animate);
  // Takes a case whose scene was already set up (the command line's --case).
  void adoptCase(const anatomy::CaseRecord& record, const std::string& path);
  // The open case as it would be saved now: the record's own fields plus the scene.
  anatomy::CaseRecord currentCase() const;
  bool caseHasUnsavedChanges() const;
  // Left or right: mirrors every view's model, overlays and cameras.
  void setSide(anatomy::Side side);
  anatomy::Side side() const;
  // Fits the severities to a patient's numbers (anatomy/fit.h) and keeps them in the case.
  anatomy::FitResult fitCase(const std::vector<anatomy::FitTarget>& targets);
  void setAnkle(float degrees);
  // The scene now as a lesson step (view and camera turn, shown, hidden, faded, outlined and
  // labelled structures, conditions, overlays, mode) with this title and text.
  anatomy::LessonStep captureStep(std::string title, std::string text);
  ui::MotionInfo motionInfo() const;  // for the Motion section
  // How far the ankle's motion has carried the heel: heel close-ups move with it.
  glm::vec3 heelShift(const ViewSlot& view) const;

 private:
  void applyDisplay(const ui::Command& c);
  void applyCamera(const ui::Command& c);
  void applyConditions(const ui::Command& c);
  void applyApp(const ui::Command& c);
  void togglePresentation();
  void applyHistory(const ui::Command& c);
  void applyList(const ui::Command& c);
  void applyLesson(const ui::Command& c);
  void applyCompare(const ui::Command& c);
  void applyCase(const ui::Command& c);
  void fitNumbers(const std::string& lines);
  // An edited case would be lost by c: keeps c for the "Save changes?" dialog; true when asked.
  bool askToSaveFirst(const ui::Command& c);
  void applyMode(const ui::Command& c);  // controller_mode.cpp
  void applyMotion(const ui::Command& c);
  void applyQuiz(const ui::Command& c);
  void applyAuthoring(const ui::Command& c);
  void saveDraft(std::string path);
  geometry::OrbitCamera playerFraming(ViewSlot& v, const std::vector<int>& framed);
  bool quizTakesClick(int index);  // a click answering the quiz's pick question
  void showQuizQuestion(bool animate);
  bool advanceMotion(float dt);  // true while the heel drop plays
  void recordUndo(const ui::Command& c);
  void restore(const Snapshot& s, bool animate);
  void showLessonStep(int step, bool animate);
  void placeLessonCaption(const ui::Command& c);
  void frameLessonStep(const anatomy::LessonStep& step, bool animate);  // the step's camera, above the caption
  void uploadMeshes();
  void uploadPosed(std::size_t viewIndex);
  void refreshGhost();
  void poseView(std::size_t viewIndex, const anatomy::Conditions& conditions);
  void focusStructure(int index);
  geometry::Bounds drawnBounds(const ViewSlot& view, int index) const;
  void pivotOnSelection();
  void frameVisible();
  void frameShown(ViewSlot& view);
  void frameStructures(ViewSlot& view, const std::vector<int>& structures);
  void moveCamera(ViewSlot& view, const geometry::OrbitCamera& goal, bool animate);
  void leaveStandardView();
  void cycleOverlay();
  void cyclePreset(int step);
  const anatomy::Preset* presetShowing(anatomy::ConditionId id) const;
  void glideToViewOf(const anatomy::Preset* preset);
  bool closeWindows();
  void reopenWithAxes(const ui::Command& c);  // Help, About, the open dialog; true when one was open

  AppState& state_;
  render::MeshStore& meshes_;
  std::function<double()> clock_;
  std::optional<ui::Command> lastUndoable_;  // for merging a slider drag into one undo step
};

// No condition, but the same ankle angle: the compare view's normal side and the ghost move
// with the heel drop like the case.
anatomy::Conditions normalLike(const anatomy::Conditions& conditions);

// A left case's overlay: the right limb's, mirrored (x -> -x).
void mirrorOverlay(anatomy::Overlay& overlay);

// Each overlay is drawn in the standard views it was defined for.
bool overlayFitsView(anatomy::OverlayKind kind, geometry::StandardView view);

}  // namespace app
