// The main menu: File, Edit, View, Conditions, Lessons and Help, each entry naming its keyboard shortcut.
#include "ui/panels.h"

#include <imgui.h>

#include <string>

namespace ui {

namespace {
void bookmarksMenu(const PanelContext& ctx, Commands& out);

void fileMenu(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ImGui::BeginMenu("File")) return;
  if (ImGui::MenuItem("Open model...", "Ctrl+O")) state.showOpenDialog = true;
  if (ImGui::MenuItem("Open built-in model")) out.push_back(makeCommand(CommandKind::OpenBuiltIn));
  ImGui::Separator();
  // Saves the lesson being written (Lessons > Write a lesson), under the name typed there.
  if (ImGui::MenuItem("Save lesson", nullptr, false, ctx.draft && !ctx.draft->steps.empty())) {
    Command c = makeCommand(CommandKind::SaveLesson);
    c.text = state.lessonPath;
    out.push_back(c);
  }
  ImGui::Separator();
  if (ImGui::MenuItem("Save screenshot", "F12")) out.push_back(makeCommand(CommandKind::SaveScreenshot));
  ImGui::Separator();
  if (ImGui::MenuItem("Quit", "Ctrl+Q")) out.push_back(makeCommand(CommandKind::Quit));
  ImGui::EndMenu();
}

void viewMenu(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ImGui::BeginMenu("View")) return;
  int key = 1;
  for (geometry::StandardView v : geometry::kAllViews) {
    const std::string shortcut = key <= 10 ? std::to_string(key % 10) : std::string();
    ++key;
    if (ImGui::MenuItem(geometry::viewLabel(v), shortcut.c_str(), v == ctx.currentView)) {
      Command cmd = makeCommand(CommandKind::SetView);
      cmd.view = v;
      out.push_back(cmd);
    }
  }
  if (ImGui::MenuItem("Back to the view", "R")) out.push_back(makeCommand(CommandKind::ReturnToView));
  if (ImGui::MenuItem("Reset view and visibility")) out.push_back(makeCommand(CommandKind::ResetView));
  ImGui::Separator();
  if (ImGui::MenuItem("Both limbs", "B", ctx.bothLimbs)) {
    Command cmd = makeCommand(CommandKind::SetBothLimbs);
    cmd.flag = !ctx.bothLimbs;
    out.push_back(cmd);
  }
  bookmarksMenu(ctx, out);
  ImGui::MenuItem("Glide to the heel view for heel conditions", nullptr, &state.glideToHeelViews);
  ImGui::MenuItem("Panels", "Tab", &state.showPanels);
  ImGui::MenuItem("Plain words (patient mode)", nullptr, &state.patientWording);
  if (ImGui::BeginMenu("Text size")) {
    for (float s : {1.0f, 1.25f, 1.5f, 2.0f}) {
      const std::string label = std::to_string(static_cast<int>(s * 100.0f)) + " %";
      if (ImGui::MenuItem(label.c_str(), nullptr, state.uiScale == s)) {
        Command cmd = makeCommand(CommandKind::SetUiScale);
        cmd.value = s;
        out.push_back(cmd);
      }
    }
    ImGui::EndMenu();
  }
  ImGui::EndMenu();
}
void conditionsMenu(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ImGui::BeginMenu("Conditions")) return;
  ImGui::MenuItem("Conditions panel", nullptr, &state.showConditions);
  if (ImGui::MenuItem("Explain the active conditions")) {
    state.showConditions = true;
    state.showPanels = true;
    state.openExplainTab = true;
  }
  if (ctx.conditions) {
    ImGui::Separator();
    const anatomy::Preset* current = matchingPreset(*ctx.conditions);
    for (const anatomy::Preset& p : anatomy::presets()) {
      if (ImGui::MenuItem(p.label, nullptr, &p == current)) {
        Command cmd = makeCommand(CommandKind::SetPreset);
        cmd.text = p.id;
        out.push_back(cmd);
      }
    }
    ImGui::Separator();
    for (anatomy::OverlayKind k : anatomy::kAllOverlays) {
      const std::size_t i = static_cast<std::size_t>(k);
      if (ImGui::MenuItem(anatomy::overlayLabel(k), nullptr, ctx.overlays[i])) {
        Command cmd = makeCommand(CommandKind::SetOverlay);
        cmd.index = static_cast<int>(i);
        cmd.flag = !ctx.overlays[i];
        out.push_back(cmd);
      }
    }
    ImGui::Separator();
    ImGui::TextDisabled("P next preset, O next overlay");
  }
  ImGui::EndMenu();
}

