// Patient mode's panel: a clinician turns the screen and shows "a normal heel, and yours" with
// a few large controls and everyday words. Everything here pushes the same commands as the
// full interface.
#include "anatomy/plain_words.h"
#include "ui/panels.h"

#include <imgui.h>

#include <string>

namespace ui {

namespace {
void checkbox(const char* label, bool on, CommandKind kind, Commands& out) {
  bool value = on;
  if (ImGui::Checkbox(label, &value)) {
    Command c = makeCommand(kind);
    c.flag = value;
    out.push_back(c);
  }
}

void conditionChoice(const PanelContext& ctx, Commands& out) {
  const anatomy::Preset* current = matchingPreset(*ctx.conditions);
  const std::string shown = current ? std::string(anatomy::plainPresetName(current->id)) : "Your own settings";
  ImGui::TextUnformatted("What we are looking at");
  ImGui::SetNextItemWidth(-1.0f);
  if (!ImGui::BeginCombo("##condition", shown.c_str())) return;
  for (const anatomy::Preset& p : anatomy::presets()) {
    const std::string name(anatomy::plainPresetName(p.id));
    if (ImGui::Selectable(name.c_str(), &p == current)) {
      Command c = makeCommand(CommandKind::SetPreset);
      c.text = p.id;
      out.push_back(c);
    }
  }
  ImGui::EndCombo();
}

void lessonButtons(const PanelContext& ctx, Commands& out) {
  const float width = ImGui::GetContentRegionAvail().x;
  if (!ctx.patientLesson.empty() && ImGui::Button("What is happening in the heel", ImVec2(width, 0.0f))) {
    Command c = makeCommand(CommandKind::OpenLesson);
    c.text = ctx.patientLesson;
    out.push_back(c);
  }
  if (ImGui::Button("What helps", ImVec2(width, 0.0f))) {
    Command c = makeCommand(CommandKind::OpenLesson);
    c.text = ctx.selfCareLesson;
    out.push_back(c);
  }
}

// Only the measurements a patient can be told about, each in everyday words.
void measurements(const PanelContext& ctx) {
  if (!ctx.measurements) return;
  int unusual = 0, usual = 0;
  for (const anatomy::Measurement& m : *ctx.measurements) {
    const anatomy::MeasurementRange* range = anatomy::findRange(m.key);
    if (!range || anatomy::plainName(m.key).empty()) continue;
    const std::string words = anatomy::plainComparison(*range, m.value);
    if (words.empty()) continue;
    if (words == "normal" || words == "none") {
      ++usual;
      continue;
    }
    ++unusual;
    ImGui::Bullet();
    ImGui::TextWrapped("%s", anatomy::plainLine(*range, m.value).c_str());
  }
  if (unusual == 0) ImGui::TextWrapped("Every measurement the model shows is in the usual range.");
  else if (usual > 0) ImGui::TextWrapped("The other %d measurements are in the usual range.", usual);
}

void penButtons(const PanelContext& ctx, Commands& out) {
  if (ImGui::Button(ctx.pen ? "Stop drawing (W)" : "Draw on the screen (W)")) out.push_back(makeCommand(CommandKind::TogglePen));
  ImGui::SameLine();
  ImGui::BeginDisabled(!ctx.hasStrokes);
  if (ImGui::Button("Clear (E)")) out.push_back(makeCommand(CommandKind::ClearStrokes));
  ImGui::EndDisabled();
}
}  // namespace

void drawPatientPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 10.0f * scale, vp->WorkPos.y + 10.0f * scale), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(380.0f * scale, 0.0f), ImGuiCond_Always);  // app keeps 400 * scale free
  state.leftPanelWidth = 390.0f * scale;
  ImGui::Begin("Your heel", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize);
  if (!ctx.conditions) {
    ImGui::TextWrapped("This model cannot show conditions. Open the built-in model (File menu).");
  } else {
    conditionChoice(ctx, out);
    ImGui::Spacing();
    checkbox("Beside a normal heel (V)", ctx.compare, CommandKind::SetCompare, out);
    checkbox("Normal outline on top (G)", ctx.ghost, CommandKind::SetGhost, out);
    ImGui::Separator();
    lessonButtons(ctx, out);
    if (ImGui::Button("Your numbers...", ImVec2(ImGui::GetContentRegionAvail().x, 0.0f))) state.showFit = true;
    ImGui::Separator();
    ImGui::TextUnformatted("Measurements");
    measurements(ctx);
  }
  ImGui::Separator();
  ImGui::TextUnformatted("Notes on the model");
  drawPinControls(ctx, state, out);
  ImGui::Separator();
  penButtons(ctx, out);
  if (ImGui::Button("Leave patient mode (F6)")) {
    Command c = makeCommand(CommandKind::SetPatientMode);
    c.flag = false;
    out.push_back(c);
  }
  ImGui::End();
}

}  // namespace ui
