// The "Explain" tab of the Conditions panel: the cards of the active conditions and, when
// an alignment condition is on, the chain knee -> hindfoot -> arch with its live numbers
// and what it does to the Achilles tendon's line of pull at the heel.
#include "anatomy/cards.h"
#include "anatomy/measurement_keys.h"
#include "anatomy/measure_howto.h"
#include "anatomy/measurement_ranges.h"
#include "anatomy/palette.h"
#include "ui/imgui_setup.h"
#include "ui/panels.h"
#include "ui/verdict_glyph.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ui {

namespace {
// The arrow's colour on the model.
const ImVec4 kPullColour = [] {
  const glm::vec3 c = anatomy::overlayToneColor(anatomy::OverlayTone::Pull, anatomy::Verdict::Unknown);
  return ImVec4(c.r, c.g, c.b, 1.0f);
}();

ImVec4 verdictColour(anatomy::Verdict v, anatomy::Palette palette) {
  if (v == anatomy::Verdict::Unknown) return ImGui::GetStyleColorVec4(ImGuiCol_Text);
  const glm::vec3 c = anatomy::verdictColor(v, palette);  // the same colours as the overlays
  return ImVec4(c.r, c.g, c.b, 1.0f);
}

// The card as cardContent gives it for the level: key facts for students only, the safety
// notes at both levels. A note already shown for another active condition is not repeated.
void cardText(const anatomy::Card& card, bool patient, std::vector<const anatomy::SafetyNote*>& shown) {
  const anatomy::CardContent content =
      anatomy::cardContent(card, patient ? anatomy::CardLevel::Patient : anatomy::CardLevel::Student);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(content.text.data(), content.text.data() + content.text.size());
  for (const std::string& line : content.facts) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
  for (const anatomy::SafetyNote* note : content.notes) {
    if (std::find(shown.begin(), shown.end(), note) != shown.end()) continue;
    shown.push_back(note);
    ImGui::Spacing();
    ImGui::TextWrapped("%.*s:", static_cast<int>(note->heading.size()), note->heading.data());
    for (std::string_view line : note->lines) {
      ImGui::Bullet();
      ImGui::TextWrapped("%.*s", static_cast<int>(line.size()), line.data());
    }
  }
  ImGui::PopTextWrapPos();
}

// How the measurement is taken, in small grey type under its readout.
void howLine(std::string_view key) {
  const std::string_view how = anatomy::howMeasured(key);
  if (how.empty()) return;
  ImGui::Indent();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%.*s", static_cast<int>(how.size()), how.data());
  ImGui::PopTextWrapPos();
  ImGui::Unindent();
}

// One link of the chain: "Knee  HKA 186.0° (normal 177-183)", the value in its verdict colour.
void chainLink(const PanelContext& ctx, const UiState& state, const char* step, const char* key) {
  for (const anatomy::Measurement& m : *ctx.measurements) {
    if (m.key != key) continue;
    const anatomy::MeasurementRange* r = anatomy::findRange(key);
    if (!r) return;
    const std::string_view label = anatomy::shortLabel(*r);
    const anatomy::Verdict v = anatomy::verdict(*r, m.value);
    ImGui::BulletText("%s", step);
    ImGui::SameLine();
    verdictGlyphItem(v, state.palette);
    ImGui::TextColored(verdictColour(v, state.palette), "%.*s %s", static_cast<int>(label.size()), label.data(),
                       anatomy::formatValue(*r, m.value).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", anatomy::verdictText(*r, m.value).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("(%.*s)", static_cast<int>(r->normalText.size()), r->normalText.data());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("normal range");
    howLine(key);
    return;
  }
}

bool alignmentActive(const anatomy::Conditions& c) {
  using anatomy::ConditionId;
  return c[ConditionId::GenuValgum] > 0.0f || c[ConditionId::HindfootPronation] > 0.0f || c[ConditionId::FlatFoot] > 0.0f;
}

void alignmentChain(const PanelContext& ctx, const UiState& state, Commands& out) {
  const anatomy::Card* card = anatomy::findConditionCard("alignment_chain");
  ImGui::PushFont(fonts().heading);
  ImGui::TextWrapped("%s", card ? std::string(card->title).c_str() : "Alignment chain");
  ImGui::PopFont();
  chainLink(ctx, state, "Knee", anatomy::key::kHkaDeg);
  for (const anatomy::Measurement& m : *ctx.measurements)  // the knee's deviation, in words
    if (m.key == anatomy::key::kMadMm) ImGui::TextWrapped("The hip-to-ankle line %s.", anatomy::axisDeviationWords(m.value).c_str());
  chainLink(ctx, state, "Hindfoot", anatomy::key::kHindfootValgusDeg);
  chainLink(ctx, state, "Arch", anatomy::key::kCalcanealPitchDeg);
  chainLink(ctx, state, "Arch", anatomy::key::kNavicularHeightMm);
  ImGui::Spacing();
  ImGui::TextColored(kPullColour, "Achilles line of pull vs heel axis: %.1f\u00b0", static_cast<double>(ctx.achillesPullDeg));
  ImGui::TextDisabled("normal foot: %.1f\u00b0  (posterior view, magenta arrow)", static_cast<double>(ctx.achillesPullNormalDeg));
  const std::size_t posterior = static_cast<std::size_t>(anatomy::OverlayKind::Posterior);
  if (!ctx.overlays[posterior] || ctx.currentView != geometry::StandardView::Posterior) {
    if (ImGui::Button("Show the pull on the model")) {
      Command c = makeCommand(CommandKind::SetOverlay);
      c.index = static_cast<int>(posterior);
      c.flag = true;
      out.push_back(c);
    }
  }
  std::vector<const anatomy::SafetyNote*> shown;
  if (card) cardText(*card, state.patientWording, shown);
  ImGui::Separator();
}
// Every live readout with how it is taken, so the lines on the model explain themselves.
void measurementHowTos(const PanelContext& ctx, const UiState& state) {
  if (!ctx.measurements || !ImGui::CollapsingHeader("How each measurement is taken")) return;
  for (const anatomy::Measurement& m : *ctx.measurements) {
    const anatomy::MeasurementRange* r = anatomy::findRange(m.key);
    if (!r || anatomy::howMeasured(m.key).empty()) continue;
    const anatomy::Verdict v = anatomy::verdict(*r, m.value);
    verdictGlyphItem(v, state.palette);
    const std::string value = m.key == anatomy::key::kMadMm ? anatomy::axisDeviationTag(m.value).substr(4) : anatomy::formatValue(*r, m.value);
    ImGui::TextColored(verdictColour(v, state.palette), "%.*s %s", static_cast<int>(r->label.size()), r->label.data(),
                       value.c_str());
    howLine(m.key);
  }
}
}  // namespace

void drawConditionExplanation(const PanelContext& ctx, UiState& state, Commands& out) {
  ImGui::Checkbox("Plain words (for patients)", &state.patientWording);
  ImGui::Separator();
  const anatomy::Conditions& conditions = *ctx.conditions;
  if (!conditions.any()) {
    ImGui::TextWrapped("No condition is active. Pick a preset or move a slider on the Adjust tab; "
                       "each active condition is explained here.");
    measurementHowTos(ctx, state);
    return;
  }
  if (alignmentActive(conditions)) alignmentChain(ctx, state, out);
  std::vector<const anatomy::SafetyNote*> shown;
  for (const anatomy::ConditionInfo& info : anatomy::conditionInfos()) {
    const float severity = conditions[info.id];
    if (severity <= 0.0f) continue;
    const anatomy::Card* card = anatomy::findConditionCard(info.key);
    const std::string title = std::string(card ? card->title : info.label) + "  (" +
                              std::to_string(static_cast<int>(severity * 100.0f + 0.5f)) + " %)";
    ImGui::PushID(info.key);
    if (ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      if (card)
        cardText(*card, state.patientWording, shown);
      else
        ImGui::TextDisabled("No card for %s.", info.key);
    }
    ImGui::PopID();
  }
  measurementHowTos(ctx, state);
}

}  // namespace ui
