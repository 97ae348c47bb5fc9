// Pop-ups: the error message (the last good model stays on screen behind it), the
// open-file browser, keyboard help, about, and the loading notice.
#include "ui/imgui_setup.h"
#include "ui/panels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace ui {

namespace fs = std::filesystem;

namespace {
const Shortcut kShortcuts[] = {
    {"1 - 7", "Lateral, medial, posterior, anterior, plantar, superior, whole-leg view"},
    {"8, 9, 0", "Heel close-ups: lateral, posterior, posterolateral"},
    {"R / Home", "Back to the current standard view"},
    {"Left drag", "Orbit about the selection or the point double-clicked (half the view's width: half a turn)"},
    {"Right or middle drag, Shift + left drag", "Pan"},
    {"Wheel", "Zoom toward the cursor"},
    {"+ / -", "Zoom"},
    {"Arrow keys", "Orbit (with Shift: pan)"},
    {"Click", "Select a structure (shows its card)"},
    {"Ctrl + click", "Add to or take from the selection"},
    {"Double-click", "Turn about the point clicked"},
    {"F", "Focus the selection, with its surroundings"},
    {"H", "Hide the selection"},
    {"I", "Isolate the selection and frame it (again: show all)"},
    {"B", "Show both limbs"},
    {"Esc", "Clear the selection, then show all; in a lesson or quiz: leave it"},
    {"Tab", "Hide or show the panels (presenting)"},
    {"P / Shift+P", "Next / previous condition preset"},
    {"O", "Next measurement overlay (lateral, posterior, whole leg, off)"},
    {"X", "X-ray mode (again: normal)"},
    {"C", "Section mode (again: normal)"},
    {"Shift + drag", "In section mode: move the cutting plane"},
    {"Ctrl + Shift + drag", "In section mode: turn the cutting plane"},
    {"L", "Name labels: the lesson's own, all visible structures, the selection, none"},
    {"K", "Next palette: default, high contrast, colour-blind safe"},
    {"F5", "Presentation mode: full screen, panels tucked away, text twice as large"},
    {"V", "Compare: a normal heel beside this one, turning together"},
    {"G", "The normal outline drawn over this heel"},
    {"F6", "Patient mode: plain words, large type, few controls"},
    {"W", "Pen: drag to draw over the view (W again: off)"},
    {"E", "Clear the drawing"},
    {"D", "Play or pause the eccentric heel drop (ankle motion)"},
    {"Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)", "Undo / redo a change of conditions, visibility, selection or view"},
    {"Ctrl+B", "Bookmark the camera (View > Bookmarks)"},
    {"Right, Down, Page Down, Space", "In a lesson: next step (what presentation clickers send)"},
    {"Left, Up, Page Up, Backspace", "In a lesson: previous step"},
    {"Home / End", "In a lesson: first / last step"},
    {"1 - 4 or A - D", "In a quiz: answer \"which condition is shown?\""},
    {"Enter, Right, Page Down, Space", "In a quiz: next question (Esc: leave the quiz)"},
    {"Ctrl+O", "Open a model file (or drop one on the window)"},
    {"Ctrl+F", "Search the structures (then Up, Down, Enter pick one)"},
    {"F12", "Save a screenshot"},
    {"Ctrl+ +/-", "Larger or smaller text"},
    {"F2", "Keyboard into the panels: arrows move, Space presses or picks a tab, Left/Right change a "
           "slider (Space first), F2 again the next panel (list, Conditions, card) and then back; Esc back to the view"},
    {"F1", "This help"},
    {"Ctrl+Q", "Quit"},
};

void centreNextWindow() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
}

