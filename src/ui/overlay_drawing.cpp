#include "ui/overlay_drawing.h"
#include "anatomy/measurement_keys.h"

#include "anatomy/measure_howto.h"
#include "anatomy/palette.h"

#include "ui/imgui_setup.h"
#include "ui/verdict_glyph.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace ui {

namespace {
struct Pen {
  ImDrawList* list;
  float unit;  // pixels per "point" at 1080 lines
  anatomy::Palette palette = anatomy::Palette::Default;
};

ImU32 rgba(float r, float g, float b, float a = 1.0f) { return ImGui::ColorConvertFloat4ToU32(ImVec4(r, g, b, a)); }

ImU32 rgba(const glm::vec3& c, float a = 1.0f) { return rgba(c.r, c.g, c.b, a); }

ImU32 verdictColour(const Pen& pen, anatomy::Verdict v) { return rgba(anatomy::verdictColor(v, pen.palette)); }

ImU32 toneColour(const Pen& pen, anatomy::OverlayTone tone, anatomy::Verdict v) {
  const float alpha = tone == anatomy::OverlayTone::Reference ? anatomy::kOverlayReferenceAlpha : 1.0f;
  return rgba(anatomy::overlayToneColor(tone, v, pen.palette), alpha);
}

const ImU32 kHalo = IM_COL32(8, 10, 14, 190);

std::optional<ImVec2> project(const OverlayScreen& s, const glm::vec3& p) {
  const glm::vec4 clip = s.viewProjection * glm::vec4(p, 1.0f);
  if (clip.w <= 1e-4f) return std::nullopt;
  const glm::vec3 ndc = glm::vec3(clip) / clip.w;
  return ImVec2(s.originX + (ndc.x * 0.5f + 0.5f) * s.width, s.originY + (0.5f - ndc.y * 0.5f) * s.height);
}

std::vector<ImVec2> projectAll(const OverlayScreen& s, const std::vector<glm::vec3>& points) {
  std::vector<ImVec2> out;
  for (const glm::vec3& p : points) {
    const auto q = project(s, p);
    if (!q) return {};
    out.push_back(*q);
  }
  return out;
}

void haloedPolyline(const Pen& pen, const std::vector<ImVec2>& pts, ImU32 colour, float width, bool closed) {
  if (pts.size() < 2) return;
  const ImDrawFlags flags = closed ? ImDrawFlags_Closed : ImDrawFlags_None;
  pen.list->AddPolyline(pts.data(), static_cast<int>(pts.size()), kHalo, flags, width + 3.0f * pen.unit);
  pen.list->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, flags, width);
}

void dashedLine(const Pen& pen, ImVec2 a, ImVec2 b, ImU32 colour, float width) {
  const float dx = b.x - a.x, dy = b.y - a.y, length = std::sqrt(dx * dx + dy * dy);
  const float on = 14.0f * pen.unit, off = 9.0f * pen.unit;
  for (float t = 0.0f; t < length; t += on + off) {
    const float e = std::min(t + on, length);
    const ImVec2 p(a.x + dx * t / length, a.y + dy * t / length), q(a.x + dx * e / length, a.y + dy * e / length);
    haloedPolyline(pen, {p, q}, colour, width, false);
  }
}

void arrowHead(const Pen& pen, ImVec2 from, ImVec2 tip, ImU32 colour) {
  const float dx = tip.x - from.x, dy = tip.y - from.y, len = std::sqrt(dx * dx + dy * dy);
  if (len < 1.0f) return;
  const ImVec2 d(dx / len, dy / len), n(-d.y, d.x);
  const float l = 26.0f * pen.unit, w = 12.0f * pen.unit;
  const ImVec2 base(tip.x - d.x * l, tip.y - d.y * l);
  const ImVec2 p1(base.x + n.x * w, base.y + n.y * w), p2(base.x - n.x * w, base.y - n.y * w);
  pen.list->AddTriangleFilled(tip, p1, p2, kHalo);
  const float s = 0.72f;  // the coloured head sits inside its halo
  const ImVec2 c((tip.x + p1.x + p2.x) / 3.0f, (tip.y + p1.y + p2.y) / 3.0f);
  const auto shrink = [&](ImVec2 p) { return ImVec2(c.x + (p.x - c.x) * s, c.y + (p.y - c.y) * s); };
  pen.list->AddTriangleFilled(shrink(tip), shrink(p1), shrink(p2), colour);
}

