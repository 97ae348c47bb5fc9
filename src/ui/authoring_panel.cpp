// Lessons > Write a lesson: a teacher sets the scene with the ordinary tools, types a
// heading and the words, and presses Add step; the list below shows the steps, each with
// buttons to show it again, take its words back into the boxes, re-capture it, move it and
// delete it. Save writes the .aalesson (File > Save lesson does the same).
#include "ui/panels.h"
#include "ui/soft_wrap.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace ui {

namespace {
Command stepCommand(CommandKind kind, int index, const std::string& text = {}) {
  Command c = makeCommand(kind, index);
  c.text = text;
  return c;
}

// The box shows the words wrapped to its width; the step keeps them unwrapped (soft_wrap.h).
std::string caption(const UiState& state) { return state.stepTitle + "\n" + unwrappedCopy(state.stepCaption); }

float measureText(const char* begin, const char* end) { return ImGui::CalcTextSize(begin, end).x; }

// Width the box's lines may take: its inner width, less room for a scroll bar.
float wrapWidth() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetContentRegionAvail().x - 2.0f * style.FramePadding.x - style.ScrollbarSize;
}

// Each edit wraps the words again as they are typed; only spaces and newlines trade places,
// so the cursor stays where it was.
int rewrapWhileTyping(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
  std::string text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  wrapSoft(text, *static_cast<const float*>(data->UserData), measureText);
  if (text.compare(0, text.size(), data->Buf, static_cast<std::size_t>(data->BufTextLen)) != 0) {
    std::copy(text.begin(), text.end(), data->Buf);
    data->BufDirty = true;
  }
  return 0;
}

void captionWordsBox(UiState& state) {
  float width = wrapWidth();
  // Words put in the box from elsewhere (Edit) are wrapped before it shows them.
  if (!state.captionBoxActive) wrapSoft(state.stepCaption, width, measureText);
  ImGui::InputTextMultiline("##stepCaption", &state.stepCaption, ImVec2(-1.0f, 140.0f * state.uiScale),
                            ImGuiInputTextFlags_CallbackEdit, rewrapWhileTyping, &width);
  state.captionBoxActive = ImGui::IsItemActive();
  if (state.stepCaption.empty() && !state.captionBoxActive) {
    const ImVec2 at(ImGui::GetItemRectMin().x + ImGui::GetStyle().FramePadding.x,
                    ImGui::GetItemRectMin().y + ImGui::GetStyle().FramePadding.y);
    ImGui::GetWindowDrawList()->AddText(at, ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                        "The words of the step");
  }
}

void captionBoxes(const PanelContext& ctx, UiState& state, Commands& out) {
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##stepTitle", "Step heading", &state.stepTitle);
  captionWordsBox(state);
  const int count = ctx.draft ? static_cast<int>(ctx.draft->steps.size()) : 0;
  const bool editing = state.editingStep >= 0 && state.editingStep < count;
  if (ImGui::Button(editing ? "Add as new step" : "Add step")) {
    out.push_back(stepCommand(CommandKind::AddLessonStep, ctx.draftStep, caption(state)));
    state.stepTitle.clear();
    state.stepCaption.clear();
    state.editingStep = -1;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Captures the view, camera, shown, faded, outlined and labelled structures, conditions, "
                      "overlays and mode as they are now, after the current step");
  if (!editing) return;
  ImGui::SameLine();
  if (ImGui::Button("Save words")) out.push_back(stepCommand(CommandKind::SetLessonStepText, state.editingStep, caption(state)));
  ImGui::SameLine();
  if (ImGui::Button("Re-capture scene"))
    out.push_back(stepCommand(CommandKind::ReplaceLessonStep, state.editingStep, caption(state)));
  ImGui::SameLine();
  ImGui::TextDisabled("editing step %d", state.editingStep + 1);
}

void stepList(const PanelContext& ctx, UiState& state, Commands& out) {
  const auto& steps = ctx.draft->steps;
  const int count = static_cast<int>(steps.size());
  if (count == 0) ImGui::TextDisabled("No steps yet: set up the scene, type the words, Add step.");
  for (int i = 0; i < count; ++i) {
    ImGui::PushID(i);
    const std::string label = std::to_string(i + 1) + ". " + steps[static_cast<std::size_t>(i)].title;
    if (ImGui::Selectable(label.c_str(), i == ctx.draftStep)) out.push_back(stepCommand(CommandKind::ShowLessonStep, i));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this step's scene");
    if (ImGui::SmallButton("Edit")) {
      state.editingStep = i;
      state.stepTitle = steps[static_cast<std::size_t>(i)].title;
      state.stepCaption = steps[static_cast<std::size_t>(i)].text;
      out.push_back(stepCommand(CommandKind::ShowLessonStep, i));
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(i == 0);
    if (ImGui::SmallButton("Up")) {
      Command c = stepCommand(CommandKind::MoveLessonStep, i);
      c.value = -1.0f;
      out.push_back(c);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(i + 1 >= count);
    if (ImGui::SmallButton("Down")) {
      Command c = stepCommand(CommandKind::MoveLessonStep, i);
      c.value = 1.0f;
      out.push_back(c);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("Delete")) {
      out.push_back(stepCommand(CommandKind::DeleteLessonStep, i));
      if (state.editingStep == i) state.editingStep = -1;
    }
    ImGui::PopID();
  }
}

void saveRow(const PanelContext& ctx, UiState& state, Commands& out) {
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 150.0f * state.uiScale);
  ImGui::InputText("##lessonPath", &state.lessonPath);
  ImGui::SameLine();
  ImGui::BeginDisabled(ctx.draft->steps.empty());
  if (ImGui::Button("Save")) out.push_back(stepCommand(CommandKind::SaveLesson, -1, state.lessonPath));
  ImGui::SameLine();
  ImGui::BeginDisabled(ctx.draftPath.empty());
  if (ImGui::Button("Play")) out.push_back(stepCommand(CommandKind::OpenLesson, -1, ctx.draftPath));
  ImGui::EndDisabled();
  ImGui::EndDisabled();
}
}  // namespace

void drawAuthoringPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!state.showAuthoring || !ctx.draft) return;
  // First shown in the middle, over the model rather than over the structure list.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.45f),
                          ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(460.0f * state.uiScale, 560.0f * state.uiScale), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Write a lesson", &state.showAuthoring)) {
    ImGui::End();
    return;
  }
  state.lessonTitle = ctx.draft->title;
  if (ImGui::InputTextWithHint("Title", "The lesson's title", &state.lessonTitle))
    out.push_back(stepCommand(CommandKind::SetDraftTitle, -1, state.lessonTitle));
  ImGui::Separator();
  captionBoxes(ctx, state, out);
  ImGui::Separator();
  stepList(ctx, state, out);
  ImGui::Separator();
  saveRow(ctx, state, out);
  if (ImGui::Button("Start a new lesson")) {
    out.push_back(makeCommand(CommandKind::NewLessonDraft));
    state.editingStep = -1;
  }
  ImGui::End();
}

}  // namespace ui
