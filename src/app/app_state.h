// The application's state as plain data: the open model, one or more views (each with its
// camera, posed model, measurements and overlays), what is shown and selected, the panels'
// own state, and requests the window loop carries out (load a file, save a screenshot).
// The Controller (controller.h) is the only code that changes it; panels and the window
// loop read it.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/case_record.h"
#include "anatomy/lesson.h"
#include "anatomy/measure_all.h"
#include "anatomy/overlays.h"
#include "anatomy/posed_model.h"
#include "anatomy/quiz.h"
#include "anatomy/view_mode.h"
#include "anatomy/view_state.h"
#include "geometry/camera.h"
#include "geometry/silhouette.h"
#include "geometry/section_plane.h"
#include "io/model_loader.h"
#include "io/model_settings.h"
#include "ui/ui_state.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace app {

// Where a view sits in the window, as fractions of its width and height (left/bottom origin).
struct ViewRect {
  float x = 0.0f, y = 0.0f, width = 1.0f, height = 1.0f;
};

// One view of the model: a split screen has two.
struct ViewSlot {
  std::string label;  // shown over the view when there are several ("Normal", "Your heel")
  ViewRect rect;
  // How it is drawn (anatomy/view_mode.h). Adding a mode: a ViewMode value, its passes in
  // app::planFrame (app/frame_plan.cpp), the pass itself in src/render.
  anatomy::ViewMode mode = anatomy::ViewMode::Normal;
  // The compare view's reference side: posed normal whatever the patient's conditions.
  bool showsNormal = false;
  geometry::SectionParams section;  // the cutting plane of the section mode (geometry/section_plane.h)
  geometry::OrbitCamera camera;
  geometry::CameraAnimator animator;
  geometry::StandardView standardView = geometry::StandardView::Lateral;
  bool atStandardView = true;  // false once the user orbits, pans or zooms away from it
  bool bothLimbs = false;       // the mirrored left limb is drawn too (whole-leg view)
  bool mirrored = false;        // a left case: the model drawn mirrored (x -> -x), cameras too
  std::optional<glm::vec3> pivot;  // what orbiting turns about (else the camera's target)
  std::array<bool, anatomy::kOverlayCount> overlays{};
  // Derived from the atlas and the conditions; kept consistent by the Controller.
  std::unique_ptr<anatomy::PosedModel> posed;  // references AppState::atlas
  std::vector<anatomy::Measurement> measurements;
  std::vector<geometry::Bounds> posedBounds;  // local bounds of the posed vertices, for picking
  float achillesPullDeg = 0.0f;
};

// A saved camera (View > Bookmarks); kept in a case file too.
struct Bookmark {
  std::string name;
  geometry::OrbitCamera camera;
  geometry::StandardView standardView = geometry::StandardView::Lateral;
  bool atStandardView = false;
};

// What undo brings back: the model's state as the user changed it, without derived values.
struct ViewSnapshot {
  geometry::OrbitCamera camera;
  geometry::StandardView standardView = geometry::StandardView::Lateral;
  bool atStandardView = true;
  bool bothLimbs = false;
  std::optional<glm::vec3> pivot;
  std::array<bool, anatomy::kOverlayCount> overlays{};
  anatomy::ViewMode mode = anatomy::ViewMode::Normal;  // a lesson's X-ray step ends when it does
  geometry::SectionParams section;
};
struct Snapshot {
  anatomy::Conditions conditions;
  anatomy::ViewState display;
  std::vector<ViewSnapshot> views;
};

// The lesson being played, and what to go back to when it ends.
struct LessonPlayer {
  std::optional<anatomy::Lesson> lesson;
  std::string path;
  int step = 0;
  Snapshot before;
  // The camera is where the step put it (not turned or moved since): it follows the caption
  // when the caption's size changes.
  bool cameraFromStep = false;
  bool active() const { return lesson.has_value(); }
};