void drawPath(const Pen& pen, const OverlayScreen& s, const anatomy::OverlayPath& path, std::optional<ImU32> own = {}) {
  const std::vector<ImVec2> pts = projectAll(s, path.points);
  if (pts.size() < 2) return;
  const ImU32 colour = own ? *own : toneColour(pen, path.tone, path.verdict);
  const float width = (path.tone == anatomy::OverlayTone::Pull ? 7.0f : 5.0f) * pen.unit;
  if (path.dashed)
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) dashedLine(pen, pts[i], pts[i + 1], colour, width * 0.8f);
  else
    haloedPolyline(pen, pts, colour, width, path.closed);
  if (path.arrowAtEnd) arrowHead(pen, pts[pts.size() - 2], pts.back(), colour);
}

struct Placed {
  ImVec2 min, max;
};

bool overlaps(const Placed& a, const std::vector<Placed>& placed) {
  return std::any_of(placed.begin(), placed.end(), [&](const Placed& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
  });
}

// A label on a dark rounded box; moves down (then up) until it clears the earlier ones.
Placed drawTag(const Pen& pen, const OverlayScreen& screen, ImFont* font, float size, ImVec2 centre,
               const std::string& text, anatomy::Verdict verdict, std::vector<Placed>& placed, ImU32 border) {
  const ImU32 colour = verdictColour(pen, verdict);
  const float glyph = verdict == anatomy::Verdict::Unknown ? 0.0f : size * 1.1f;
  ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str());
  ts.x += glyph;
  const float padX = size * 0.3f, padY = size * 0.15f;  // grows with the text
  Placed box{ImVec2(centre.x - ts.x * 0.5f - padX, centre.y - ts.y * 0.5f - padY),
             ImVec2(centre.x + ts.x * 0.5f + padX, centre.y + ts.y * 0.5f + padY)};
  // Keep it on screen: some anchors lie below the floor or beyond the frame.
  const float shiftX = std::max(0.0f, screen.left - box.min.x) - std::max(0.0f, box.max.x - screen.right);
  const float shiftY = std::max(0.0f, screen.top - box.min.y) - std::max(0.0f, box.max.y - screen.bottom);
  box = Placed{ImVec2(box.min.x + shiftX, box.min.y + shiftY), ImVec2(box.max.x + shiftX, box.max.y + shiftY)};
  const float step = box.max.y - box.min.y + 3.0f * pen.unit;
  for (int i = 1; i <= 12 && overlaps(box, placed); ++i) {
    const float dy = (i % 2 ? 1.0f : -1.0f) * step * static_cast<float>((i + 1) / 2);
    Placed moved{ImVec2(box.min.x, box.min.y + dy), ImVec2(box.max.x, box.max.y + dy)};
    if (moved.min.y < screen.top || moved.max.y > screen.bottom) continue;  // not under a caption or panel
    if (!overlaps(moved, placed)) {
      box = moved;
      break;
    }
  }
  placed.push_back(box);
  pen.list->AddRectFilled(box.min, box.max, IM_COL32(10, 12, 18, 200), 6.0f * pen.unit);
  pen.list->AddRect(box.min, box.max, border, 6.0f * pen.unit, 0, 2.5f * pen.unit);  // the angle's line colour
  if (glyph > 0.0f) drawVerdictGlyph(pen.list, ImVec2(box.min.x + padX, box.min.y + padY), size * 0.95f, verdict, pen.palette);
  pen.list->AddText(font, size, ImVec2(box.min.x + padX + glyph, box.min.y + padY), colour, text.c_str());
  return box;
}

// An angle's arms pass through its vertex: a line through (or ending at) an arc's centre on
// screen is one of that angle's arms and takes the angle's own colour.
std::optional<ImU32> armColour(const Pen& pen, const OverlayScreen& s, const anatomy::OverlayPath& path,
                               const std::vector<std::pair<ImVec2, int>>& vertices) {
  if (path.tone != anatomy::OverlayTone::Axis && path.tone != anatomy::OverlayTone::Tangent) return std::nullopt;
  const std::vector<ImVec2> pts = projectAll(s, path.points);
  for (const auto& [c, index] : vertices)
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
      const float dx = pts[i + 1].x - pts[i].x, dy = pts[i + 1].y - pts[i].y, len2 = dx * dx + dy * dy;
      const float t = len2 > 0.0f ? std::clamp(((c.x - pts[i].x) * dx + (c.y - pts[i].y) * dy) / len2, 0.0f, 1.0f) : 0.0f;
      const float ex = pts[i].x + t * dx - c.x, ey = pts[i].y + t * dy - c.y;
      if (ex * ex + ey * ey < 36.0f * pen.unit * pen.unit) return rgba(anatomy::measureLineColor(index, pen.palette));
    }
  return std::nullopt;
}

