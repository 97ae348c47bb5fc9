// The row of standard-view buttons along the bottom: big targets for a presenter.
#include "ui/panels.h"

#include <imgui.h>

#include <string>

namespace ui {

namespace {
// Patient mode keeps the views that show the heel and the leg's line.
bool shownToPatients(geometry::StandardView v) {
  using V = geometry::StandardView;
  return v == V::Lateral || v == V::Posterior || v == V::WholeLeg || v == V::HeelLateral || v == V::HeelPosterior;
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label).x + 2.0f * ImGui::GetStyle().FramePadding.x;
}

// "8  Heel, side", or just the key on a compact bar.
std::string viewButtonLabel(int key, geometry::StandardView v, bool compact) {
  const std::string digit = std::to_string(key % 10);
  return compact ? digit : digit + "  " + geometry::viewLabel(v);
}

// The next button stays on this row only if the row then still fits the window: on a narrow
// window or at large text the bar takes two rows instead of running off the edge.
void sameRowIfFits(const char* nextLabel, float& rowWidth, float maxWidth) {
  const float next = buttonWidth(nextLabel);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  if (rowWidth + spacing + next <= maxWidth) {
    ImGui::SameLine();
    rowWidth += spacing + next;
  } else {
    rowWidth = next;
  }
}

// The bar's width with full labels ("8  Heel, side"): when that would take more than two rows
// (large text on a small window), the buttons show only their keys, with the names as tooltips,
// so the bar stays one row and leaves the view and the card their room.
bool needsCompactBar(const UiState& state, float maxWidth) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  float width = state.patientMode ? 0.0f : buttonWidth("Reset (R)");  // patients get no Reset
  int key = 1;
  for (geometry::StandardView v : geometry::kAllViews) {
    const std::string label = viewButtonLabel(key++, v, false);
    if (!(state.patientMode && !shownToPatients(v))) width += spacing + buttonWidth(label.c_str());
  }
  return width > 2.0f * maxWidth;
}
}  // namespace

void drawViewToolbar(const PanelContext& ctx, UiState& state, Commands& out) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 10.0f * scale),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  const float maxWidth = vp->WorkSize.x - 20.0f * scale - 2.0f * ImGui::GetStyle().WindowPadding.x;
  ImGui::Begin("##views", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoScrollbar);
  const bool compact = needsCompactBar(state, maxWidth);
  state.viewBarTop = ImGui::GetWindowPos().y;  // the lesson caption stands above it
  int key = 1;
  float rowWidth = -1.0f;  // none yet: the first button starts the first row
  for (geometry::StandardView v : geometry::kAllViews) {
    if (state.patientMode && !shownToPatients(v)) {
      ++key;
      continue;
    }
    const bool current = ctx.atStandardView && v == ctx.currentView;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    const std::string label = viewButtonLabel(key, v, compact);
    if (rowWidth < 0.0f)
      rowWidth = buttonWidth(label.c_str());
    else
      sameRowIfFits(label.c_str(), rowWidth, maxWidth);
    if (ImGui::Button(label.c_str())) {
      Command cmd = makeCommand(CommandKind::SetView);
      cmd.view = v;
      out.push_back(cmd);
    }
    if (compact && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", geometry::viewLabel(v));
    if (current) ImGui::PopStyleColor();
    ++key;
  }
  if (!state.patientMode) {
    const char* reset = compact ? "R" : "Reset (R)";
    sameRowIfFits(reset, rowWidth, maxWidth);
    if (ImGui::Button(reset)) out.push_back(makeCommand(CommandKind::ReturnToView));
    if (compact && ImGui::IsItemHovered()) ImGui::SetTooltip("Back to the current standard view");
  }
  ImGui::End();
}

}  // namespace ui
