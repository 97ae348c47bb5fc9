#include "geometry/label_layout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geometry {

namespace {
ScreenRect boxAt(glm::vec2 topLeft, glm::vec2 size) { return {topLeft, topLeft + size}; }

ScreenRect grown(const ScreenRect& r, float by) { return {r.min - glm::vec2(by), r.max + glm::vec2(by)}; }

float overlapArea(const ScreenRect& a, const ScreenRect& b) {
  const float w = std::min(a.max.x, b.max.x) - std::max(a.min.x, b.min.x);
  const float h = std::min(a.max.y, b.max.y) - std::max(a.min.y, b.min.y);
  return std::max(w, 0.0f) * std::max(h, 0.0f);
}

// The point of the box's edge nearest the anchor: where the leader line ends.
glm::vec2 nearestEdgePoint(const ScreenRect& box, glm::vec2 anchor) {
  return glm::clamp(anchor, box.min, box.max);
}

// Proper crossing of segments ab and cd (touching ends do not count).
bool segmentsCross(glm::vec2 a, glm::vec2 b, glm::vec2 c, glm::vec2 d) {
  const auto side = [](glm::vec2 p, glm::vec2 q, glm::vec2 r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
  const float d1 = side(c, d, a), d2 = side(c, d, b), d3 = side(a, b, c), d4 = side(a, b, d);
  return ((d1 > 0.0f && d2 < 0.0f) || (d1 < 0.0f && d2 > 0.0f)) && ((d3 > 0.0f && d4 < 0.0f) || (d3 < 0.0f && d4 > 0.0f));
}

bool segmentCrossesBox(glm::vec2 a, glm::vec2 b, const ScreenRect& box) {
  // Sampled: a leader line crossing a label is a blemish to avoid, not a hard rule.
  for (int i = 1; i < 8; ++i)
    if (box.contains(a + (b - a) * (static_cast<float>(i) / 8.0f))) return true;
  return false;
}

// Top-left corners to try for a label: around its anchor at growing distances, then in the
// margins left and right of the model, level with the anchor and stepped above and below.
std::vector<glm::vec2> candidates(const LabelRequest& l, const LabelLayoutInput& in) {
  std::vector<glm::vec2> out;
  const glm::vec2 half = l.size * 0.5f;
  for (float r : {1.2f, 2.0f, 3.2f})
    for (int k = 0; k < 12; ++k) {
      const float a = static_cast<float>(k) * 3.14159265f / 6.0f;
      const glm::vec2 centre = l.anchor + glm::vec2(std::cos(a) * (half.x + l.size.y * r), std::sin(a) * l.size.y * r * 1.4f);
      out.push_back(centre - half);
    }
  const float step = l.size.y + in.gap;
  for (int s = 0; s < 24; ++s) {
    const float dy = static_cast<float>((s + 1) / 2) * step * (s % 2 ? 1.0f : -1.0f);
    const float y = l.anchor.y - half.y + dy;
    out.push_back({in.model.min.x - in.gap * 3.0f - l.size.x, y});
    out.push_back({in.model.max.x + in.gap * 3.0f, y});
  }
  // Near the view's edges the same places pulled inside it.
  const std::size_t n = out.size();
  const glm::vec2 lo = in.view.min + glm::vec2(in.gap), hi = in.view.max - l.size - glm::vec2(in.gap);
  if (lo.x <= hi.x && lo.y <= hi.y)
    for (std::size_t i = 0; i < n; ++i) out.push_back(glm::clamp(out[i], lo, hi));
  return out;
}

bool free(const ScreenRect& box, const LabelLayoutInput& in, const std::vector<PlacedLabel>& placed) {
  if (!in.view.contains(box)) return false;
  const ScreenRect spaced = grown(box, in.gap);
  for (const ScreenRect& f : in.forbidden)
    if (spaced.overlaps(f)) return false;
  for (const PlacedLabel& p : placed)
    if (spaced.overlaps(p.box)) return false;
  return true;
}

// Lower is better: short leader lines, little of the model covered, no other anchor hidden,
// no crossing of placed leader lines and boxes.
float cost(const ScreenRect& box, int index, const LabelLayoutInput& in, const std::vector<PlacedLabel>& placed) {
  const LabelRequest& l = in.labels[static_cast<std::size_t>(index)];
  const glm::vec2 end = nearestEdgePoint(box, l.anchor);
  float c = glm::length(end - l.anchor);
  const float area = (box.max.x - box.min.x) * (box.max.y - box.min.y);
  c += 400.0f * overlapArea(box, in.model) / std::max(area, 1.0f);
  for (std::size_t i = 0; i < in.labels.size(); ++i)
    if (static_cast<int>(i) != index && grown(box, in.gap).contains(in.labels[i].anchor)) c += 300.0f;
  for (const PlacedLabel& p : placed) {
    const glm::vec2 otherAnchor = in.labels[static_cast<std::size_t>(p.request)].anchor;
    if (segmentCrossesBox(otherAnchor, p.lineEnd, box)) c += 600.0f;
    if (segmentCrossesBox(l.anchor, end, p.box)) c += 600.0f;
    if (segmentsCross(l.anchor, end, otherAnchor, p.lineEnd)) c += 300.0f;
  }
  return c;
}
}  // namespace

std::vector<PlacedLabel> layoutLabels(const LabelLayoutInput& input) {
  std::vector<PlacedLabel> placed;
  for (std::size_t i = 0; i < input.labels.size() && static_cast<int>(placed.size()) < input.maxLabels; ++i) {
    const LabelRequest& l = input.labels[i];
    if (!(l.size.x > 0.0f && l.size.y > 0.0f) || !std::isfinite(l.anchor.x) || !std::isfinite(l.anchor.y)) continue;
    float best = std::numeric_limits<float>::infinity();
    ScreenRect bestBox;
    for (const glm::vec2& corner : candidates(l, input)) {
      const ScreenRect box = boxAt(corner, l.size);
      if (!free(box, input, placed) || glm::length(nearestEdgePoint(box, l.anchor) - l.anchor) > input.maxLeader) continue;
      const float c = cost(box, static_cast<int>(i), input, placed);
      if (c < best) {
        best = c;
        bestBox = box;
      }
    }
    if (std::isfinite(best)) placed.push_back({static_cast<int>(i), bestBox, nearestEdgePoint(bestBox, l.anchor)});
  }
  return placed;
}

}  // namespace geometry
