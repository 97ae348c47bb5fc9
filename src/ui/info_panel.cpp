// The card of the selected structure: its name, what it is, at the student or the
// patient level, with buttons to focus, hide or isolate it.
#include "anatomy/cards.h"
#include "ui/imgui_setup.h"
#include "ui/panels.h"

#include <imgui.h>

#include <string>

namespace ui {

namespace {
constexpr float kPanelWidth = 420.0f;

// What cardContent gives for the level: patients get the text and the safety notes in
// plain words, never the key-fact lines with their terms and numbers.
void cardBody(const anatomy::Card& card, bool patient) {
  const anatomy::CardContent content =
      anatomy::cardContent(card, patient ? anatomy::CardLevel::Patient : anatomy::CardLevel::Student);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(content.text.data(), content.text.data() + content.text.size());
  if (!content.facts.empty()) ImGui::Spacing();
  for (const std::string& line : content.facts) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
  for (const anatomy::SafetyNote* note : content.notes) {
    ImGui::Spacing();
    ImGui::TextWrapped("%.*s:", static_cast<int>(note->heading.size()), note->heading.data());
    for (std::string_view line : note->lines) {
      ImGui::Bullet();
      ImGui::TextWrapped("%.*s", static_cast<int>(line.size()), line.data());
    }
  }
  ImGui::PopTextWrapPos();
}

void actionButtons(int index, const anatomy::StructureDisplay& d, Commands& out) {
  Command focus = makeCommand(CommandKind::FocusStructure);
  focus.index = index;
  if (ImGui::Button("Focus (F)")) out.push_back(focus);
  ImGui::SameLine();
  Command hide = makeCommand(CommandKind::SetVisible);
  hide.index = index;
  hide.flag = !d.visible;
  if (ImGui::Button(d.visible ? "Hide (H)" : "Show")) out.push_back(hide);
  ImGui::SameLine();
  Command iso = makeCommand(CommandKind::Isolate);
  iso.index = index;
  if (ImGui::Button("Isolate (I)")) out.push_back(iso);
  ImGui::SameLine();
  Command fade = makeCommand(CommandKind::SetOpacity);
  fade.index = index;
  fade.value = d.opacity < 0.999f ? 1.0f : anatomy::kFadedOpacity;
  if (ImGui::Button(d.opacity < 0.999f ? "Solid" : "Fade")) out.push_back(fade);
}
}  // namespace

void drawInfoPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  const int index = ctx.view.selected;
  if (index < 0 || index >= static_cast<int>(ctx.atlas.structures.size())) return;
  const anatomy::Structure& s = ctx.atlas.structures[static_cast<std::size_t>(index)];
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  // Beside the Conditions panel when that one holds the right edge.
  const float right = vp->WorkPos.x + vp->WorkSize.x - state.rightPanelWidth;
  ImGui::SetNextWindowPos(ImVec2(right - 10.0f * scale, vp->WorkPos.y + 10.0f * scale),
                          ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(kPanelWidth * scale, 0.0f), ImVec2(kPanelWidth * scale, vp->WorkSize.y * 0.7f));
  ImGui::Begin("##info", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
  const anatomy::Card* card = anatomy::findStructureCard(s.id);
  ImGui::PushFont(fonts().heading);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(card ? std::string(card->title).c_str() : s.name.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::TextDisabled("%s  |  %zu triangles", anatomy::categoryLabel(s.category), s.mesh.triangleCount());
  // The buttons above the text: cards with safety notes run long enough to scroll.
  actionButtons(index, ctx.view.display[static_cast<std::size_t>(index)], out);
  ImGui::Separator();
  if (card) {
    ImGui::Checkbox("Plain words (for patients)", &state.patientWording);
    cardBody(*card, state.patientWording);
  } else {
    ImGui::TextWrapped("No card for this structure: it comes from the opened file (%s).", s.id.c_str());
  }
  ImGui::End();
}

}  // namespace ui