void editMenu(const PanelContext& ctx, Commands& out) {
  if (!ImGui::BeginMenu("Edit")) return;
  if (ImGui::MenuItem("Undo", "Ctrl+Z", false, ctx.canUndo)) out.push_back(makeCommand(CommandKind::Undo));
  if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z", false, ctx.canRedo)) out.push_back(makeCommand(CommandKind::Redo));
  ImGui::EndMenu();
}

void bookmarksMenu(const PanelContext& ctx, Commands& out) {
  if (!ImGui::BeginMenu("Bookmarks")) return;
  if (ImGui::MenuItem("Bookmark this camera", "Ctrl+B")) out.push_back(makeCommand(CommandKind::AddBookmark));
  if (!ctx.bookmarks.empty()) ImGui::Separator();
  for (std::size_t i = 0; i < ctx.bookmarks.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::MenuItem(ctx.bookmarks[i].c_str())) out.push_back(makeCommand(CommandKind::GoToBookmark, static_cast<int>(i)));
    ImGui::PopID();
  }
  if (!ctx.bookmarks.empty() && ImGui::BeginMenu("Delete")) {
    for (std::size_t i = 0; i < ctx.bookmarks.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::MenuItem(ctx.bookmarks[i].c_str())) out.push_back(makeCommand(CommandKind::DeleteBookmark, static_cast<int>(i)));
      ImGui::PopID();
    }
    ImGui::EndMenu();
  }
  ImGui::EndMenu();
}

void lessonsMenu(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ImGui::BeginMenu("Lessons")) return;
  if (ctx.lessons.empty()) ImGui::TextDisabled("No shipped lessons were found");
  for (const LessonMenuEntry& e : ctx.lessons) {
    const std::string label = (e.title.empty() ? e.name : e.title) + (e.audience == "patient" ? "  (patients)" : "");
    if (ImGui::MenuItem(label.c_str(), nullptr, false, e.error.empty())) {
      Command c = makeCommand(CommandKind::OpenLesson);
      c.text = e.name;
      out.push_back(c);
    }
    if (!e.error.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", e.error.c_str());
  }
  if (ctx.lesson) {
    ImGui::Separator();
    if (ImGui::MenuItem("Leave the lesson", "Esc")) out.push_back(makeCommand(CommandKind::LeaveLesson));
  }
  ImGui::Separator();
  ImGui::MenuItem("Write a lesson...", nullptr, &state.showAuthoring);
  ImGui::Separator();
  if (ImGui::MenuItem(ctx.quiz ? "New quiz" : "Quiz", nullptr, false, ctx.conditions != nullptr))
    out.push_back(makeCommand(CommandKind::StartQuiz));
  if (ctx.quiz && ImGui::MenuItem("Leave the quiz")) out.push_back(makeCommand(CommandKind::LeaveQuiz));
  ImGui::EndMenu();
}

}  // namespace

void drawMainMenu(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ImGui::BeginMainMenuBar()) return;
  fileMenu(ctx, state, out);
  editMenu(ctx, out);
  viewMenu(ctx, state, out);
  conditionsMenu(ctx, state, out);
  lessonsMenu(ctx, state, out);
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("Keyboard and mouse", "F1", &state.showHelp);
    ImGui::MenuItem("About Ankle Atlas", nullptr, &state.showAbout);
    ImGui::EndMenu();
  }
  const std::string title = ctx.atlas.title.empty() ? ctx.atlas.sourcePath : ctx.atlas.title;
  const float width = ImGui::CalcTextSize(title.c_str()).x;
  ImGui::SameLine(ImGui::GetWindowWidth() - width - 20.0f);
  ImGui::TextDisabled("%s", title.c_str());
  ImGui::EndMainMenuBar();
}

void drawUi(const PanelContext& ctx, UiState& state, Commands& out) {
  state.rightPanelWidth = 0.0f;
  if (state.showPanels) {  // Tab hides every piece of chrome for presenting
    drawMainMenu(ctx, state, out);
    drawStructurePanel(ctx, state, out);
    drawConditionsPanel(ctx, state, out);
    drawInfoPanel(ctx, state, out);
    drawViewToolbar(ctx, state, out);
    drawStatusLine(ctx, state);
  }
  drawLessonPanel(ctx, state, out);
  drawQuizPanel(ctx, state, out);
  if (state.showPanels) drawAuthoringPanel(ctx, state, out);
  drawDialogs(ctx, state, out);
}

}  // namespace ui
