// Patient cases in the window: the File menu's case entries, the prompts that ask where to
// open, save or export, the "Save changes?" question, and the pinned notes.
#include "ui/panels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>
#include <string>

namespace ui {

namespace {
namespace fs = std::filesystem;

void push(Commands& out, CommandKind kind, std::string text = {}, bool flag = false) {
  Command c = makeCommand(kind);
  c.text = std::move(text);
  c.flag = flag;
  out.push_back(c);
}

// Open starts beside the open case (the examples, say); saving and exporting start in the
// folder last used, else the working folder, never inside the program's own files.
std::string startFolder(const UiState& state, const PanelContext& ctx, CasePrompt prompt) {
  if (prompt == CasePrompt::Open && !ctx.casePath.empty()) return fs::path(ctx.casePath).parent_path().string();
  if (!state.caseDir.empty()) return state.caseDir;
  std::error_code ec;
  return fs::current_path(ec).string();
}

void openPrompt(const PanelContext& ctx, UiState& state, CasePrompt prompt) {
  state.casePrompt = prompt;
  const fs::path folder = startFolder(state, ctx, prompt);
  const std::string stem = ctx.casePath.empty() ? "case" : fs::path(ctx.casePath).stem().string();
  if (prompt == CasePrompt::Open) state.casePromptPath = (folder / "").string();
  if (prompt == CasePrompt::SaveAs) state.casePromptPath = (folder / (stem + ".aacase")).string();
  if (prompt == CasePrompt::ExportHandout) state.casePromptPath = (folder / (stem + "-handout.pdf")).string();
}

const char* promptTitle(CasePrompt p) {
  switch (p) {
    case CasePrompt::Open: return "Open a case";
    case CasePrompt::SaveAs: return "Save the case as";
    case CasePrompt::ExportHandout: return "Export the handout (.pdf or .png)";
    case CasePrompt::None: break;
  }
  return "";
}

void carryOutPrompt(UiState& state, Commands& out) {
  const std::string path = state.casePromptPath;
  state.caseDir = fs::path(path).parent_path().string();
  if (state.casePrompt == CasePrompt::Open) push(out, CommandKind::OpenCase, path);
  if (state.casePrompt == CasePrompt::SaveAs) push(out, CommandKind::SaveCase, path);
  if (state.casePrompt == CasePrompt::ExportHandout) push(out, CommandKind::ExportHandout, path);
  state.casePrompt = CasePrompt::None;
}

// The case files in the prompt's folder, to click instead of typing.
void caseFilesInFolder(UiState& state) {
  std::error_code ec;
  const fs::path folder = fs::path(state.casePromptPath).parent_path();
  int shown = 0;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end && shown < 200; it.increment(ec)) {
    if (it->path().extension() != ".aacase") continue;
    ++shown;
    if (ImGui::Selectable(it->path().filename().string().c_str())) state.casePromptPath = it->path().string();
  }
  if (shown == 0) ImGui::TextDisabled("No .aacase files in this folder");
}

void casePrompt(UiState& state, Commands& out) {
  if (state.casePrompt == CasePrompt::None) return;
  bool open = true;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(720.0f * state.uiScale, 0.0f), ImGuiCond_Appearing);
  ImGui::Begin(promptTitle(state.casePrompt), &open, ImGuiWindowFlags_NoCollapse);
  if (state.casePrompt == CasePrompt::Open) {
    ImGui::BeginChild("cases", ImVec2(0.0f, 200.0f * state.uiScale), true);
    caseFilesInFolder(state);
    ImGui::EndChild();
  }
  ImGui::SetNextItemWidth(-110.0f * state.uiScale);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter = ImGui::InputText("##casepath", &state.casePromptPath, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  const bool ok = ImGui::Button("OK", ImVec2(-1.0f, 0.0f));
  if ((ok || enter) && !state.casePromptPath.empty() && state.casePromptPath.back() != '/') carryOutPrompt(state, out);
  ImGui::End();
  if (!open) state.casePrompt = CasePrompt::None;
}

void unsavedQuestion(const PanelContext& ctx, UiState& state, Commands& out) {
  if (state.unsavedPendingKind < 0) return;
  if (!ImGui::IsPopupOpen("Save changes?")) ImGui::OpenPopup("Save changes?");
  if (!ImGui::BeginPopupModal("Save changes?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  const std::string name = ctx.casePath.empty() ? "This case" : fs::path(ctx.casePath).filename().string();
  ImGui::Text("%s has changes that are not saved.", name.c_str());
  const auto resume = [&](bool save) {
    if (save) push(out, CommandKind::SaveCase);
    Command again = makeCommand(static_cast<CommandKind>(state.unsavedPendingKind));
    again.text = state.unsavedPendingText;
    again.flag = true;
    out.push_back(again);
    state.unsavedPendingKind = -1;
    ImGui::CloseCurrentPopup();
  };
  if (!ctx.casePath.empty() && !ctx.caseIsExample && ImGui::Button("Save")) resume(true);
  ImGui::SameLine();
  if (ImGui::Button("Don't save")) resume(false);
  ImGui::SameLine();
  if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    state.unsavedPendingKind = -1;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}
}  // namespace

void caseFileMenuItems(const PanelContext& ctx, UiState& state, Commands& out) {
  if (ImGui::MenuItem("New case")) push(out, CommandKind::NewCase);
  if (ImGui::MenuItem("Open case...")) openPrompt(ctx, state, CasePrompt::Open);
  if (ImGui::BeginMenu("Recent cases", !ctx.recentCases.empty())) {
    for (const std::string& path : ctx.recentCases)
      if (ImGui::MenuItem(path.c_str())) push(out, CommandKind::OpenCase, path);
    ImGui::EndMenu();
  }
  const std::string save = ctx.caseEdited ? "Save case *" : "Save case";
  if (ImGui::MenuItem(save.c_str())) {
    if (ctx.casePath.empty() || ctx.caseIsExample) openPrompt(ctx, state, CasePrompt::SaveAs);
    else push(out, CommandKind::SaveCase);
  }
  if (ImGui::MenuItem("Save case as...")) openPrompt(ctx, state, CasePrompt::SaveAs);
  if (ImGui::MenuItem("Export handout...")) openPrompt(ctx, state, CasePrompt::ExportHandout);
}

void drawCaseDialogs(const PanelContext& ctx, UiState& state, Commands& out) {
  casePrompt(state, out);
  unsavedQuestion(ctx, state, out);
}

void drawPinControls(const PanelContext& ctx, UiState& state, Commands& out) {
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##pintext", "note for a pin", &state.pinText);
  if (ImGui::Button(state.pinning ? "Click the model to place it" : "Pin the note")) state.pinning = !state.pinning;
  for (std::size_t i = 0; i < ctx.pinNotes.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::SmallButton("x")) out.push_back(makeCommand(CommandKind::RemovePin, static_cast<int>(i)));
    ImGui::SameLine();
    ImGui::TextWrapped("%zu. %s", i + 1, ctx.pinNotes[i].c_str());
    ImGui::PopID();
  }
}

}  // namespace ui
