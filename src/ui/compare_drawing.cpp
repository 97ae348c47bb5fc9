#include "ui/compare_drawing.h"

#include <imgui.h>

#include <algorithm>

namespace ui {

namespace {
constexpr ImU32 kHalo = IM_COL32(8, 10, 14, 200);
constexpr ImU32 kGhost = IM_COL32(120, 230, 255, 255);  // cyan: far from bone, tendon and skin tones
constexpr ImU32 kPen = IM_COL32(255, 214, 0, 255);     // a yellow marker

float unitFor(float height) { return std::max(1.0f, height / 1080.0f); }

bool project(const OverlayScreen& s, const glm::vec3& p, ImVec2& out) {
  const glm::vec4 clip = s.viewProjection * glm::vec4(p, 1.0f);
  if (clip.w <= 1e-4f) return false;
  out = ImVec2(s.originX + (clip.x / clip.w * 0.5f + 0.5f) * s.width, s.originY + (0.5f - clip.y / clip.w * 0.5f) * s.height);
  return true;
}
}  // namespace

void drawViewLabel(const std::string& label, const OverlayScreen& screen) {
  if (label.empty()) return;
  ImDrawList* list = ImGui::GetBackgroundDrawList();
  const float unit = unitFor(ImGui::GetIO().DisplaySize.y);
  const float size = 34.0f * unit;
  const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, label.c_str());
  const float cx = (std::max(screen.left, screen.originX) + std::min(screen.right, screen.originX + screen.width)) * 0.5f;
  const ImVec2 at(cx - text.x * 0.5f, std::max(screen.top, screen.originY) + 12.0f * unit);
  const float pad = 10.0f * unit;
  list->AddRectFilled(ImVec2(at.x - pad, at.y - pad * 0.5f), ImVec2(at.x + text.x + pad, at.y + text.y + pad * 0.5f),
                      IM_COL32(10, 14, 22, 200), 8.0f * unit);
  list->AddText(ImGui::GetFont(), size, at, IM_COL32(255, 255, 255, 255), label.c_str());
}

void drawGhostOutline(const std::vector<std::pair<glm::vec3, glm::vec3>>& segments, const OverlayScreen& screen) {
  if (segments.empty()) return;
  ImDrawList* list = ImGui::GetBackgroundDrawList();
  const float unit = unitFor(ImGui::GetIO().DisplaySize.y);
  list->PushClipRect(ImVec2(screen.originX, screen.originY),
                     ImVec2(screen.originX + screen.width, screen.originY + screen.height), true);
  std::vector<std::pair<ImVec2, ImVec2>> lines;
  lines.reserve(segments.size());
  for (const auto& [a, b] : segments) {
    ImVec2 pa, pb;
    if (project(screen, a, pa) && project(screen, b, pb)) lines.emplace_back(pa, pb);
  }
  for (const auto& [a, b] : lines) list->AddLine(a, b, kHalo, 4.5f * unit);
  for (const auto& [a, b] : lines) list->AddLine(a, b, kGhost, 2.0f * unit);
  // The key, at the bottom left of the free area.
  const char* key = "normal outline";
  const float size = 26.0f * unit;
  const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, key);
  const ImVec2 at(std::max(screen.left, screen.originX) + 16.0f * unit,
                  std::min(screen.bottom, screen.originY + screen.height) - text.y - 16.0f * unit);
  const float swatch = 36.0f * unit;
  list->AddRectFilled(ImVec2(at.x - 8.0f * unit, at.y - 6.0f * unit),
                      ImVec2(at.x + swatch + 10.0f * unit + text.x + 8.0f * unit, at.y + text.y + 6.0f * unit),
                      IM_COL32(10, 14, 22, 200), 6.0f * unit);
  const float y = at.y + text.y * 0.5f;
  list->AddLine(ImVec2(at.x, y), ImVec2(at.x + swatch, y), kGhost, 3.0f * unit);
  list->AddText(ImGui::GetFont(), size, ImVec2(at.x + swatch + 10.0f * unit, at.y), IM_COL32(255, 255, 255, 255), key);
  list->PopClipRect();
}

void drawPins(const std::vector<std::pair<glm::vec3, std::string>>& pins, const OverlayScreen& screen) {
  ImDrawList* list = ImGui::GetBackgroundDrawList();
  const float unit = unitFor(ImGui::GetIO().DisplaySize.y);
  const float radius = 14.0f * unit, size = 24.0f * unit;
  std::vector<ImVec4> placed;  // note boxes drawn so far
  for (std::size_t i = 0; i < pins.size(); ++i) {
    ImVec2 at;
    if (!project(screen, pins[i].first, at)) continue;
    const std::string number = std::to_string(i + 1);
    list->AddCircleFilled(at, radius + 2.0f * unit, kHalo);
    list->AddCircleFilled(at, radius, kPen);
    const ImVec2 n = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, number.c_str());
    list->AddText(ImGui::GetFont(), size, ImVec2(at.x - n.x * 0.5f, at.y - n.y * 0.5f), IM_COL32(20, 20, 20, 255), number.c_str());
    ImVec2 textAt(at.x + radius + 8.0f * unit, at.y - size * 0.5f);
    const ImVec2 t = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0.0f, pins[i].second.c_str());
    // Notes of nearby pins stack instead of covering each other.
    const auto overlaps = [&](const ImVec4& r) {
      return textAt.x < r.z && textAt.x + t.x > r.x && textAt.y < r.w && textAt.y + t.y > r.y;
    };
    for (int tries = 0; tries < 12 && std::any_of(placed.begin(), placed.end(), overlaps); ++tries) textAt.y += t.y + 8.0f * unit;
    placed.emplace_back(textAt.x - 6.0f * unit, textAt.y - 3.0f * unit, textAt.x + t.x + 6.0f * unit, textAt.y + t.y + 3.0f * unit);
    if (textAt.y > at.y) list->AddLine(at, ImVec2(textAt.x - 6.0f * unit, textAt.y + t.y * 0.5f), kPen, 2.0f * unit);
    list->AddRectFilled(ImVec2(textAt.x - 6.0f * unit, textAt.y - 3.0f * unit),
                        ImVec2(textAt.x + t.x + 6.0f * unit, textAt.y + t.y + 3.0f * unit), IM_COL32(10, 14, 22, 210),
                        5.0f * unit);
    list->AddText(ImGui::GetFont(), size, textAt, IM_COL32(255, 255, 255, 255), pins[i].second.c_str());
  }
}

void drawStroke(const std::vector<glm::vec2>& points) {
  if (points.empty()) return;
  ImDrawList* list = ImGui::GetForegroundDrawList();
  const float unit = unitFor(ImGui::GetIO().DisplaySize.y);
  std::vector<ImVec2> pts;
  for (const glm::vec2& p : points) pts.emplace_back(p.x, p.y);
  if (pts.size() == 1) {
    list->AddCircleFilled(pts[0], 4.0f * unit, kPen);
    return;
  }
  list->AddPolyline(pts.data(), static_cast<int>(pts.size()), kHalo, ImDrawFlags_None, 8.0f * unit);
  list->AddPolyline(pts.data(), static_cast<int>(pts.size()), kPen, ImDrawFlags_None, 5.0f * unit);
}

}  // namespace ui
