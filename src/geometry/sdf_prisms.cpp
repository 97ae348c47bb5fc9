// Rounded prisms over convex polygons: the distance to the polygon in its plane combined
// with the distance to the end caps, then offset outward by the rounding.
#include "geometry/sdf.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geometry::sdf {

namespace {

float cross2(const glm::vec2& a, const glm::vec2& b) { return a.x * b.y - a.y * b.x; }

// Outward unit normal of the edge a -> b of a counter-clockwise polygon.
glm::vec2 outwardNormal(const glm::vec2& a, const glm::vec2& b) {
  const glm::vec2 e = b - a;
  const float len = glm::length(e);
  return len > 1e-9f ? glm::vec2(e.y, -e.x) / len : glm::vec2(0.0f);
}

float signedArea(const std::vector<glm::vec2>& outline) {
  float twice = 0.0f;
  for (std::size_t i = 0; i < outline.size(); ++i) twice += cross2(outline[i], outline[(i + 1) % outline.size()]);
  return 0.5f * twice;
}

}  // namespace

float convexPolygonDistance(const std::vector<glm::vec2>& outline, const glm::vec2& p) {
  const std::size_t n = outline.size();
  float inside = std::numeric_limits<float>::lowest();  // largest edge-line distance
  float outside = std::numeric_limits<float>::max();    // nearest edge segment
  for (std::size_t i = 0; i < n; ++i) {
    const glm::vec2 a = outline[i], b = outline[(i + 1) % n];
    inside = std::max(inside, glm::dot(p - a, outwardNormal(a, b)));
    const glm::vec2 e = b - a;
    const float t = std::clamp(glm::dot(p - a, e) / std::max(glm::dot(e, e), 1e-12f), 0.0f, 1.0f);
    outside = std::min(outside, glm::length(p - (a + t * e)));
  }
  return inside <= 0.0f ? inside : outside;
}

std::vector<glm::vec2> insetPolygon(const std::vector<glm::vec2>& outline, float amount) {
  const std::size_t n = outline.size();
  std::vector<glm::vec2> out;
  for (std::size_t i = 0; i < n; ++i) {
    // Vertex i joins edge (i-1 -> i) and edge (i -> i+1); move both lines inward and meet.
    const glm::vec2 prev = outline[(i + n - 1) % n], cur = outline[i], next = outline[(i + 1) % n];
    const glm::vec2 n0 = outwardNormal(prev, cur), n1 = outwardNormal(cur, next);
    const glm::vec2 p0 = cur - amount * n0, d0 = cur - prev;
    const glm::vec2 p1 = cur - amount * n1, d1 = next - cur;
    const float denom = cross2(d0, d1);
    if (std::abs(denom) < 1e-9f) {
      out.push_back(p1);
      continue;
    }
    const float t = cross2(p1 - p0, d1) / denom;
    out.push_back(p0 + t * d0);
  }
  return out;
}

Shape roundedPrism(const glm::vec3& centre, const std::vector<glm::vec2>& outline, float halfLength, float rounding,
                   const glm::mat3& axes) {
  const float r = std::max(0.0f, std::min(rounding, halfLength));
  std::vector<glm::vec2> ccw = outline;
  if (signedArea(ccw) < 0.0f) std::reverse(ccw.begin(), ccw.end());
  const std::vector<glm::vec2> core = insetPolygon(ccw, r);
  const float coreHalf = halfLength - r;
  const glm::mat3 toLocal = glm::transpose(axes);
  Bounds box;
  for (const glm::vec2& v : outline)
    for (float z : {-halfLength, halfLength}) box.extend(centre + axes * glm::vec3(v, z));
  return Shape(
      [=](const glm::vec3& p) {
        const glm::vec3 q = toLocal * (p - centre);
        const glm::vec2 w(convexPolygonDistance(core, glm::vec2(q)), std::abs(q.z) - coreHalf);
        return std::min(std::max(w.x, w.y), 0.0f) + glm::length(glm::max(w, glm::vec2(0.0f))) - r;
      },
      box);
}

}  // namespace geometry::sdf
