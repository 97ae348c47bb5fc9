// The quiz at the top of the view: the question in large type, four big buttons for "which
// condition is shown?" (keys 1-4 or A-D), what the answer was, the score, Next (Enter), and at
// the end the summary.
// Drawn whether or not the panels are (a class answers it in presentation mode).
#include "ui/card_layout.h"
#include "ui/imgui_setup.h"
#include "ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace ui {

namespace {
void choiceButtons(const anatomy::Quiz& quiz, const anatomy::QuizQuestion& q, UiState& state, Commands& out) {
  const ImVec2 button(ImGui::GetContentRegionAvail().x * 0.5f - ImGui::GetStyle().ItemSpacing.x, 44.0f * state.uiScale);
  for (std::size_t i = 0; i < q.choices.size(); ++i) {
    if (i % 2 == 1) ImGui::SameLine();
    // The digit and the letter a keyboard or clicker answers with (app/key_map.cpp).
    const std::string label = std::to_string(i + 1) + " / " + static_cast<char>('A' + i) + ". " + q.choices[i].label;
    ImGui::BeginDisabled(quiz.answered());
    if (ImGui::Button(label.c_str(), button)) out.push_back(makeCommand(CommandKind::QuizChoose, static_cast<int>(i)));
    ImGui::EndDisabled();
  }
}

void feedback(const anatomy::Quiz& quiz, const anatomy::QuizQuestion& q) {
  if (!quiz.answered()) {
    if (q.kind == anatomy::QuestionKind::PickStructure) ImGui::TextDisabled("Click it on the model (drag to turn it)");
    return;
  }
  const anatomy::QuizAnswer& a = quiz.answers[static_cast<std::size_t>(quiz.current)];
  // Words as well as colour: right and wrong must read the same to every eye.
  if (a.correct)
    ImGui::TextColored(ImVec4(0.45f, 0.75f, 1.0f, 1.0f), "Right: %s", q.target.label.c_str());
  else
    ImGui::TextColored(ImVec4(1.0f, 0.7f, 0.2f, 1.0f), "Not quite: you chose %s; it is the %s",
                       a.given.empty() ? "nothing" : a.given.c_str(), q.target.label.c_str());
}

void summary(const anatomy::Quiz& quiz) {
  const std::vector<std::string> lines = quiz.summary();
  ImGui::PushFont(fonts().heading);
  ImGui::TextUnformatted(("Quiz done: " + lines.front()).c_str());
  ImGui::PopFont();
  for (std::size_t i = 1; i < lines.size(); ++i) ImGui::BulletText("%s", lines[i].c_str());
}
}  // namespace

void drawQuizPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ctx.quiz) return;
  const anatomy::Quiz& quiz = *ctx.quiz;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  const CentreBand band = centreBand(vp->WorkPos.x, vp->WorkSize.x, state.leftPanelWidth, state.rightPanelWidth, scale,
                                     900.0f * scale);
  ImGui::SetNextWindowPos(ImVec2(band.centre, vp->WorkPos.y + 12.0f * scale), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(band.width, 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.88f);
  ImGui::Begin("##quiz", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings);
  const int total = static_cast<int>(quiz.questions.size());
  if (const anatomy::QuizQuestion* q = quiz.question()) {
    ImGui::TextDisabled("Quiz: question %d of %d, score %d", quiz.current + 1, total, quiz.score());
    ImGui::PushFont(fonts().heading);
    ImGui::TextWrapped("%s", q->prompt().c_str());
    ImGui::PopFont();
    if (q->kind == anatomy::QuestionKind::NameCondition) choiceButtons(quiz, *q, state, out);
    feedback(quiz, *q);
    ImGui::Separator();
    ImGui::BeginDisabled(!quiz.answered());
    if (ImGui::Button(quiz.current + 1 < total ? "Next question > (Enter)" : "See the score > (Enter)"))
      out.push_back(makeCommand(CommandKind::QuizNext));
    ImGui::EndDisabled();
    ImGui::SameLine();
  } else {
    summary(quiz);
    ImGui::Separator();
    if (ImGui::Button("New quiz")) out.push_back(makeCommand(CommandKind::StartQuiz));
    ImGui::SameLine();
  }
  if (ImGui::Button("Leave the quiz (Esc)")) out.push_back(makeCommand(CommandKind::LeaveQuiz));
  ImGui::End();
}

}  // namespace ui
