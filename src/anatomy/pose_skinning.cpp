#include "anatomy/pose_skinning.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace anatomy {

namespace {
// Keeps the four largest of a dense per-segment weight vector.
Influence fromDense(const std::array<float, kSegmentCount>& w) {
  std::array<int, kSegmentCount> order{};
  for (std::size_t s = 0; s < kSegmentCount; ++s) order[s] = static_cast<int>(s);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return w[a] > w[b]; });
  Influence inf;
  float total = 0.0f;
  for (int k = 0; k < 4; ++k) total += w[order[k]];
  for (int k = 0; k < 4; ++k) {
    inf.segment[k] = static_cast<std::uint8_t>(order[k]);
    inf.weight[k] = total > 0.0f ? w[order[k]] / total : (k == 0 ? 1.0f : 0.0f);
  }
  return inf;
}

float boxDistance(const glm::vec3& p, const glm::vec3& lo, const glm::vec3& hi) {
  return glm::length(glm::max(glm::max(lo - p, p - hi), glm::vec3(0.0f)));
}
}  // namespace

Influence singleInfluence(int segment) {
  Influence inf;
  inf.segment = {static_cast<std::uint8_t>(segment), 0, 0, 0};
  inf.weight = {1.0f, 0.0f, 0.0f, 0.0f};
  return inf;
}

Influence HeightBlend::at(const glm::vec3& p) const {
  const float t = std::clamp((p.y - yCalcaneus) / (yCalf - yCalcaneus), 0.0f, 1.0f);
  Influence inf;
  inf.segment = {static_cast<std::uint8_t>(Segment::Calcaneus), static_cast<std::uint8_t>(Segment::Tibia), 0, 0};
  inf.weight = {1.0f - t, t, 0.0f, 0.0f};
  return inf;
}

void SkinSources::add(const std::vector<glm::vec3>& points, const std::vector<Influence>& influences,
                      std::size_t maxPoints) {
  if (points.empty()) return;
  Group g;
  const std::size_t stride = std::max<std::size_t>(1, points.size() / std::max<std::size_t>(1, maxPoints));
  g.lo = g.hi = points.front();
  for (std::size_t i = 0; i < points.size(); i += stride) {
    g.points.push_back(points[i]);
    g.influences.push_back(influences.size() == 1 ? influences[0] : influences[i]);
    g.lo = glm::min(g.lo, points[i]);
    g.hi = glm::max(g.hi, points[i]);
  }
  groups.push_back(std::move(g));
}

Influence SkinSources::at(const glm::vec3& p, float sigma) const {
  const std::size_t n = groups.size();
  std::vector<float> dist(n, std::numeric_limits<float>::max());
  std::vector<int> nearest(n, -1);
  // Nearest groups first, so far ones are skipped by their bounding boxes.
  std::vector<std::pair<float, std::size_t>> order;
  for (std::size_t g = 0; g < n; ++g) order.emplace_back(boxDistance(p, groups[g].lo, groups[g].hi), g);
  std::sort(order.begin(), order.end());
  float best = std::numeric_limits<float>::max();
  const float reach = 3.0f * sigma;
  for (const auto& [boxDist, g] : order) {
    if (boxDist > best + reach) break;
    float d2 = std::numeric_limits<float>::max();
    for (std::size_t i = 0; i < groups[g].points.size(); ++i) {
      const glm::vec3 d = groups[g].points[i] - p;
      const float len2 = glm::dot(d, d);
      if (len2 < d2) d2 = len2, nearest[g] = static_cast<int>(i);
    }
    dist[g] = std::sqrt(d2);
    best = std::min(best, dist[g]);
  }
  std::array<float, kSegmentCount> dense{};
  for (std::size_t g = 0; g < n; ++g) {
    if (nearest[g] < 0 || dist[g] > best + reach) continue;
    const float u = (dist[g] - best) / sigma;
    const float k = std::exp(-u * u);
    const Influence& inf = groups[g].influences[nearest[g]];
    for (int j = 0; j < 4; ++j) dense[inf.segment[j]] += k * inf.weight[j];
  }
  return fromDense(dense);
}

glm::mat4 blendMatrix(const SegmentTransforms& segments, const Influence& inf) {
  if (inf.weight[0] >= 1.0f) return segments[inf.segment[0]];
  glm::mat4 m(0.0f);
  for (int k = 0; k < 4; ++k)
    if (inf.weight[k] > 0.0f) m += inf.weight[k] * segments[inf.segment[k]];
  return m;
}

