// The Conditions panel at the right edge: a preset combo, overlay toggles, the live
// measurement table (values coloured against their normal ranges) and one severity
// slider per condition, grouped Alignment / Heel / Tendon. A second tab explains.
#include "anatomy/measure_howto.h"
#include "anatomy/measurement_keys.h"
#include "anatomy/measurement_ranges.h"
#include "anatomy/palette.h"
#include "ui/card_layout.h"
#include "ui/imgui_setup.h"
#include "ui/panels.h"
#include "ui/verdict_glyph.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace ui {

namespace {

ImVec4 verdictColour(anatomy::Verdict v, anatomy::Palette palette) {
  if (v == anatomy::Verdict::Unknown) return ImGui::GetStyleColorVec4(ImGuiCol_Text);
  const glm::vec3 c = anatomy::verdictColor(v, palette);  // the same colours as the overlays
  return ImVec4(c.r, c.g, c.b, 1.0f);
}

void presetCombo(const PanelContext& ctx, Commands& out) {
  const anatomy::Preset* current = matchingPreset(*ctx.conditions);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Preset (P)");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1.0f);
  if (!ImGui::BeginCombo("##preset", current ? current->label : "Custom")) return;
  for (const anatomy::Preset& p : anatomy::presets()) {
    if (ImGui::Selectable(p.label, &p == current)) {
      Command c = makeCommand(CommandKind::SetPreset);
      c.text = p.id;
      out.push_back(c);
    }
  }
  ImGui::EndCombo();
}

void overlayToggles(const PanelContext& ctx, Commands& out) {
  ImGui::TextUnformatted("Overlays (O)");
  static const char* const kShort[] = {"Lateral", "Posterior", "Whole leg"};
  for (anatomy::OverlayKind k : anatomy::kAllOverlays) {
    const std::size_t i = static_cast<std::size_t>(k);
    bool on = ctx.overlays[i];
    if (i > 0) ImGui::SameLine();
    if (ImGui::Checkbox(kShort[i], &on)) {
      Command c = makeCommand(CommandKind::SetOverlay);
      c.index = static_cast<int>(i);
      c.flag = on;
      out.push_back(c);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", anatomy::overlayLabel(k));
  }
}

// The readout as the table shows it; the axis deviation says on which side of the knee.
std::string valueText(const anatomy::MeasurementRange& range, float value) {
  if (range.key == anatomy::key::kMadMm) return anatomy::axisDeviationTag(value).substr(4);  // without "MAD "
  return anatomy::formatValue(range, value);
}

using MeasureRow = std::pair<const anatomy::Measurement*, const anatomy::MeasurementRange*>;

// The rows the table shows: every measured row of the fact table, less the spur's tilt while
// there is no spur (under 1 mm) to tilt.
std::vector<MeasureRow> shownRows(
    const std::vector<anatomy::Measurement>& measured) {
  float spurMm = 0.0f;
  for (const anatomy::Measurement& m : measured)
    if (m.key == anatomy::key::kSpurLengthMm) spurMm = m.value;
  std::vector<MeasureRow> rows;
  for (const anatomy::Measurement& m : measured) {
    const anatomy::MeasurementRange* range = anatomy::findRange(m.key);
    if (!range) continue;  // secondary numbers stay in --measure
    if (m.key == anatomy::key::kSpurInclinationDeg && spurMm < 1.0f) continue;
    rows.emplace_back(&m, range);
  }
  return rows;
}

float textWidth(std::string_view text) { return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x; }

// The widest single word of the names: narrower than this, a name would break inside a word.
float widestWord(const std::vector<MeasureRow>& rows) {
  float widest = 0.0f;
  for (const auto& row : rows) {
    const std::string_view label = anatomy::shortLabel(*row.second);
    for (std::size_t start = 0; start < label.size();) {
      const std::size_t end = std::min(label.find(' ', start), label.size());
      widest = std::max(widest, textWidth(label.substr(start, end - start)));
      start = end + 1;
    }
  }
  return widest;
}

// One row's name (hover: what it is and how it is measured), verdict glyph, value (hover:
// the verdict in words) and normal range; stacked puts the value and range under the name.
void measureRow(const MeasureRow& row, const UiState& state, bool stacked) {
  const anatomy::Measurement& m = *row.first;
  const anatomy::MeasurementRange& range = *row.second;
  const anatomy::Verdict v = anatomy::verdict(range, m.value);
  const int normalChars = static_cast<int>(range.normalText.size());
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  const std::string label(anatomy::shortLabel(range));
  ImGui::TextWrapped("%s", label.c_str());
  if (ImGui::IsItemHovered()) {
    const std::string_view how = anatomy::howMeasured(m.key);
    ImGui::SetTooltip("%s\n%.*s", anatomy::describe(range, m.value).c_str(), static_cast<int>(how.size()), how.data());
  }
  if (!stacked) ImGui::TableSetColumnIndex(1);
  verdictGlyphItem(v, state.palette);  // shape as well as colour: check, triangle, cross
  ImGui::TextColored(verdictColour(v, state.palette), "%s", valueText(range, m.value).c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", anatomy::verdictText(range, m.value).c_str());
  if (stacked) {
    ImGui::SameLine();
    ImGui::TextDisabled("normal %.*s", normalChars, range.normalText.data());
  } else {
    ImGui::TableSetColumnIndex(2);
    ImGui::TextDisabled("%.*s", normalChars, range.normalText.data());
  }
}

void measurementTable(const PanelContext& ctx, const UiState& state) {
  if (!ImGui::CollapsingHeader("Measurements", ImGuiTreeNodeFlags_DefaultOpen)) return;
  const auto rows = shownRows(*ctx.measurements);
  // The value and normal columns are as wide as their widest text, so no number is cut off;
  // the name takes what is left and wraps onto a second line when it must. In a panel too
  // narrow for the name's longest word beside them (large text on a small window) each row
  // stacks: the name, then the value and the normal range under it.
  float valueWidth = 0.0f, normalWidth = 0.0f;
  for (const auto& [m, range] : rows) {
    valueWidth = std::max(valueWidth, textWidth(valueText(*range, m->value)));
    normalWidth = std::max(normalWidth, textWidth(range->normalText));
  }
  valueWidth += ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.x;  // the verdict glyph before it
  const float padding = 4.0f * ImGui::GetStyle().CellPadding.x;
  const bool stacked = ImGui::GetContentRegionAvail().x < widestWord(rows) + valueWidth + normalWidth + padding;
  if (!ImGui::BeginTable("##measures", stacked ? 1 : 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
    return;
  ImGui::TableSetupColumn("Measure", ImGuiTableColumnFlags_WidthStretch);
  if (!stacked) {
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, valueWidth);
    ImGui::TableSetupColumn("Normal", ImGuiTableColumnFlags_WidthFixed, normalWidth);
  }
  for (const MeasureRow& row : rows) measureRow(row, state, stacked);
  ImGui::EndTable();
}

// The spur's second control, shown while there is a spur to tilt.
void spurInclinationSlider(const PanelContext& ctx, Commands& out) {
  float degrees = ctx.conditions->spurInclinationDeg;
  ImGui::Indent();
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##spurInclination", &degrees, anatomy::kSpurInclinationMinDeg,
                         anatomy::kSpurInclinationMaxDeg, "Spur inclination  %.0f\u00b0", ImGuiSliderFlags_AlwaysClamp)) {
    Command c = makeCommand(CommandKind::SetSpurInclination);
    c.value = degrees;
    out.push_back(c);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("The spur's angle to the back of the heel bone (posterior cortex)");
  ImGui::Unindent();
}

void severitySliders(const PanelContext& ctx, Commands& out) {
  for (const char* group : {"Alignment", "Heel", "Tendon"}) {
    if (!ImGui::CollapsingHeader(group, ImGuiTreeNodeFlags_DefaultOpen)) continue;
    for (const anatomy::ConditionInfo& info : anatomy::conditionInfos()) {
      if (std::strcmp(info.group, group) != 0) continue;
      float value = (*ctx.conditions)[info.id];
      ImGui::PushID(info.key);
      ImGui::SetNextItemWidth(-1.0f);
      const std::string format = std::string(info.label) + "  %.2f";
      if (ImGui::SliderFloat("##severity", &value, 0.0f, 1.0f, format.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
        Command c = makeCommand(CommandKind::SetSeverity);
        c.index = static_cast<int>(info.id);
        c.value = value;
        out.push_back(c);
      }
      ImGui::PopID();
      if (info.id == anatomy::ConditionId::CalcificSpur && value > 0.0f) spurInclinationSlider(ctx, out);
    }
  }
}
}  // namespace

const anatomy::Preset* matchingPreset(const anatomy::Conditions& conditions) {
  anatomy::Conditions foot = conditions;
  foot.ankleDeg = 0.0f;  // a preset is the same foot whatever the ankle's pose
  foot.spurInclinationDeg = anatomy::kSpurInclinationDefaultDeg;  // nor the spur's lean
  for (const anatomy::Preset& p : anatomy::presets())
    if (anatomy::presetConditions(p.id) == foot) return &p;
  return nullptr;
}

void drawConditionsPanel(const PanelContext& ctx, UiState& state, Commands& out) {
  state.rightPanelWidth = 0.0f;
  if (!state.showConditions) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  const float width = sidePanelWidths(vp->WorkSize.x, scale).conditions;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - kSidePanelMargin * scale, vp->WorkPos.y + 10.0f * scale),
                          ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - 90.0f * scale));
  ImGui::Begin("Conditions", &state.showConditions, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  state.rightPanelWidth = width + kSidePanelMargin * scale;
  if (!ctx.conditions || !ctx.measurements) {
    ImGui::TextWrapped("Conditions, angles and overlays need the built-in model: this file has no joints, "
                       "landmarks or condition morphs. Use File > Open built-in model.");
    ImGui::End();
    return;
  }
  if (ImGui::BeginTabBar("##conditionTabs")) {
    if (ImGui::BeginTabItem("Adjust")) {
      presetCombo(ctx, out);
      overlayToggles(ctx, out);
      measurementTable(ctx, state);
      drawMotionSection(ctx, out);
      severitySliders(ctx, out);
      ImGui::EndTabItem();
    }
    const ImGuiTabItemFlags explainFlags = state.openExplainTab ? ImGuiTabItemFlags_SetSelected : 0;
    state.openExplainTab = false;
    if (ImGui::BeginTabItem("Explain", nullptr, explainFlags)) {
      drawConditionExplanation(ctx, state, out);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::End();
}

}  // namespace ui
