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
  // The watershed zone 2-6 cm above the insertion: the gap opens around 4 cm.
  r.centreY = insertionY + 40.0f;
  r.minY = r.centreY - r.halfBand - r.binSize;
  const std::size_t bins = static_cast<std::size_t>((2.0f * r.halfBand + 2.0f * r.binSize) / r.binSize) + 1;
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

glm::vec3 RuptureMap::apply(const glm::vec3& p, float severity) const {
  const float d = p.y - centreY;
  if (!valid || severity <= 0.0f || std::abs(d) >= halfBand) return p;
  const float u = std::abs(d) / halfBand;  // 0 at the tear, 1 at the band's edge
  const float gap = maxHalfGap * severity;
  const float side = d < 0.0f ? -1.0f : 1.0f;
  const int b = std::clamp(static_cast<int>((p.y - minY) / binSize), 0, static_cast<int>(centreline.size()) - 1);
  const glm::vec2 c = centreline[b];
  // Frayed stumps: the cross-section thins toward the tear, leaving a hair-thin strand.
  const float thin = 1.0f - severity * 0.97f * (1.0f - u) * (1.0f - u);
  const glm::vec2 radial = (glm::vec2(p.x, p.z) - c) * thin;
  const float y = centreY + side * (gap + std::abs(d) * (halfBand - gap) / halfBand);
  return {c.x + radial.x, y, c.y + radial.y};
}

}  // namespace anatomy
