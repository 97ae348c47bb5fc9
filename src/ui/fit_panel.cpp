// "Your numbers": the clinician ticks the measurements the patient's radiograph or exam gave
// and types them in; Fit poses the model to reproduce them (the controller's FitNumbers) and
// the report says, number by number, what the model reached and why not.
#include "anatomy/measurement_ranges.h"
#include "anatomy/measurement_keys.h"
#include "ui/panels.h"

#include <imgui.h>

#include <string>

namespace ui {

namespace {
// The numbers a radiograph or an exam gives (issue order), each a --measure key.
constexpr const char* kFitKeys[] = {
    anatomy::key::kCalcanealPitchDeg, anatomy::key::kMearyAngleDeg,          anatomy::key::kNavicularHeightMm, anatomy::key::kHindfootValgusDeg,
    anatomy::key::kHkaDeg,             anatomy::key::kIntermalleolarDistanceMm, anatomy::key::kFowlerPhilipDeg, anatomy::key::kPplBursalProjectionMm,
    anatomy::key::kSpurLengthMm,      anatomy::key::kSpurInclinationDeg,     anatomy::key::kBursaApMm,
    anatomy::key::kAchillesThicknessInsertionMm,
};

// The form starts from what the model measures now, so an untouched entry is a sensible value.
void fillEntries(const PanelContext& ctx, UiState& state) {
  if (!state.fitEntries.empty()) return;
  for (const char* key : kFitKeys) {
    UiState::FitEntry e;
    e.key = key;
    if (ctx.measurements)
      for (const anatomy::Measurement& m : *ctx.measurements)
        if (m.key == key) e.value = m.value;
    state.fitEntries.push_back(e);
  }
}

std::string request(const UiState& state) {
  std::string lines = std::string("side=") + (state.fitSide == 1 ? "left" : "right") + "\n";
  for (const UiState::FitEntry& e : state.fitEntries)
    if (e.used) lines += e.key + "=" + std::to_string(e.value) + "\n";
  return lines;
}
}  // namespace

void drawFitPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  if (!state.showFit) return;
  fillEntries(ctx, state);
  const float s = state.uiScale;
  // Over the left panels, growing with the report; the patient's heel stays in view.
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 10.0f * s, vp->WorkPos.y + 10.0f * s), ImGuiCond_Appearing);
  ImGui::SetNextWindowSizeConstraints(ImVec2(520.0f * s, 0.0f), ImVec2(520.0f * s, vp->WorkSize.y - 20.0f * s));
  ImGui::SetNextWindowBgAlpha(0.97f);  // a form over the scene: nothing shows through
  ImGui::Begin("Your numbers", &state.showFit, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextWrapped("Tick what the patient's radiograph or examination showed and enter it; Fit sets the "
                     "conditions so the model shows the same.");
  ImGui::Combo("Side", &state.fitSide, "Right\0Left\0");
  for (UiState::FitEntry& e : state.fitEntries) {
    ImGui::PushID(e.key.c_str());
    const anatomy::MeasurementRange* range = anatomy::findRange(e.key);
    const std::string label = range ? std::string(range->label) + " (" + std::string(range->unitWord) + ")" : e.key;
    ImGui::Checkbox("##use", &e.used);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(120.0f * s);
    if (ImGui::InputFloat("##value", &e.value, 0.0f, 0.0f, "%.1f")) e.used = true;
    ImGui::SameLine();
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopID();
  }
  if (ImGui::Button("Fit")) {
    Command c = makeCommand(CommandKind::FitNumbers);
    c.text = request(state);
    out.push_back(c);
  }
  for (const std::string& line : state.fitReport) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
  ImGui::End();
}

}  // namespace ui
