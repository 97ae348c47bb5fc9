// F2 hands the keyboard to the panels: ImGui's keyboard navigation is switched on only while
// that mode lasts, so at other times the arrows, Space and Page keys stay the app's own
// (orbit, lesson steps, clicker) instead of being taken by whichever panel was last clicked.
#include "ui/panels.h"

#include <imgui.h>

namespace ui {

namespace {
// The panel the keyboard lands in first: the one with the structure list and its sliders.
const char* firstPanel(const UiState& state) { return state.patientMode ? "Your heel" : "Structures"; }
}  // namespace

void updateKeyboardPanels(UiState& state) {
  static bool wasOn = false;
  ImGuiIO& io = ImGui::GetIO();
  if (state.keyboardPanels && wasOn && !ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow))
    state.keyboardPanels = false;  // a click in the view (or Tab hiding the panels) hands the keyboard back
  if (state.keyboardPanels) {
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (!wasOn) ImGui::SetWindowFocus(firstPanel(state));
  } else {
    io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    if (wasOn) ImGui::SetWindowFocus(nullptr);  // no panel keeps the keyboard
  }
  wasOn = state.keyboardPanels;
}

}  // namespace ui
