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

// The next button stays on this row only if the row then still fits the window: on a narrow
// window or at large text the bar takes two rows instead of running off the edge.
void sameRowIfFits(const char* nextLabel, float& rowWidth, float maxWidth) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float next = ImGui::CalcTextSize(nextLabel).x + 2.0f * style.FramePadding.x;
  if (rowWidth + style.ItemSpacing.x + next <= maxWidth) {
    ImGui::SameLine();
    rowWidth += style.ItemSpacing.x + next;
  } else {
    rowWidth = next;
  }
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
  int key = 1;
  float rowWidth = -1.0f;  // none yet: the first button starts the first row
  for (geometry::StandardView v : geometry::kAllViews) {
    if (state.patientMode && !shownToPatients(v)) {
      ++key;
      continue;
    }
    const bool current = ctx.atStandardView && v == ctx.currentView;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    const std::string label = std::to_string(key % 10) + "  " + geometry::viewLabel(v);
    if (rowWidth < 0.0f)
      rowWidth = ImGui::CalcTextSize(label.c_str()).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    else
      sameRowIfFits(label.c_str(), rowWidth, maxWidth);
    if (ImGui::Button(label.c_str())) {
      Command cmd = makeCommand(CommandKind::SetView);
      cmd.view = v;
      out.push_back(cmd);
    }
    if (current) ImGui::PopStyleColor();
    ++key;
  }
  if (!state.patientMode) {
    sameRowIfFits("Reset (R)", rowWidth, maxWidth);
    if (ImGui::Button("Reset (R)")) out.push_back(makeCommand(CommandKind::ReturnToView));
  }
  ImGui::End();
}

}  // namespace ui
