// What the user asks the app to do. Keys, menus, panels, mouse gestures, scripts and tests
// all produce Commands; app::Controller applies them in one place, so every action is
// testable without a display.
#pragma once

#include "anatomy/structure.h"
#include "geometry/camera.h"

#include <string>
#include <vector>

namespace ui {

enum class CommandKind {
  SetView,          // view: a standard view, the camera glides there
  ResetView,        // show every structure again and return to the current standard view
  ReturnToView,     // the camera glides back to the current standard view (R, Home)
  FocusStructure,   // index (-1: the selection)
  Select,           // index (-1 clears); the selection becomes this one structure
  ToggleSelect,     // index: Ctrl+click adds it to the selection or takes it out
  FadeSelection,    // fades the selection, or makes it solid again
  ClearSelection,   // Esc: clears the selection, or when there is none shows everything
  SetVisible,       // index, flag
  HideSelection,    // H
  SetOpacity,       // index, value
  SetCategoryVisible,  // category, flag
  SetCategoryOpacity,  // category, value
  Isolate,          // index
  ToggleIsolate,    // I: isolates the selection, or ends an isolation
  IsolateCategory,  // category
  ShowAll,
  SetBothLimbs,     // flag
  ToggleBothLimbs,  // B
  OpenFile,         // text = path
  OpenBuiltIn,
  ShowOpenDialog,   // Ctrl+O
  SaveScreenshot,   // text = path ("" = automatic name)
  SetUiScale,       // value
  SetUpAxis,        // text = auto, y, -y, z, -z, x, -x: reopens the user's model so, and remembers it
  SetUnits,         // text = auto, mm, cm, m, in: the same for its units
  StepUiScale,      // value = change (Ctrl +/-)
  TogglePanels,     // Tab
  ToggleHelp,       // F1
  ToggleKeyboardPanels,  // F2: the panels take the keyboard (index 1: the next panel), Esc gives it back
  SetLabelMode,     // index = ui::LabelMode
  CycleLabelMode,   // L: lesson's own -> all -> selected -> off
  SetPalette,       // index = anatomy::Palette; -1: the next one (C)
  TogglePresentation,  // F5: full screen, panels tucked away, larger text
  FocusSearch,      // Ctrl+F: the structure search takes the keyboard
  MoveListCursor,   // index = +1 / -1: Down / Up in the structures the search lists
  SelectListCursor, // Enter in the search: selects the structure under the cursor (or the first listed)
  SetPreset,        // text = preset id ("normal", "flat-foot", ...)
  CyclePreset,      // index = +1 or -1 (P, Shift+P)
  SetSeverity,      // index = condition (anatomy::ConditionId), value = severity 0-1
  SetSpurInclination,  // value = the calcific spur's angle to the posterior cortex, degrees (0-45)
  SetAnkle,         // value = ankle angle, degrees (dorsiflexion +); pauses the heel drop
  ToggleHeelDrop,   // D: plays or pauses the eccentric heel-drop animation
  SetHeelDropBelowStep,  // flag: full range (heel below the step) or stop at floor level
  SetOverlay,       // index = overlay (anatomy::OverlayKind), flag; turning one on shows its view
  CycleOverlay,     // O: off -> lateral -> posterior -> whole leg -> off
  Orbit,            // value = yaw change, value2 = pitch change (radians); about the pivot
  Pan,              // value, value2 = drag in pixels
  Zoom,             // value = factor (> 1 closer); flag: toward point.x, point.y (the cursor, NDC)
  SetPivot,         // point = what the camera orbits about from now on (a double-clicked spot)
  Undo,             // Ctrl+Z: the last change to conditions, visibility, selection or a camera jump
  Redo,             // Ctrl+Shift+Z, Ctrl+Y
  AddBookmark,      // text = name ("" = numbered): the current camera, kept while the app runs
  GoToBookmark,     // index
  DeleteBookmark,   // index
  OpenLesson,       // text = a shipped lesson's name or a path
  LessonStep,       // index = +1 next, -1 previous
  LessonGoTo,       // index = step (0 first, -1 last)
  LeaveLesson,      // restores what was shown before the lesson
  LessonCaptionPlaced,  // point = x, y, width; value = height of the drawn caption, fractions of the window (top-left origin)
  SetCompare,       // flag: normal on the left, the case on the right, cameras synced
  ToggleCompare,    // V
  SetGhost,         // flag: the normal outline drawn over the case
  ToggleGhost,      // G
  SetPatientMode,   // flag: plain words, large type, few controls
  TogglePatientMode,  // F6
  TogglePen,        // D: a left drag draws a freehand stroke instead of turning the model
  PenPoint,         // index = view, point.x/y = window pixels; flag: starts a new stroke
  ClearStrokes,     // E
  SetMode,          // index = anatomy::ViewMode for every view; flag: toggle (that mode again -> normal)
  MoveSection,      // value = mm along the section plane's normal
  TurnSection,      // value = yaw, value2 = tilt change of the section plane (degrees)
  ResetSection,     // the plane back to sagittal through the Achilles
  AddLessonStep,    // text = "title\ncaption": the scene as it is now, after the step `index` (-1: at the end)
  ReplaceLessonStep,  // index = step, text as above: the step takes the scene now and the caption
  SetLessonStepText,  // index = step, text as above: only the words change
  MoveLessonStep,   // index = step, value = -1 up / +1 down
  DeleteLessonStep, // index = step
  ShowLessonStep,   // index = step of the lesson being written: the scene goes back to it
  SetDraftTitle,    // text = the lesson's title
  SaveLesson,       // text = path (.aalesson added when missing); written atomically
  NewLessonDraft,   // starts an empty lesson
  StartQuiz,        // index = seed (-1: a new one each time), flag: no camera glide; what is shown comes back when it ends
  QuizChoose,       // index = choice of a "which condition" question
  QuizNext,         // on to the next question once this one is answered
  LeaveQuiz,
  NewCase,          // flag: unsaved changes may be dropped (else the user is asked first)
  OpenCase,         // text = path; flag as above
  SaveCase,         // text = path ("" = the case's own file)
  ExportHandout,    // text = path (.pdf or .png): the A4 page for the patient
  AddPin,           // index = structure, point = where on it, text = the note
  RemovePin,        // index = pin
  FitNumbers,       // text = "key=value" lines (--fit's form, side=left|right too): fit the severities to them
  Quit,             // flag: unsaved changes may be dropped
};

struct Command {
  CommandKind kind = CommandKind::ResetView;
  int index = -1;
  anatomy::Category category = anatomy::Category::Other;
  geometry::StandardView view = geometry::StandardView::Lateral;
  float value = 0.0f;
  float value2 = 0.0f;
  glm::vec3 point{0.0f};
  bool flag = false;
  std::string text;
};

using Commands = std::vector<Command>;

inline Command makeCommand(CommandKind kind, int index = -1) {
  Command c;
  c.kind = kind;
  c.index = index;
  return c;
}

}  // namespace ui
