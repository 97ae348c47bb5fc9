#include "ui/verdict_glyph.h"

#include <imgui.h>

#include <algorithm>

namespace ui {

void drawVerdictGlyph(ImDrawList* list, const ImVec2& topLeft, float size, anatomy::Verdict v, anatomy::Palette palette) {
  const glm::vec3 c = anatomy::verdictColor(v, palette);
  const ImU32 ink = ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, 1.0f));
  const float s = size, w = std::max(1.5f, s * 0.16f);
  const auto at = [&](float fx, float fy) { return ImVec2(topLeft.x + fx * s, topLeft.y + fy * s); };
  list->AddCircleFilled(at(0.5f, 0.5f), s * 0.5f, IM_COL32(10, 12, 18, 220));
  switch (anatomy::verdictGlyph(v)) {
    case anatomy::VerdictGlyph::Check: {
      const ImVec2 pts[] = {at(0.24f, 0.52f), at(0.43f, 0.72f), at(0.78f, 0.30f)};
      list->AddPolyline(pts, 3, ink, ImDrawFlags_None, w);
      break;
    }
    case anatomy::VerdictGlyph::Warning:
      list->AddTriangleFilled(at(0.5f, 0.12f), at(0.9f, 0.84f), at(0.1f, 0.84f), ink);
      list->AddLine(at(0.5f, 0.36f), at(0.5f, 0.62f), IM_COL32(10, 12, 18, 255), w * 0.8f);
      list->AddCircleFilled(at(0.5f, 0.73f), w * 0.5f, IM_COL32(10, 12, 18, 255));
      break;
    case anatomy::VerdictGlyph::Cross:
      list->AddLine(at(0.27f, 0.27f), at(0.73f, 0.73f), ink, w);
      list->AddLine(at(0.73f, 0.27f), at(0.27f, 0.73f), ink, w);
      break;
    case anatomy::VerdictGlyph::None: break;
  }
}

void verdictGlyphItem(anatomy::Verdict v, anatomy::Palette palette) {
  const float size = ImGui::GetTextLineHeight();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(size, size));
  if (v != anatomy::Verdict::Unknown) drawVerdictGlyph(ImGui::GetWindowDrawList(), pos, size, v, palette);
  ImGui::SameLine();
}

}  // namespace ui
