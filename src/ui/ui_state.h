// State that belongs to the panels themselves (search text, open dialogs, wording
// level), not to the model.
#pragma once

#include <string>

namespace ui {

struct UiState {
  bool showPanels = true;
  bool showHelp = false;
  bool showOpenDialog = false;
  bool showAbout = false;
  bool showConditions = true;  // the Conditions panel (presets, severities, measurements, explanations)
  float rightPanelWidth = 0.0f;  // width the Conditions panel takes at the right edge this frame
  bool openExplainTab = false;   // brings the Conditions panel's Explain tab to the front once
  bool patientWording = false;
  float uiScale = 1.0f;
  char search[128] = {0};
  std::string openDialogDir;
  char openPath[1024] = {0};
  std::string errorMessage;  // non-empty: the error popup is open
  std::string statusMessage;  // bottom status line
  double statusUntil = 0.0;
  std::string loadingFile;  // non-empty while a file loads in the background
};

}  // namespace ui
