#include "ui/label_drawing.h"

#include "ui/imgui_setup.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <optional>

namespace ui {

namespace {
std::optional<glm::vec2> project(const OverlayScreen& s, const glm::vec3& p) {
  const glm::vec4 clip = s.viewProjection * glm::vec4(p, 1.0f);
  if (clip.w <= 1e-4f) return std::nullopt;
  const glm::vec3 ndc = glm::vec3(clip) / clip.w;
  if (std::abs(ndc.x) > 1.0f || std::abs(ndc.y) > 1.0f) return std::nullopt;  // off screen: no label
  return glm::vec2(s.originX + (ndc.x * 0.5f + 0.5f) * s.width, s.originY + (0.5f - ndc.y * 0.5f) * s.height);
}

ImVec2 im(glm::vec2 v) { return ImVec2(v.x, v.y); }

// The panels, menu bar and lesson caption as the last frame drew them: labels keep clear of
// every window, whatever its size at this text scale.
std::vector<geometry::ScreenRect> windowRects() {
  std::vector<geometry::ScreenRect> out;
  for (const ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
    if (w->WasActive && !w->Hidden && !(w->Flags & ImGuiWindowFlags_Tooltip))
      out.push_back({{w->Pos.x, w->Pos.y}, {w->Pos.x + w->Size.x, w->Pos.y + w->Size.y}});
  return out;
}

void drawOne(ImDrawList* list, ImFont* font, float size, float pad, const DrawnLabel& l, glm::vec2 lineEnd,
             bool highContrast) {
  const int alpha = l.visible ? 255 : 140;
  const ImU32 halo = IM_COL32(0, 0, 0, l.visible ? (highContrast ? 255 : 200) : 120);
  const ImU32 ink = IM_COL32(255, 255, 255, alpha);
  const ImU32 line = highContrast ? IM_COL32(255, 255, 0, alpha) : IM_COL32(255, 236, 170, alpha);
  const float w = std::max(1.5f, size * 0.09f), dot = std::max(3.0f, size * 0.2f);
  list->AddLine(im(l.anchor), im(lineEnd), halo, w + 3.0f);
  list->AddLine(im(l.anchor), im(lineEnd), line, w);
  list->AddCircleFilled(im(l.anchor), dot + 2.0f, halo);
  if (l.visible)
    list->AddCircleFilled(im(l.anchor), dot, line);
  else
    list->AddCircle(im(l.anchor), dot, line, 0, w);  // hidden behind something: a hollow ring
  const int boxAlpha = l.visible ? (highContrast ? 255 : 215) : 150;  // high contrast: solid black
  list->AddRectFilled(im(l.box.min), im(l.box.max), IM_COL32(highContrast ? 0 : 10, highContrast ? 0 : 12, highContrast ? 0 : 18, boxAlpha),
                      size * 0.25f);
  list->AddRect(im(l.box.min), im(l.box.max), line, size * 0.25f, 0, std::max(1.0f, size * 0.05f));
  list->AddText(font, size, ImVec2(l.box.min.x + pad, l.box.min.y + pad * 0.5f), ink, l.text.c_str());
}
}  // namespace

std::vector<DrawnLabel> drawLabels(const std::vector<LabelItem>& items, const OverlayScreen& screen,
                                   const std::vector<geometry::ScreenRect>& avoid) {
  std::vector<DrawnLabel> drawn;
  if (items.empty()) return drawn;
  ImFont* font = fonts().label ? fonts().label : ImGui::GetFont();
  const float size = font->FontSize, pad = size * 0.35f;
  geometry::LabelLayoutInput in;
  in.view = {{screen.left, screen.top}, {screen.right, screen.bottom}};
  in.forbidden = avoid;
  for (const geometry::ScreenRect& r : windowRects()) in.forbidden.push_back(r);
  in.model = {screen.modelMin, screen.modelMax};
  in.gap = std::max(4.0f, size * 0.2f);
  // A leader line across half the screen no longer says what it names; and more than a
  // dozen or so names at once is a wall of text, not a lesson.
  in.maxLeader = 0.3f * std::max(screen.width, screen.height);
  in.maxLabels = std::max(4, static_cast<int>((screen.bottom - screen.top) / (size * 3.2f)));
  std::vector<const LabelItem*> kept;
  for (const LabelItem& item : items) {
    const auto at = project(screen, item.point);
    if (!at) continue;
    const ImVec2 text = font->CalcTextSizeA(size, 1e9f, 0.0f, item.text.c_str());
    in.labels.push_back({*at, {text.x + 2.0f * pad, text.y + pad}});
    kept.push_back(&item);
  }
  ImDrawList* list = ImGui::GetBackgroundDrawList();
  for (const geometry::PlacedLabel& p : geometry::layoutLabels(in)) {
    const LabelItem& item = *kept[static_cast<std::size_t>(p.request)];
    DrawnLabel l{item.text, p.box, in.labels[static_cast<std::size_t>(p.request)].anchor, item.visible};
    drawOne(list, font, size, pad, l, p.lineEnd, screen.palette == anatomy::Palette::HighContrast);
    drawn.push_back(std::move(l));
  }
  return drawn;
}

}  // namespace ui