// The lesson being written in the app (Lessons > Write a lesson): its steps captured from
// the scene, the step last added or shown, and where it was saved.
struct LessonDraft {
  anatomy::Lesson lesson;
  int current = -1;
  std::string path;
};

// The quiz being played, and what to go back to when it ends.
struct QuizPlayer {
  std::optional<anatomy::Quiz> quiz;
  Snapshot before;
  std::uint32_t quizzesStarted = 0;  // varies the seed of quizzes started without one
  bool active() const { return quiz.has_value(); }
};

// The eccentric heel-drop animation: its clock runs only while it plays, so pausing holds
// the ankle where it is (anatomy::HeelDrop turns the clock into an angle).
struct MotionPlayer {
  bool playing = false;
  double seconds = 0.0;
  bool belowStep = true;
  float restTendonMm = 0.0f;  // the Achilles' length in the unposed model, for comparison
};

// A request the window loop carries out (it needs the GPU or a worker thread).
struct LoadRequest {
  bool pending = false;
  bool builtIn = false;
  std::string path;
  // Up axis and units chosen in the View menu for this file (remembered once it opens);
  // otherwise what was remembered for it is used.
  bool axesChosen = false;
  io::ModelAxes axes;
};

// A freehand stroke drawn over a view while explaining (window pixels, top-left origin).
struct Stroke {
  int view = 0;
  std::vector<glm::vec2> points;
};

// Compare (normal beside the case), the ghost (the normal outline over the case), patient
// mode and the pen. The outline's inputs are derived values the Controller keeps.
struct CompareState {
  bool on = false;
  bool ghost = false;
  std::unique_ptr<anatomy::PosedModel> normal;    // the atlas posed with no condition
  std::vector<int> differsFromNormal;             // structures the case poses differently
  std::vector<geometry::EdgeAdjacency> edges;     // per structure, built when the ghost first needs it
  bool drawing = false;                           // the pen: a left drag draws instead of turning
  std::vector<Stroke> strokes;
};

// The patient case open in the app (controller_case.cpp). The record keeps what the scene
// does not: label, date, notes, pins, the numbers a fit was made from.
struct CaseDocument {
  std::string path;            // "" until opened or saved
  anatomy::CaseRecord record;  // as last opened or saved, plus edits to its own fields
  bool dirty = false;          // its own fields were edited (the scene is compared separately)
  bool example = false;        // one of the shipped examples: Save asks for a new file, never overwrites it
  std::string recentListPath;  // where the recent-cases list is kept; "" keeps none (tests)
  std::vector<std::string> recent;  // most recent first
};

struct AppState {
  anatomy::Atlas atlas;
  io::LoadReport report;
  anatomy::ViewState display;  // visibility, opacity, selection, hover (shared by the views)
  // The patient's conditions. They outlive the model: a user's file that cannot be posed
  // keeps them for when the built-in model comes back.
  anatomy::Conditions conditions;
  std::vector<ViewSlot> views;
  int activeView = 0;
  float achillesPullNormalDeg = 0.0f;  // the line of pull of the unposed model, for the explanation
  ui::UiState ui;
  // Window size in pixels and whether the panels are drawn over the scene (the free area
  // between them is where framed structures go).
  int viewportWidth = 1, viewportHeight = 1;
  bool panelsOnScreen = false;
  std::vector<Bookmark> bookmarks;
  std::vector<Snapshot> undo, redo;  // oldest first
  LessonPlayer lesson;
  CompareState compare;
  CaseDocument caseDoc;
  MotionPlayer motion;
  QuizPlayer quiz;
  LessonDraft draft;
  LoadRequest load;
  io::ModelAxes modelAxes;  // what the open user model was read with
  std::vector<std::string> screenshotRequests;  // "" = an automatic name
  std::vector<std::string> handoutRequests;     // File > Export handout: paths
  float pendingUiScale = 0.0f;  // > 0: fonts are rebuilt at this scale before the next frame
  bool quit = false;
};

}  // namespace app
