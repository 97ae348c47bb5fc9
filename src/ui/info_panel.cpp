// The card of the selected structure: its name, what it is, at the student or the
// patient level, with buttons to focus, hide or isolate it.
#include "anatomy/cards.h"
#include "ui/card_layout.h"
#include "ui/imgui_setup.h"
#include "ui/panels.h"

#include <imgui.h>
#include <imgui_internal.h>  // the view bar's window as the last frame placed it

#include <algorithm>

#include <string>

namespace ui {

namespace {

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

// The next button on the same line only if it fits there: at large text the four buttons
// take two lines instead of running past the card's edge.
void sameLineIfFits(const char* nextLabel) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float next = ImGui::CalcTextSize(nextLabel).x + 2.0f * style.FramePadding.x;
  const float limit = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + next <= limit) ImGui::SameLine();
}

void actionButtons(int index, const anatomy::StructureDisplay& d, Commands& out) {
  Command focus = makeCommand(CommandKind::FocusStructure);
  focus.index = index;
  if (ImGui::Button("Focus (F)")) out.push_back(focus);
  Command hide = makeCommand(CommandKind::SetVisible);
  hide.index = index;
  hide.flag = !d.visible;
  const char* hideLabel = d.visible ? "Hide (H)" : "Show";
  sameLineIfFits(hideLabel);
  if (ImGui::Button(hideLabel)) out.push_back(hide);
  Command iso = makeCommand(CommandKind::Isolate);
  iso.index = index;
  sameLineIfFits("Isolate (I)");
  if (ImGui::Button("Isolate (I)")) out.push_back(iso);
  Command fade = makeCommand(CommandKind::SetOpacity);
  fade.index = index;
  fade.value = d.opacity < 0.999f ? 1.0f : anatomy::kFadedOpacity;
  const char* fadeLabel = d.opacity < 0.999f ? "Solid" : "Fade";
  sameLineIfFits(fadeLabel);
  if (ImGui::Button(fadeLabel)) out.push_back(fade);
}

// How tall the card may be: 70% of the window, and never down over the view bar (which at
// large text on a small window takes two or three rows).
float cardMaxHeight(const ImGuiViewport* vp, float top, float scale) {
  float bottom = vp->WorkPos.y + vp->WorkSize.y;
  const ImGuiWindow* bar = ImGui::FindWindowByName("##views");
  if (bar && bar->WasActive) bottom = std::min(bottom, bar->Pos.y);
  return std::max(120.0f * scale, std::min(vp->WorkSize.y * 0.7f, bottom - 10.0f * scale - top));
}
}  // namespace

void drawInfoPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  const int index = ctx.view.selected;
  if (index < 0 || index >= static_cast<int>(ctx.atlas.structures.size())) return;
  const anatomy::Structure& s = ctx.atlas.structures[static_cast<std::size_t>(index)];
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  // Beside the Conditions panel when that one holds the right edge; never wider than the window.
  const CardBox box = cardBox(vp->WorkPos.x, vp->WorkSize.x, state.rightPanelWidth, scale);
  const float top = vp->WorkPos.y + 10.0f * scale;
  ImGui::SetNextWindowPos(ImVec2(box.right, top), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(box.width, 0.0f), ImVec2(box.width, cardMaxHeight(vp, top, scale)));
  // Opaque: at large text the card lies over the Conditions panel, whose words would show through.
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##info", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize);
  const anatomy::Card* card = anatomy::findStructureCard(s.id);
  ImGui::PushFont(fonts().heading);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(card ? std::string(card->title).c_str() : s.name.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s  |  %zu triangles", anatomy::categoryLabel(s.category), s.mesh.triangleCount());
  ImGui::PopStyleColor();
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
