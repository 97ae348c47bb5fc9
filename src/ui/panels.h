// The viewer's panels, as free functions that read state and push commands: menu bar,
// structure tree, information card, view toolbar, dialogs and help.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/conditions.h"
#include "anatomy/lesson.h"
#include "anatomy/measure_all.h"
#include "anatomy/overlays.h"
#include "anatomy/view_mode.h"
#include "anatomy/quiz.h"
#include "anatomy/view_state.h"
#include "geometry/camera.h"
#include "ui/commands.h"
#include "ui/ui_state.h"

#include <array>
#include <string>
#include <vector>

namespace ui {

// A shipped lesson as the Lessons menu lists it.
struct LessonMenuEntry {
  std::string name;      // what --lesson and OpenLesson take
  std::string title;     // "" when the file does not read (error says why)
  std::string audience;  // "student" / "patient"
  std::string error;
};

// Ankle motion as the Motion section shows it.
struct MotionInfo {
  float ankleDeg = 0.0f;          // dorsiflexion +
  float tendonMm = 0.0f;          // the Achilles along its posed path (0: no tendon)
  float restTendonMm = 0.0f;      // the same in the unposed model
  float bursaFraction = 1.0f;     // retrocalcaneal bursa thickness against its rest
  bool playing = false, belowStep = true;
  std::string phase;              // of the heel drop while it plays
};

struct PanelContext {
  const anatomy::Atlas& atlas;
  const anatomy::ViewState& view;
  geometry::StandardView currentView;
  bool bothLimbs;
  std::string glInfo;
  std::string modelNote;  // what the loader decided (units, axis)
  // Conditions: null when the model cannot be posed (a user's file without the manifest).
  const anatomy::Conditions* conditions = nullptr;
  const std::vector<anatomy::Measurement>* measurements = nullptr;
  std::array<bool, anatomy::kOverlayCount> overlays{};
  anatomy::ViewMode mode = anatomy::ViewMode::Normal;  // of the active view (View > Mode)
  bool atStandardView = true;  // false once the camera has left currentView (no view lit in the bar)
  const anatomy::Lesson* lesson = nullptr;  // the lesson being played, or null
  int lessonStep = 0;
  std::vector<LessonMenuEntry> lessons{};  // shipped
  std::vector<std::string> bookmarks{};    // names, in order
  bool canUndo = false, canRedo = false;
  // The Achilles tendon's line of pull against the calcaneal bisector (posterior view),
  // now and in the normal foot, for the explanation.
  float achillesPullDeg = 0.0f, achillesPullNormalDeg = 0.0f;
  // Compare view, ghost outline and pen (the patient panel and the View menu switch them).
  bool compare = false, ghost = false, pen = false, hasStrokes = false;
  std::string patientLesson{};  // the patient lesson for the preset shown ("" for none)
  std::string selfCareLesson{};  // the patient lesson on looking after the heel
  // The open case (File menu, pins): its file ("" until saved), unsaved edits, recent files,
  // its pins' notes in order.
  std::string casePath{};
  bool caseIsExample = false;  // a shipped example: Save goes to Save As
  bool caseEdited = false;
  std::vector<std::string> recentCases{};
  std::vector<std::string> pinNotes{};
  bool userModel = false;  // a file the user opened (its up axis and units can be changed)
  std::string modelUp{"auto"}, modelUnits{"auto"};
  MotionInfo motion{};
  const anatomy::Quiz* quiz = nullptr;  // the quiz being played, or null
  const anatomy::Lesson* draft = nullptr;  // the lesson being written (Lessons > Write a lesson)
  int draftStep = -1;                      // its step last added or shown
  std::string draftPath{};                 // where it was last saved
};

void drawUi(const PanelContext& ctx, UiState& state, Commands& out);
// F2's keyboard mode: ImGui's keyboard navigation on (focus in state.keyboardPanel: the
// structure list, Conditions, the card) or off (no panel keeps the keyboard); a click
// outside the panels, or F2 after the last panel, ends the mode. Once a frame.
void updateKeyboardPanels(const PanelContext& ctx, UiState& state);

void drawMainMenu(const PanelContext& ctx, UiState& state, Commands& out);
void drawStructurePanel(const PanelContext& ctx, UiState& state, Commands& out);
void drawInfoPanel(const PanelContext& ctx, UiState& state, Commands& out);
void drawViewToolbar(const PanelContext& ctx, UiState& state, Commands& out);
void drawDialogs(const PanelContext& ctx, UiState& state, Commands& out);
void drawStatusLine(const PanelContext& ctx, UiState& state);
// The playing lesson's caption, step counter and buttons, above the view bar.
void drawLessonPanel(const PanelContext& ctx, UiState& state, Commands& out);
// Presets, severity sliders, live measurements, overlay toggles, and (second tab) the
// cards of the active conditions with the alignment chain's effect on the Achilles.
void drawConditionsPanel(const PanelContext& ctx, UiState& state, Commands& out);
// Patient mode's one panel: the condition in plain words, compare and outline switches, the
// guided "what is happening" lesson, the measurements in everyday words, the pen.
void drawPatientPanel(const PanelContext& ctx, UiState& state, Commands& out);
// "Your numbers": a patient's measured values, fitted into condition severities.
void drawFitPanel(const PanelContext& ctx, UiState& state, Commands& out);
// File menu entries for cases (New, Open, Recent, Save, Save As, Export handout).
void caseFileMenuItems(const PanelContext& ctx, UiState& state, Commands& out);
// The case prompts (open, save as, export) and the "Save changes?" question.
void drawCaseDialogs(const PanelContext& ctx, UiState& state, Commands& out);
// The pinned notes: add one (then click the model), the list with remove buttons.
void drawPinControls(const PanelContext& ctx, UiState& state, Commands& out);
// The quiz's question, its choices or the answer's feedback, the score and the summary;
// drawn with the panels hidden too (presentation).
void drawQuizPanel(const PanelContext& ctx, UiState& state, Commands& out);
// Writing a lesson: the title, the words of the next step, Add step, the list of steps
// (show, reword, re-capture, move up and down, delete) and Save.
void drawAuthoringPanel(const PanelContext& ctx, UiState& state, Commands& out);
// The ankle slider, the heel-drop animation's controls, the tendon's length and the bursa.
void drawMotionSection(const PanelContext& ctx, Commands& out);
void drawConditionExplanation(const PanelContext& ctx, UiState& state, Commands& out);
// The preset whose settings equal the conditions, or nullptr ("custom").
const anatomy::Preset* matchingPreset(const anatomy::Conditions& conditions);

// Keyboard shortcuts shown in Help and handled by the app (key, action).
struct Shortcut {
  const char* keys;
  const char* action;
};
const Shortcut* shortcuts(int& count);

}  // namespace ui
