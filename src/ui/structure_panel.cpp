// The structure tree: categories with show/hide/fade/isolate, a search box, and one row
// per structure with its own controls.
#include "ui/card_layout.h"
#include "ui/list_navigation.h"
#include "ui/panels.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace ui {

namespace {

Command forCategory(CommandKind kind, anatomy::Category c) {
  Command cmd = makeCommand(kind);
  cmd.category = c;
  return cmd;
}

Command forStructure(CommandKind kind, int index) {
  Command cmd = makeCommand(kind);
  cmd.index = index;
  return cmd;
}

void structureContextMenu(const anatomy::StructureDisplay& d, int index, Commands& out) {
  if (!ImGui::BeginPopupContextItem()) return;
  Command vis = forStructure(CommandKind::SetVisible, index);
  vis.flag = !d.visible;
  if (ImGui::MenuItem(d.visible ? "Hide" : "Show", "H")) out.push_back(vis);
  Command fade = forStructure(CommandKind::SetOpacity, index);
  fade.value = d.opacity < 0.999f ? 1.0f : anatomy::kFadedOpacity;
  if (ImGui::MenuItem(d.opacity < 0.999f ? "Make solid" : "Fade")) out.push_back(fade);
  if (ImGui::MenuItem("Isolate", "I")) out.push_back(forStructure(CommandKind::Isolate, index));
  if (ImGui::MenuItem("Focus camera", "F")) out.push_back(forStructure(CommandKind::FocusStructure, index));
  ImGui::EndPopup();
}

void structureRow(const PanelContext& ctx, UiState& state, int index, Commands& out) {
  const anatomy::Structure& s = ctx.atlas.structures[static_cast<std::size_t>(index)];
  const anatomy::StructureDisplay& d = ctx.view.display[static_cast<std::size_t>(index)];
  ImGui::PushID(index);
  bool visible = d.visible;
  if (ImGui::Checkbox("##visible", &visible)) {
    Command cmd = forStructure(CommandKind::SetVisible, index);
    cmd.flag = visible;
    out.push_back(cmd);
  }
  ImGui::SameLine();
  if (!d.visible) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  const bool marked = anatomy::isSelected(ctx.view, index) || state.listCursor == index;
  if (state.listCursor == index && state.scrollToCursor) {
    ImGui::SetScrollHereY(0.5f);
    state.scrollToCursor = false;
  }
  if (ImGui::Selectable(s.name.c_str(), marked, ImGuiSelectableFlags_AllowDoubleClick)) {
    out.push_back(forStructure(CommandKind::Select, index));
    if (ImGui::IsMouseDoubleClicked(0)) out.push_back(forStructure(CommandKind::FocusStructure, index));
  }
  if (!d.visible) ImGui::PopStyleColor();
  structureContextMenu(d, index, out);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s  (%s)\nRight-click for hide, fade, isolate", s.id.c_str(),
                                                 anatomy::categoryId(s.category));
  ImGui::PopID();
}

void categoryControls(const PanelContext& ctx, anatomy::Category c, Commands& out) {
  const int total = anatomy::countInCategory(ctx.atlas, c);
  const int shown = anatomy::countVisibleInCategory(ctx.atlas, ctx.view, c);
  bool all = shown == total;
  if (shown > 0 && shown < total) ImGui::PushItemFlag(ImGuiItemFlags_MixedValue, true);
  if (ImGui::Checkbox("Show", &all)) {
    Command cmd = forCategory(CommandKind::SetCategoryVisible, c);
    cmd.flag = all;
    out.push_back(cmd);
  }
  if (shown > 0 && shown < total) ImGui::PopItemFlag();
  ImGui::SameLine();
  if (ImGui::SmallButton("Isolate")) out.push_back(forCategory(CommandKind::IsolateCategory, c));
  ImGui::SameLine();
  float opacity = 1.0f;
  for (std::size_t i = 0; i < ctx.atlas.structures.size(); ++i)
    if (ctx.atlas.structures[i].category == c) {
      opacity = ctx.view.display[i].opacity;
      break;
    }
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##opacity", &opacity, 0.05f, 1.0f, "opacity %.2f")) {
    Command cmd = forCategory(CommandKind::SetCategoryOpacity, c);
    cmd.value = opacity;
    out.push_back(cmd);
  }
}
}  // namespace

void drawStructurePanel(const PanelContext& ctx, UiState& state, Commands& out) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float scale = state.uiScale;
  ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + kSidePanelMargin * scale, vp->WorkPos.y + 10.0f * scale));
  const float width = sidePanelWidths(vp->WorkSize.x, scale).structures;
  state.leftPanelWidth = width + kSidePanelMargin * scale;
  ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y - 90.0f * scale));
  ImGui::Begin("Structures", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  ImGui::SetNextItemWidth(-1.0f);
  if (state.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    state.focusSearch = false;
  }
  ImGui::InputTextWithHint("##search", "Search structures... (Ctrl+F)", &state.search);
  state.searchActive = ImGui::IsItemActive();  // Up, Down and Enter then move in the list (app/key_map)
  if (ImGui::Button("Show all")) out.push_back(makeCommand(CommandKind::ShowAll));
  ImGui::SameLine();
  ImGui::TextDisabled("%zu structures", ctx.atlas.structures.size());
  ImGui::Separator();
  // Flattened: keyboard navigation (F2) moves from "Show all" straight into the list's rows.
  ImGui::BeginChild("tree", ImVec2(0.0f, 0.0f), false, ImGuiWindowFlags_NavFlattened);
  for (anatomy::Category c : anatomy::kAllCategories) {
    if (anatomy::countInCategory(ctx.atlas, c) == 0) continue;
    ImGui::PushID(static_cast<int>(c));
    const bool searching = !state.search.empty();
    if (searching) ImGui::SetNextItemOpen(true);
    const bool open = ImGui::CollapsingHeader(anatomy::categoryLabel(c), ImGuiTreeNodeFlags_DefaultOpen);
    if (open) {
      if (!searching) categoryControls(ctx, c, out);
      for (std::size_t i = 0; i < ctx.atlas.structures.size(); ++i) {
        const anatomy::Structure& s = ctx.atlas.structures[i];
        if (s.category == c && anatomy::matchesSearch(s, state.search)) structureRow(ctx, state, static_cast<int>(i), out);
      }
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace ui
