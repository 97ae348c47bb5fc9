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
}  // namespace

void drawViewToolbar(const PanelContext& ctx, UiState& state, Commands& out) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y - 10.0f * scale),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::Begin("##views", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoScrollbar);
  int key = 1;
  for (geometry::StandardView v : geometry::kAllViews) {
    if (state.patientMode && !shownToPatients(v)) {
      ++key;
      continue;
    }
    const bool current = ctx.atStandardView && v == ctx.currentView;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive));
    const std::string label = std::to_string(key % 10) + "  " + geometry::viewLabel(v);
    if (ImGui::Button(label.c_str())) {
      Command cmd = makeCommand(CommandKind::SetView);
      cmd.view = v;
      out.push_back(cmd);
    }
    if (current) ImGui::PopStyleColor();
    ImGui::SameLine();
    ++key;
  }
  if (!state.patientMode && ImGui::Button("Reset (R)")) out.push_back(makeCommand(CommandKind::ReturnToView));
  ImGui::End();
}

}  // namespace ui
