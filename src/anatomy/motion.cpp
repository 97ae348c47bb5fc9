#include "anatomy/motion.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace anatomy {

namespace {
// Eases in and out, so the foot does not jerk at the ends of a phase.
float ease(float from, float to, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return from + (to - from) * t * t * (3.0f - 2.0f * t);
}

// Closing at which the sac is as flat as it gets: the ~1 mm collapsed recess plus the
// give of the fat pad's tip sliding out of it (REFERENCE.md, Kager's fat pad).
constexpr float kClosingToCollapseMm = 6.0f;
}  // namespace

float clampAnkle(float degrees) { return std::clamp(degrees, kAnkleMinDeg, kAnkleMaxDeg); }

float HeelDrop::angleAt(double seconds) const {
  const double p = period();
  float t = p > 0.0 ? static_cast<float>(std::fmod(std::max(0.0, seconds), p)) : 0.0f;
  const float bottom = belowStep ? bottomDeg : 0.0f;
  if (t < riseSeconds) return ease(0.0f, topDeg, t / riseSeconds);
  t -= riseSeconds;
  if (t < holdSeconds) return topDeg;
  t -= holdSeconds;
  if (t < lowerSeconds) return topDeg + (bottom - topDeg) * (t / lowerSeconds);  // slow and even: eccentric
  t -= lowerSeconds;
  if (t < bottomSeconds) return bottom;
  t -= bottomSeconds;
  return ease(bottom, 0.0f, t / returnSeconds);
}

const char* HeelDrop::phaseAt(double seconds) const {
  const double p = period();
  const float t = p > 0.0 ? static_cast<float>(std::fmod(std::max(0.0, seconds), p)) : 0.0f;
  if (t < riseSeconds) return "Rise on both feet";
  if (t < riseSeconds + holdSeconds) return "Shift onto the painful leg";
  if (t < riseSeconds + holdSeconds + lowerSeconds) return "Lower slowly on one leg";
  if (t < p - returnSeconds) return belowStep ? "Heel below the step" : "Heel at floor level";
  return "Back to the start";
}

float tendonPathLengthMm(const std::vector<glm::vec3>& rest, const std::vector<glm::vec3>& posed,
                         const TendonEnds& ends, float binMm) {
  const float lo = std::min(ends.restInsertionY, ends.restOriginY);
  const float hi = std::max(ends.restInsertionY, ends.restOriginY);
  std::map<int, std::pair<glm::vec3, int>> bins;  // ordered by rest height: the path runs up the tendon
  const std::size_t n = std::min(rest.size(), posed.size());
  for (std::size_t v = 0; v < n; ++v) {
    // Rest heights order the path even where the pose or a rupture moves the vertex.
    if (rest[v].y <= lo || rest[v].y >= hi) continue;
    auto& bin = bins[static_cast<int>(std::floor((rest[v].y - lo) / binMm))];
    bin.first += posed[v];
    ++bin.second;
  }
  const bool upwards = ends.restInsertionY <= ends.restOriginY;
  float length = 0.0f;
  glm::vec3 previous = upwards ? ends.insertion : ends.origin;
  for (const auto& [key, sum] : bins) {
    const glm::vec3 centre = sum.first / static_cast<float>(sum.second);
    length += glm::length(centre - previous);
    previous = centre;
  }
  return length + glm::length((upwards ? ends.origin : ends.insertion) - previous);
}

float tendonClosingMm(const glm::vec3& insertion, const glm::vec3& origin, const glm::vec3& neutralOrigin,
                      const glm::vec3& bone) {
  // The line's z at the bone's height; the tendon runs nearly vertically, so the shift in z
  // is the shift towards the bone.
  const auto zAt = [&](const glm::vec3& top) {
    const float dy = top.y - insertion.y;
    return std::abs(dy) < 1e-3f ? insertion.z : insertion.z + (top.z - insertion.z) * (bone.y - insertion.y) / dy;
  };
  return zAt(origin) - zAt(neutralOrigin);
}

float bursaThicknessFraction(float closingMm) {
  return std::clamp(1.0f - closingMm / kClosingToCollapseMm, kMinBursaFraction, 1.0f);
}

glm::vec3 squeezeBursa(const glm::vec3& p, const glm::vec3& centre, float fraction) {
  const float spread = 1.0f + 0.5f * (1.0f - fraction);
  return {p.x, centre.y + (p.y - centre.y) * spread, centre.z + (p.z - centre.z) * fraction};
}

}  // namespace anatomy