RuptureMap RuptureMap::build(const std::vector<glm::vec3>& tendon, float insertionY) {
  RuptureMap r;
  if (tendon.empty()) return r;
  // The watershed zone 2-6 cm above the insertion: the tendon tears 3.5 cm up and the gap
  // (the proximal stump retracting further) is centred about 4.5 cm up.
  r.centreY = insertionY + 35.0f;
  r.minY = r.centreY - r.halfBand - r.binSize;
  const std::size_t bins = static_cast<std::size_t>((r.halfBand + r.upperBand + 2.0f * r.binSize) / r.binSize) + 1;
  std::vector<glm::vec2> sum(bins, glm::vec2(0.0f));
  std::vector<int> count(bins, 0);
  for (const glm::vec3& p : tendon) {
    const int b = static_cast<int>((p.y - r.minY) / r.binSize);
    if (b < 0 || b >= static_cast<int>(bins)) continue;
    sum[b] += glm::vec2(p.x, p.z);
    ++count[b];
  }
  r.centreline.resize(bins);
  for (std::size_t b = 0; b < bins; ++b) {
    if (count[b] == 0) return r;  // the tendon does not span the zone: no rupture possible
    r.centreline[b] = sum[b] / static_cast<float>(count[b]);
  }
  r.valid = true;
  return r;
}

namespace {
// Fraction of the mop end, next to the tear, that closes completely at full severity
// (wider than a triangle of the tendon, so no triangle spans the gap with any width).
constexpr float kTornCore = 0.4f;

// Uneven tuft lengths around a stump's end (0.1-1), a fixed pattern so the picture is
// stable. High angular frequencies: many short and long strands side by side, a ragged
// fringe rather than one point.
float tuft(float angle, float side) {
  const float a = angle + (side > 0.0f ? 0.9f : 0.0f);
  return 0.55f + 0.25f * std::sin(7.0f * a + 0.7f) + 0.2f * std::cos(11.0f * a + 2.1f);
}
}  // namespace

glm::vec2 RuptureMap::centreAt(float y) const {
  const int b = std::clamp(static_cast<int>((y - minY) / binSize), 0, static_cast<int>(centreline.size()) - 1);
  return centreline[static_cast<std::size_t>(b)];
}

glm::vec3 RuptureMap::apply(const glm::vec3& p, float severity) const {
  const float d = p.y - centreY;
  const float band = d < 0.0f ? halfBand : upperBand;
  if (!valid || severity <= 0.0f || std::abs(d) >= band) return p;
  const float side = d < 0.0f ? -1.0f : 1.0f;
  const float u = std::abs(d) / band;  // 0 at the tear, 1 at the band's edge
  const float end = severity * (side < 0.0f ? lowerDrop : upperRetract);
  const glm::vec2 c = centreAt(p.y);
  glm::vec2 radial = glm::vec2(p.x, p.z) - c;
  // The band compresses into the stump; its end moves "end" mm away from the tear.
  float y = centreY + side * (end + std::abs(d) * (band - end) / band);
  if (u < frayZone) {
    // Mop end: the section closes to the centreline, each angle's tuft reaching a
    // different way into the gap. Next to the tear every vertex lands on one vertical
    // line, so the triangles across the gap have no area: nothing is drawn there.
    const float t = u / frayZone;
    const float angle = std::atan2(radial.y, radial.x);
    y -= side * severity * frayLength * tuft(angle, side) * (1.0f - t);
    const float open = std::clamp((t - kTornCore) / (1.0f - kTornCore), 0.0f, 1.0f);
    // The section stays wide almost to the torn core (a blunt, ragged end, not a cone).
    radial *= 1.0f - severity * (1.0f - std::sqrt(std::sqrt(open)));
    if (open <= 0.0f) {
      const glm::vec2 tear = centreAt(centreY);
      return {glm::mix(c.x, tear.x, severity) + radial.x, y, glm::mix(c.y, tear.y, severity) + radial.y};
    }
  } else {
    radial *= 1.0f + 0.45f * severity * (1.0f - u);  // the stumps are swollen
  }
  return {c.x + radial.x, y, c.y + radial.y};
}

float RuptureMap::gapLowerY(float severity) const {
  return centreY - severity * (lowerDrop - frayLength);
}

float RuptureMap::gapUpperY(float severity) const {
  return centreY + severity * (upperRetract - frayLength);
}

}  // namespace anatomy