void errorPopup(UiState& state) {
  if (state.errorMessage.empty()) return;
  if (!ImGui::IsPopupOpen("Something went wrong")) ImGui::OpenPopup("Something went wrong");
  centreNextWindow();
  ImGui::SetNextWindowSizeConstraints(ImVec2(420.0f * state.uiScale, 0.0f), ImVec2(900.0f * state.uiScale, 600.0f));
  if (ImGui::BeginPopupModal("Something went wrong", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::PushTextWrapPos(860.0f * state.uiScale);
    ImGui::TextUnformatted(state.errorMessage.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("OK", ImVec2(120.0f * state.uiScale, 0.0f)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
      state.errorMessage.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

std::vector<fs::directory_entry> listDirectory(const std::string& dir) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (it->path().filename().string().rfind('.', 0) == 0) continue;
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    std::error_code e1, e2;
    const bool da = a.is_directory(e1), db = b.is_directory(e2);
    return da != db ? da : a.path().filename() < b.path().filename();
  });
  return entries;
}

// What Assimp reads that people bring: the dialog lists these unless "All files" is chosen.
bool isModelFile(const fs::path& path) {
  static const char* const kExtensions[] = {".glb", ".gltf", ".obj", ".stl", ".ply", ".fbx", ".dae", ".zae", ".3ds",
                                             ".3mf", ".off", ".x3d", ".blend", ".lwo", ".ms3d", ".x", ".ac", ".amf"};
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

void openPicked(UiState& state, Commands& out) {
  Command cmd = makeCommand(CommandKind::OpenFile);
  cmd.text = state.openPath;
  out.push_back(cmd);
  state.showOpenDialog = false;
}

void dialogEntries(UiState& state, Commands& out) {
  for (const auto& entry : listDirectory(state.openDialogDir)) {
    std::error_code ec;
    const bool isDir = entry.is_directory(ec);
    if (!isDir && !state.openDialogAllFiles && !isModelFile(entry.path())) continue;
    const std::string name = entry.path().filename().string() + (isDir ? "/" : "");
    if (!ImGui::Selectable(name.c_str(), state.openPath == entry.path().string(), ImGuiSelectableFlags_AllowDoubleClick))
      continue;
    if (isDir) {
      state.openDialogDir = entry.path().string();
      continue;
    }
    state.openPath = entry.path().string();
    if (ImGui::IsMouseDoubleClicked(0)) openPicked(state, out);
  }
}

void openFileDialog(UiState& state, Commands& out) {
  static bool wasOpen = false;
  const bool opening = state.showOpenDialog && !wasOpen;
  wasOpen = state.showOpenDialog;
  if (!state.showOpenDialog) return;
  if (opening) state.openPath.clear();  // the last folder, but no stale name
  if (state.openDialogDir.empty()) {
    std::error_code ec;
    state.openDialogDir = fs::current_path(ec).string();
  }
  centreNextWindow();
  ImGui::SetNextWindowSize(ImVec2(760.0f * state.uiScale, 560.0f * state.uiScale), ImGuiCond_Appearing);
  if (!ImGui::Begin("Open a model", &state.showOpenDialog, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  ImGui::TextDisabled("%s", state.openDialogDir.c_str());
  if (ImGui::Button("Up")) state.openDialogDir = fs::path(state.openDialogDir).parent_path().string();
  ImGui::SameLine();
  int filter = state.openDialogAllFiles ? 1 : 0;
  ImGui::SetNextItemWidth(300.0f * state.uiScale);
  if (ImGui::Combo("##filter", &filter, "Model files (glb, gltf, obj, stl, ply, fbx, dae, ...)\0All files\0"))
    state.openDialogAllFiles = filter == 1;
  ImGui::BeginChild("entries", ImVec2(0.0f, -ImGui::GetFrameHeightWithSpacing() * 1.3f), true);
  dialogEntries(state, out);
  ImGui::EndChild();
  ImGui::SetNextItemWidth(-110.0f * state.uiScale);
  if (opening) ImGui::SetKeyboardFocusHere();
  const bool enter = ImGui::InputTextWithHint("##path", "file name or path", &state.openPath,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button("Open", ImVec2(-1.0f, 0.0f)) || enter) && !state.openPath.empty()) {
    // A bare name is in the folder shown.
    if (fs::path(state.openPath).is_relative()) state.openPath = (fs::path(state.openDialogDir) / state.openPath).string();
    openPicked(state, out);
  }
  ImGui::End();
}

void helpWindow(UiState& state) {
  if (!state.showHelp) return;
  centreNextWindow();
  ImGui::Begin("Keyboard and mouse", &state.showHelp, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
  if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
    for (const Shortcut& s : kShortcuts) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextUnformatted(s.keys);
      ImGui::TableSetColumnIndex(1);
      ImGui::TextUnformatted(s.action);
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

void aboutWindow(const PanelContext& ctx, UiState& state) {
  if (!state.showAbout) return;
  centreNextWindow();
  ImGui::Begin("About Ankle Atlas", &state.showAbout, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse);
  ImGui::Text("Ankle Atlas %s", AA_VERSION);
  ImGui::TextUnformatted("An interactive 3D atlas of the foot, ankle and Achilles tendon.");
  ImGui::TextDisabled("%s", ctx.glInfo.c_str());
  ImGui::TextDisabled("Dear ImGui %s", ImGui::GetVersion());
  ImGui::End();
}

void loadingNotice(UiState& state) {
  if (state.loadingFile.empty()) return;
  centreNextWindow();
  ImGui::Begin("##loading", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove);
  const char* spinner = "|/-\\";
  ImGui::Text("%c  Opening %s ...", spinner[static_cast<int>(ImGui::GetTime() * 8.0) % 4],
              fs::path(state.loadingFile).filename().string().c_str());
  ImGui::End();
}
}  // namespace

const Shortcut* shortcuts(int& count) {
  count = static_cast<int>(sizeof kShortcuts / sizeof kShortcuts[0]);
  return kShortcuts;
}

void drawDialogs(const PanelContext& ctx, UiState& state, Commands& out) {
  openFileDialog(state, out);
  drawCaseDialogs(ctx, state, out);
  drawFitPanel(ctx, state, out);
  helpWindow(state);
  aboutWindow(ctx, state);
  loadingNotice(state);
  errorPopup(state);
}

void drawStatusLine(const PanelContext& ctx, UiState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  std::string text = state.statusMessage;
  if (text.empty() || ImGui::GetTime() > state.statusUntil) text = state.patientMode ? std::string() : ctx.modelNote;
  if (text.empty()) return;
  const ImVec2 pos(vp->WorkPos.x + 16.0f, vp->WorkPos.y + vp->WorkSize.y - ImGui::GetFontSize() - 10.0f);
  draw->AddText(pos, IM_COL32(200, 210, 225, 200), text.c_str());
}

}  // namespace ui