// Where a readout goes: just outside its arc, on the side the arc opens to.
ImVec2 besideArc(const OverlayScreen& s, const anatomy::OverlayArc& a, ImVec2 textSize, float size) {
  const auto c = project(s, a.centre);
  const auto m = a.points.empty() ? std::nullopt : project(s, a.points[a.points.size() / 2]);
  if (!c || !m) return ImVec2(-1e6f, -1e6f);
  float dx = m->x - c->x, dy = m->y - c->y;
  const float len = std::sqrt(dx * dx + dy * dy);
  dx = len > 1.0f ? dx / len : 1.0f;
  dy = len > 1.0f ? dy / len : 0.0f;
  return ImVec2(m->x + dx * (size * 0.6f + textSize.x * 0.5f), m->y + dy * (size * 0.6f + textSize.y * 0.5f));
}

// The axis deviation in words (medial or lateral of the knee) rather than a signed number.
std::vector<anatomy::Overlay> withDirectionWords(std::vector<anatomy::Overlay> overlays) {
  for (anatomy::Overlay& o : overlays) {
    const auto v = std::find_if(o.values.begin(), o.values.end(), [](const anatomy::OverlayValue& x) { return x.key == anatomy::key::kMadMm; });
    if (v == o.values.end()) continue;
    v->headline = anatomy::axisDeviationTag(v->value);
    v->text = v->headline + "  (" + v->range + ")";
    for (anatomy::OverlayTag& t : o.tags)
      if (t.key == anatomy::key::kMadMm) t.text = v->headline;
  }
  return overlays;
}

void hoverTip(const Placed& box, const std::string& key) {
  const ImVec2 m = ImGui::GetIO().MousePos;
  if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AnyWindow) || m.x < box.min.x || m.x > box.max.x || m.y < box.min.y ||
      m.y > box.max.y)
    return;
  const std::string_view how = anatomy::howMeasured(key);
  if (!how.empty()) ImGui::SetTooltip("%.*s", static_cast<int>(how.size()), how.data());
}

struct LegendLayout {
  bool stacked = false;
  ImVec2 origin, size;
};

float overlapArea(const LegendLayout& l, ImVec2 min, ImVec2 max) {
  const float w = std::min(l.origin.x + l.size.x, max.x) - std::max(l.origin.x, min.x);
  const float h = std::min(l.origin.y + l.size.y, max.y) - std::max(l.origin.y, min.y);
  return std::max(w, 0.0f) * std::max(h, 0.0f);
}

// What a legend placed there would hide: the model, and (far worse) the readouts beside the
// arcs, which say the same numbers where they belong.
float legendCost(const LegendLayout& l, const OverlayScreen& s, const std::vector<Placed>& tags) {
  float cost = overlapArea(l, ImVec2(s.modelMin.x, s.modelMin.y), ImVec2(s.modelMax.x, s.modelMax.y));
  for (const Placed& t : tags) cost += 20.0f * overlapArea(l, t.min, t.max);
  return cost;
}

// The legend's two shapes at one text size: one line per value, or (narrower) the range on a
// smaller second line.
struct LegendMetrics {
  float pad = 0.0f, line = 0.0f, swatch = 0.0f, small = 0.0f;
  float wide = 0.0f, narrow = 0.0f, wideHeight = 0.0f, narrowHeight = 0.0f;
};

