// State that belongs to the panels themselves (search text, open dialogs, wording
// level), not to the model.
#pragma once

#include "anatomy/palette.h"

#include <string>
#include <vector>

namespace ui {

// The file prompts of the File menu's case entries.
enum class CasePrompt { None, Open, SaveAs, ExportHandout };

// Which structures carry a name label: the lesson step's own, every visible one, the
// selection, or none.
enum class LabelMode { Lesson, All, Selected, Off };
inline constexpr LabelMode kAllLabelModes[] = {LabelMode::Lesson, LabelMode::All, LabelMode::Selected, LabelMode::Off};
inline const char* labelModeId(LabelMode m) {
  switch (m) {
    case LabelMode::All: return "all";
    case LabelMode::Selected: return "selected";
    case LabelMode::Off: return "off";
    case LabelMode::Lesson: break;
  }
  return "lesson";
}

struct UiState {
  bool showPanels = true;
  bool showHelp = false;
  bool showOpenDialog = false;
  bool showAbout = false;
  bool showConditions = true;  // the Conditions panel (presets, severities, measurements, explanations)
  float rightPanelWidth = 0.0f;  // width the Conditions panel takes at the right edge this frame
  float leftPanelWidth = 0.0f;   // width the Structures (or patient) panel takes at the left edge this frame
  float viewBarTop = 0.0f;       // the view bar's top edge this frame (0: no bar)
  bool openExplainTab = false;   // brings the Conditions panel's Explain tab to the front once
  bool patientWording = false;
  CasePrompt casePrompt = CasePrompt::None;
  std::string casePromptPath;  // the path typed in the prompt
  std::string caseDir;         // the folder the prompts start in
  // A command waiting for "Save changes?" (New, Open or Quit with an edited case): its kind,
  // its text; the dialog sends it again with flag set, after saving when asked to.
  int unsavedPendingKind = -1;
  std::string unsavedPendingText;
  bool pinning = false;        // the next click on the model pins a note there
  std::string pinText;         // the note the next pin gets
  // "Your numbers" (Conditions > Your numbers): the form's entries and the last fit's report.
  struct FitEntry {
    std::string key;
    bool used = false;
    float value = 0.0f;
  };
  bool showFit = false;
  std::vector<FitEntry> fitEntries;  // filled the first time the form opens
  int fitSide = 0;                   // 0 right, 1 left
  std::vector<std::string> fitReport;  // one line per number: reached, or why not
  bool patientMode = false;  // plain words, large type, the patient panel instead of the structure tree
  float scaleBeforePatient = 0.0f;  // the UI scale to go back to when patient mode ends
  bool glideToHeelViews = true;  // choosing a heel condition glides the camera to its heel view
  float uiScale = 1.0f;
  float baseScale = 1.0f;  // the scale the window opened at (its monitor's): overlay text grows with uiScale / baseScale
  // Where the lesson caption was last drawn, as fractions of the window (top-left origin);
  // zero height before it has been. The lesson camera frames the model in the part above it.
  struct CaptionRect {
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
  };
  CaptionRect lessonCaption;
  LabelMode labelMode = LabelMode::Lesson;
  anatomy::Palette palette = anatomy::Palette::Default;
  // Presentation mode: full screen, panels tucked away, larger text; what to restore after.
  bool presentation = false;
  bool panelsBeforePresentation = true;
  float scaleBeforePresentation = 1.0f;
  std::string search;
  bool focusSearch = false;  // Ctrl+F: the search box takes the keyboard next frame
  int listCursor = -1;       // the structure Up/Down moved to in the list (Enter selects it)
  bool scrollToCursor = false;
  bool searchActive = false;  // the search box has the keyboard (Up, Down, Enter go to the list)
  // F2: the panels have the keyboard (ImGui's keyboard navigation: arrows move between
  // items, Space presses, Left/Right change a slider); off,
  // the arrows and Space are the app's own (orbit, lesson steps). F2 again: the next panel,
  // and after the last one back to the view; Esc: back to the view at once.
  bool keyboardPanels = false;
  int keyboardPanel = 0;  // which panel has it: F2 again moves to the next, after the last back to the view
  std::string openDialogDir;  // the open dialog starts in the last folder it was in
  std::string openPath;       // the name typed or picked in it (empty each time it opens)
  bool openDialogAllFiles = false;  // its filter: model files, or all files
  std::string errorMessage;  // non-empty: the error popup is open
  std::string statusMessage;  // bottom status line
  double statusUntil = 0.0;
  std::string loadingFile;  // non-empty while a file loads in the background
  // Lessons > Write a lesson: the authoring panel, the words for the next step, the file name.
  bool showAuthoring = false;
  std::string stepTitle, stepCaption;
  std::string lessonTitle, lessonPath = "my_lesson.aalesson";
  int editingStep = -1;  // the step whose words are in the boxes (-1: a new one)
  bool captionBoxActive = false;  // the words box had the keyboard last frame (it wraps them itself then)
};

// A new model is open: the old search and list cursor no longer mean anything.
inline void resetAfterLoad(UiState& state) {
  state.search.clear();
  state.listCursor = -1;
}

}  // namespace ui
