// The caption of the lesson being played: its step's title and words, where the class is
// in the lesson, and big Previous / Next / Leave buttons for a presenter without a clicker.
#include "ui/imgui_setup.h"
#include "ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace ui {

namespace {
Command stepCommand(CommandKind kind, int index) { return makeCommand(kind, index); }

void lessonButtons(const PanelContext& ctx, UiState& state, Commands& out) {
  const int count = static_cast<int>(ctx.lesson->steps.size());
  const ImVec2 button(150.0f * state.uiScale, 0.0f);
  ImGui::BeginDisabled(ctx.lessonStep <= 0);
  if (ImGui::Button("< Previous", button)) out.push_back(stepCommand(CommandKind::LessonStep, -1));
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::Text("Step %d of %d", ctx.lessonStep + 1, count);
  ImGui::SameLine();
  ImGui::BeginDisabled(ctx.lessonStep + 1 >= count);
  if (ImGui::Button("Next >", button)) out.push_back(stepCommand(CommandKind::LessonStep, 1));
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Leave (Esc)")) out.push_back(makeCommand(CommandKind::LeaveLesson));
}
}  // namespace

void drawLessonPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ctx.lesson || ctx.lesson->steps.empty()) return;
  const anatomy::LessonStep& step = ctx.lesson->steps[static_cast<std::size_t>(
      std::clamp(ctx.lessonStep, 0, static_cast<int>(ctx.lesson->steps.size()) - 1))];
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  // Above the view bar, between the side panels: where a class looks after the model.
  const float left = vp->WorkPos.x + (state.showPanels ? 360.0f * scale : 0.0f);
  const float right = vp->WorkPos.x + vp->WorkSize.x - (state.showPanels ? state.rightPanelWidth + 10.0f * scale : 0.0f);
  const float width = std::min(std::max(right - left - 20.0f * scale, vp->WorkSize.x * 0.4f), 1100.0f * scale);
  const float bottomGap = (state.showPanels ? 70.0f : 16.0f) * scale;
  ImGui::SetNextWindowPos(ImVec2(0.5f * (left + right), vp->WorkPos.y + vp->WorkSize.y - bottomGap), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);  // height: fits the text
  ImGui::SetNextWindowBgAlpha(0.88f);
  ImGui::Begin("##lesson", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings);
  ImGui::TextDisabled("%s", ctx.lesson->title.c_str());
  ImGui::PushFont(fonts().heading);
  ImGui::TextWrapped("%s", step.title.c_str());
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(step.text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Separator();
  lessonButtons(ctx, state, out);
  ImGui::End();
}

}  // namespace ui