LegendMetrics measureLegend(ImFont* font, float size, const std::vector<anatomy::Overlay>& overlays) {
  const auto textWidth = [&](const std::string& t, float sz) { return font->CalcTextSizeA(sz, 1e9f, 0.0f, t.c_str()).x; };
  LegendMetrics m;
  m.pad = size * 0.45f;
  m.line = size * 1.25f;
  m.swatch = size * 0.55f;
  m.small = size * 0.78f;
  m.wideHeight = m.narrowHeight = m.pad * 1.5f;
  for (const anatomy::Overlay& o : overlays) {
    m.wide = std::max(m.wide, textWidth(anatomy::overlayLabel(o.kind), size));
    m.narrow = std::max(m.narrow, m.wide);
    m.wideHeight += m.line;
    m.narrowHeight += m.line;
    for (const anatomy::OverlayValue& v : o.values) {
      m.wide = std::max(m.wide, textWidth(v.text, size) + m.swatch * 2.0f);
      m.narrow = std::max(m.narrow, std::max(textWidth(v.headline, size), textWidth(v.range, m.small)) + m.swatch * 2.0f);
      m.wideHeight += m.line;
      m.narrowHeight += m.line + (v.range.empty() ? 0.0f : m.small * 1.1f);
    }
  }
  return m;
}

// Presentation text makes the legend large; it repeats the readouts drawn by the arcs, so it
// shrinks (never below the 1x size) until one of its shapes fits a corner of kLegendShare of
// the free area's width and height.
constexpr float kLegendShare = 0.42f;
float legendSizeToFit(ImFont* font, float wanted, float smallest, const std::vector<anatomy::Overlay>& overlays,
                      const OverlayScreen& s) {
  const LegendMetrics m = measureLegend(font, wanted, overlays);
  const float w = kLegendShare * (s.right - s.left), h = kLegendShare * (s.bottom - s.top);
  const float wideFit = std::min(w / (m.wide + 2.0f * m.pad), h / m.wideHeight);
  const float stackedFit = std::min(w / (m.narrow + 2.0f * m.pad), h / m.narrowHeight);
  return std::max(smallest, wanted * std::min(1.0f, std::max(wideFit, stackedFit)));
}

// In a corner of the free area, whichever covers least of the model and the readouts.
Placed drawLegend(const Pen& pen, ImFont* font, float size, const std::vector<anatomy::Overlay>& overlays,
                  const OverlayScreen& s, const std::vector<Placed>& tags) {
  const LegendMetrics m = measureLegend(font, size, overlays);
  const float pad = m.pad, margin = 16.0f * pen.unit, line = m.line, swatch = m.swatch, small = m.small;
  const float wide = m.wide, narrow = m.narrow, wideHeight = m.wideHeight, narrowHeight = m.narrowHeight;
  LegendLayout best;
  float bestOverlap = -1.0f;
  // The left corners first (as a reader's eye goes), the top before the bottom, one line
  // per value before two: on a tie the earlier wins.
  for (bool right : {false, true})
    for (bool top : {true, false})
      for (bool stacked : {false, true}) {
        LegendLayout l;
        l.stacked = stacked;
        l.size = ImVec2((stacked ? narrow : wide) + 2.0f * pad, stacked ? narrowHeight : wideHeight);
        l.origin = ImVec2(right ? s.right - margin - l.size.x : s.left + margin,
                          top ? s.top + margin : s.bottom - margin - l.size.y);
        // Running under a panel is worse than covering some of the model.
        const float spill = std::max(0.0f, l.origin.x + l.size.x - s.right) + std::max(0.0f, s.left - l.origin.x);
        const float overlap = legendCost(l, s, tags) + spill * l.size.y * 100.0f;
        if (bestOverlap < 0.0f || overlap < bestOverlap - 1.0f) {
          best = l;
          bestOverlap = overlap;
        }
      }
  pen.list->AddRectFilled(best.origin, ImVec2(best.origin.x + best.size.x, best.origin.y + best.size.y),
                          IM_COL32(10, 12, 18, 205), 8.0f * pen.unit);
  float y = best.origin.y + pad;
  const float textX = best.origin.x + pad + swatch * 2.0f;
  for (const anatomy::Overlay& o : overlays) {
    pen.list->AddText(font, size, ImVec2(best.origin.x + pad, y), IM_COL32(235, 238, 245, 255), anatomy::overlayLabel(o.kind));
    y += line;
    for (const anatomy::OverlayValue& v : o.values) {
      const ImU32 colour = verdictColour(pen, v.verdict);
      if (v.verdict != anatomy::Verdict::Unknown)  // shape as well as colour: check, triangle, cross
        drawVerdictGlyph(pen.list, ImVec2(best.origin.x + pad - swatch * 0.25f, y + size * 0.5f - swatch * 0.75f), swatch * 1.5f,
                         v.verdict, pen.palette);
      pen.list->AddText(font, size, ImVec2(textX, y), colour, (best.stacked ? v.headline : v.text).c_str());
      y += line;
      if (best.stacked && !v.range.empty()) {
        pen.list->AddText(font, small, ImVec2(textX, y - size * 0.12f), IM_COL32(200, 205, 215, 255), v.range.c_str());
        y += small * 1.1f;
      }
    }
  }
  return Placed{best.origin, ImVec2(best.origin.x + best.size.x, best.origin.y + best.size.y)};
}
}  // namespace

