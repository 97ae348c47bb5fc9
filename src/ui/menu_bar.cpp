// The main menu: File, Edit, View, Conditions, Lessons and Help, each entry naming its keyboard shortcut.
#include "ui/panels.h"

#include <imgui.h>

#include <string>
#include <utility>
#include <vector>

namespace ui {

namespace {
void bookmarksMenu(const PanelContext& ctx, Commands& out);
void presentationItems(const UiState& state, Commands& out);

// Up axis and units of a model the user opened: the choice reopens it and is remembered.
void modelAxesMenus(const PanelContext& ctx, Commands& out) {
  const auto choices = [&](const char* title, const std::vector<std::pair<const char*, const char*>>& items,
                           const std::string& current, CommandKind kind) {
    if (!ImGui::BeginMenu(title, ctx.userModel)) return;
    for (const auto& [id, label] : items)
      if (ImGui::MenuItem(label, nullptr, current == id)) {
        Command c = makeCommand(kind);
        c.text = id;
        out.push_back(c);
      }
    ImGui::EndMenu();
  };
  choices("Up axis of this model",
          {{"auto", "Automatic"}, {"y", "+Y up"}, {"-y", "-Y up"}, {"z", "+Z up (scanners, CAD)"}, {"-z", "-Z up"},
           {"x", "+X up"}, {"-x", "-X up"}},
          ctx.modelUp, CommandKind::SetUpAxis);
  choices("Units of this model",
          {{"auto", "Automatic"}, {"mm", "Millimetres"}, {"cm", "Centimetres"}, {"m", "Metres"}, {"in", "Inches"}},
          ctx.modelUnits, CommandKind::SetUnits);
  if (!ctx.userModel && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("For a model you opened (File > Open model)");
}

void fileMenu(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ImGui::BeginMenu("File")) return;
  if (ImGui::MenuItem("Open model...", "Ctrl+O")) state.showOpenDialog = true;
  if (ImGui::MenuItem("Open built-in model")) out.push_back(makeCommand(CommandKind::OpenBuiltIn));
  ImGui::Separator();
  caseFileMenuItems(ctx, state, out);
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

// View > Mode: normal, X-ray, section; the section plane's reset sits with them.
void modeMenu(const PanelContext& ctx, Commands& out) {
  if (!ImGui::BeginMenu("Mode")) return;
  const char* keys[] = {"", "X", "C"};
  int i = 0;
  for (anatomy::ViewMode m : anatomy::kAllViewModes) {
    if (ImGui::MenuItem(anatomy::viewModeLabel(m), keys[i], ctx.mode == m))
      out.push_back(makeCommand(CommandKind::SetMode, static_cast<int>(m)));
    ++i;
  }
  ImGui::Separator();
  if (ImGui::MenuItem("Section: back to sagittal through the Achilles", nullptr, false,
                      ctx.mode == anatomy::ViewMode::Section))
    out.push_back(makeCommand(CommandKind::ResetSection));
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
  modeMenu(ctx, out);
  bookmarksMenu(ctx, out);
  modelAxesMenus(ctx, out);
  ImGui::MenuItem("Glide to the heel view for heel conditions", nullptr, &state.glideToHeelViews);
  ImGui::MenuItem("Panels", "Tab", &state.showPanels);
  ImGui::MenuItem("Plain words on the cards", nullptr, &state.patientWording);
  ImGui::Separator();
  const auto toggle = [&](const char* label, const char* key, bool on, CommandKind kind) {
    if (ImGui::MenuItem(label, key, on)) {
      Command cmd = makeCommand(kind);
      cmd.flag = !on;
      out.push_back(cmd);
    }
  };
  toggle("Patient mode", "F6", state.patientMode, CommandKind::SetPatientMode);
  toggle("Compare with a normal heel", "V", ctx.compare, CommandKind::SetCompare);
  toggle("Normal outline over this heel", "G", ctx.ghost, CommandKind::SetGhost);
  if (ImGui::MenuItem("Pen (drag to draw)", "W", ctx.pen)) out.push_back(makeCommand(CommandKind::TogglePen));
  if (ImGui::MenuItem("Clear the drawing", "E", false, ctx.hasStrokes)) out.push_back(makeCommand(CommandKind::ClearStrokes));
  ImGui::Separator();
  presentationItems(state, out);
  if (ImGui::BeginMenu("Text size")) {
    for (float s : {1.0f, 1.25f, 1.5f, 2.0f, 2.5f, 3.0f}) {
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
// Labels, palette and presentation mode: what a teacher sets before a class.
void presentationItems(const UiState& state, Commands& out) {
  ImGui::Separator();
  if (ImGui::MenuItem("Presentation mode", "F5", state.presentation)) out.push_back(makeCommand(CommandKind::TogglePresentation));
  if (ImGui::BeginMenu("Labels")) {
    const char* names[] = {"The lesson's own", "All visible structures", "The selection", "None"};
    for (std::size_t i = 0; i < std::size(kAllLabelModes); ++i)
      if (ImGui::MenuItem(names[i], i == 0 ? "L cycles" : nullptr, state.labelMode == kAllLabelModes[i]))
        out.push_back(makeCommand(CommandKind::SetLabelMode, static_cast<int>(i)));
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Palette")) {
    for (std::size_t i = 0; i < std::size(anatomy::kAllPalettes); ++i) {
      const anatomy::Palette p = anatomy::kAllPalettes[i];
      if (ImGui::MenuItem(anatomy::paletteLabel(p), i == 0 ? "K cycles" : nullptr, state.palette == p))
        out.push_back(makeCommand(CommandKind::SetPalette, static_cast<int>(i)));
    }
    ImGui::EndMenu();
  }
}

void conditionsMenu(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!ImGui::BeginMenu("Conditions")) return;
  ImGui::MenuItem("Conditions panel", nullptr, &state.showConditions);
  ImGui::MenuItem("Your numbers (fit to a patient)...", nullptr, &state.showFit);
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
  // The model's name at the right end, left out when it would run over the menus (large text).
  if (ImGui::GetCursorPosX() + 20.0f + width <= ImGui::GetWindowWidth() - 20.0f) {
    ImGui::SameLine(ImGui::GetWindowWidth() - width - 20.0f);
    ImGui::TextDisabled("%s", title.c_str());
  }
  ImGui::EndMainMenuBar();
}

void drawUi(const PanelContext& ctx, UiState& state, Commands& out) {
  state.rightPanelWidth = 0.0f;
  state.leftPanelWidth = 0.0f;
  state.viewBarTop = 0.0f;
  updateKeyboardPanels(ctx, state);
  if (state.showPanels) {  // Tab hides every piece of chrome for presenting
    drawMainMenu(ctx, state, out);
    if (state.patientMode) {
      drawPatientPanel(ctx, state, out);
    } else {
      drawStructurePanel(ctx, state, out);
      drawConditionsPanel(ctx, state, out);
    }
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
