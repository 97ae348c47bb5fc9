// F2 hands the keyboard to the panels: ImGui's keyboard navigation is switched on only while
// that mode lasts, so at other times the arrows, Space and Page keys stay the app's own
// (orbit, lesson steps, clicker) instead of being taken by whichever panel was last clicked.
#include "ui/panels.h"

#include <imgui.h>

#include <vector>

namespace ui {

namespace {
// The panels F2 goes through in turn, those on screen now: the structure list (or the
// patient panel), the Conditions panel, the card of the selection.
std::vector<const char*> panelsOnScreen(const PanelContext& ctx, const UiState& state) {
  std::vector<const char*> names;
  names.push_back(state.patientMode ? "Your heel" : "Structures");
  if (!state.patientMode && state.showConditions) names.push_back("Conditions");
  if (ctx.view.selected >= 0 && ctx.view.selected < static_cast<int>(ctx.atlas.structures.size()))
    names.push_back("##info");
  return names;
}
}  // namespace

void updateKeyboardPanels(const PanelContext& ctx, UiState& state) {
  static bool wasOn = false;
  static int wasPanel = -1;
  ImGuiIO& io = ImGui::GetIO();
  if (state.keyboardPanels && wasOn && !ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow))
    state.keyboardPanels = false;  // a click in the view (or Tab hiding the panels) hands the keyboard back
  const std::vector<const char*> panels = panelsOnScreen(ctx, state);
  if (state.keyboardPanel >= static_cast<int>(panels.size())) state.keyboardPanels = false;  // past the last
  if (state.keyboardPanels) {
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    if (!wasOn || state.keyboardPanel != wasPanel) ImGui::SetWindowFocus(panels[static_cast<std::size_t>(state.keyboardPanel)]);
  } else {
    io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    if (wasOn) ImGui::SetWindowFocus(nullptr);  // no panel keeps the keyboard
  }
  wasOn = state.keyboardPanels;
  wasPanel = state.keyboardPanels ? state.keyboardPanel : -1;
}

}  // namespace ui