std::vector<geometry::ScreenRect> drawOverlays(const std::vector<anatomy::Overlay>& given, const OverlayScreen& screen) {
  if (given.empty()) return {};
  const std::vector<anatomy::Overlay> overlays = withDirectionWords(given);
  Pen pen{ImGui::GetBackgroundDrawList(), std::max(0.5f, screen.height / 1080.0f), screen.palette};
  ImFont* font = ui::fonts().overlay ? ui::fonts().overlay : ImGui::GetFont();
  // Text follows the view's height (as the lines do) and the UI's text scale on top.
  const float textUnit = pen.unit * std::clamp(screen.textScale, 0.5f, 4.0f);
  const float tagSize = std::max(11.0f, 26.0f * textUnit);
  const float legendSize =
      legendSizeToFit(font, std::max(11.0f, 27.0f * textUnit), std::max(11.0f, 27.0f * pen.unit), overlays, screen);
  // Each angle its own line colour (the mirrored limb's copy shares its key and colour).
  std::map<std::string, int> colourOf;
  std::vector<std::pair<ImVec2, int>> vertices;
  for (const anatomy::Overlay& o : overlays)
    for (const anatomy::OverlayArc& a : o.arcs) {
      const int index = colourOf.emplace(a.key, static_cast<int>(colourOf.size())).first->second;
      if (const auto c = project(screen, a.centre)) vertices.push_back({*c, index});
    }
  for (const anatomy::Overlay& o : overlays)
    for (const anatomy::OverlayPath& p : o.paths) drawPath(pen, screen, p, armColour(pen, screen, p, vertices));
  // A translucent wedge makes even a few degrees visible from the back of the room.
  for (const anatomy::Overlay& o : overlays)
    for (const anatomy::OverlayArc& a : o.arcs) {
      std::vector<ImVec2> fan = projectAll(screen, a.points);
      const auto centre = project(screen, a.centre);
      if (fan.size() < 2 || !centre || a.degrees > 120.0f) continue;  // a near-straight angle would hide the joint
      const ImU32 fill = (verdictColour(pen, a.verdict) & 0x00FFFFFFu) | (80u << 24);
      for (std::size_t i = 0; i + 1 < fan.size(); ++i) pen.list->AddTriangleFilled(*centre, fan[i], fan[i + 1], fill);
    }
  for (const anatomy::Overlay& o : overlays)
    for (const anatomy::OverlayArc& a : o.arcs) {
      anatomy::OverlayPath arc;
      arc.points = a.points;
      arc.tone = anatomy::OverlayTone::Verdict;
      arc.verdict = a.verdict;
      drawPath(Pen{pen.list, pen.unit * 1.25f, pen.palette}, screen, arc);
    }
  std::vector<Placed> placed;
  for (const anatomy::Overlay& o : overlays)
    for (const anatomy::OverlayTag& t : o.tags) {
      const auto arc = std::find_if(o.arcs.begin(), o.arcs.end(), [&](const anatomy::OverlayArc& a) { return a.key == t.key; });
      std::optional<ImVec2> at = project(screen, t.anchor);
      if (arc != o.arcs.end()) at = besideArc(screen, *arc, font->CalcTextSizeA(tagSize, 1e9f, 0.0f, t.text.c_str()), tagSize);
      if (!at) continue;
      const auto c = colourOf.find(t.key);
      const ImU32 border = c != colourOf.end() ? rgba(anatomy::measureLineColor(c->second, pen.palette)) : verdictColour(pen, t.verdict);
      hoverTip(drawTag(pen, screen, font, tagSize, *at, t.text, t.verdict, placed, border), t.key);
    }
  placed.push_back(drawLegend(pen, font, legendSize, overlays, screen, placed));
  std::vector<geometry::ScreenRect> drawn;
  for (const Placed& p : placed) drawn.push_back({{p.min.x, p.min.y}, {p.max.x, p.max.y}});
  return drawn;
}

}  // namespace ui
