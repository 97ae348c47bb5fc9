#include "geometry/sdf.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace geometry::sdf {

namespace {

Bounds boxAround(const glm::vec3& c, const glm::vec3& half) {
  Bounds b;
  b.extend(c - half);
  b.extend(c + half);
  return b;
}

// Box of an oriented box with the given local half extents.
Bounds orientedBox(const glm::vec3& c, const glm::vec3& half, const glm::mat3& axes) {
  const glm::vec3 world = glm::abs(axes[0]) * half.x + glm::abs(axes[1]) * half.y + glm::abs(axes[2]) * half.z;
  return boxAround(c, world);
}

// Distance estimate to an axis-aligned ellipsoid centred at the origin; exact on the
// surface, a slight underestimate far away (good enough for blending and projection).
float ellipsoidDistance(const glm::vec3& q, const glm::vec3& r) {
  const float k0 = glm::length(q / r);
  const float k1 = glm::length(q / (r * r));
  if (k1 < 1e-12f) return -std::min(r.x, std::min(r.y, r.z));
  return k0 * (k0 - 1.0f) / k1;
}

}  // namespace

float boxDistance(const Bounds& box, const glm::vec3& p) {
  const glm::vec3 d = glm::max(glm::max(box.min - p, p - box.max), glm::vec3(0.0f));
  return glm::length(d);
}

glm::mat3 frameFromAxes(const glm::vec3& forward, const glm::vec3& upHint) {
  const glm::vec3 z = glm::normalize(forward);
  glm::vec3 x = glm::cross(upHint, z);
  if (glm::length(x) < 1e-6f) x = glm::cross(glm::vec3(1.0f, 0.0f, 0.0f), z);
  x = glm::normalize(x);
  const glm::vec3 y = glm::cross(z, x);
  return glm::mat3(x, y, z);
}

Shape sphere(const glm::vec3& centre, float radius) {
  return Shape([=](const glm::vec3& p) { return glm::length(p - centre) - radius; },
               boxAround(centre, glm::vec3(radius)));
}

Shape ellipsoid(const glm::vec3& centre, const glm::vec3& radii, const glm::mat3& axes) {
  const glm::mat3 toLocal = glm::transpose(axes);
  return Shape([=](const glm::vec3& p) { return ellipsoidDistance(toLocal * (p - centre), radii); },
               orientedBox(centre, radii, axes));
}

Shape capsule(const glm::vec3& a, const glm::vec3& b, float radius) { return roundCone(a, b, radius, radius); }

Shape roundCone(const glm::vec3& a, const glm::vec3& b, float ra, float rb) {
  const glm::vec3 axis = b - a;
  const float len = glm::length(axis);
  Bounds box = boxAround(a, glm::vec3(ra));
  box.extend(boxAround(b, glm::vec3(rb)));
  if (len < 1e-6f) return sphere(a, std::max(ra, rb));
  const glm::vec3 dir = axis / len;
  // Work in the half-plane through the axis: u along it, v away from it. The side line
  // touches both spheres; its outward normal is (s, c) with s the sine of the taper.
  const float s = std::clamp((ra - rb) / len, -0.999f, 0.999f);
  const float c = std::sqrt(1.0f - s * s);
  return Shape(
      [=](const glm::vec3& p) {
        const glm::vec3 ap = p - a;
        const float u = glm::dot(ap, dir);
        const float v = glm::length(ap - u * dir);
        const float along = u * c - v * s;  // position along the side line
        if (along < 0.0f) return std::sqrt(u * u + v * v) - ra;
        if (along > len * c) return std::sqrt((u - len) * (u - len) + v * v) - rb;
        return u * s + v * c - ra;
      },
      box);
}

Shape roundBox(const glm::vec3& centre, const glm::vec3& halfExtents, float rounding, const glm::mat3& axes) {
  const glm::mat3 toLocal = glm::transpose(axes);
  const float r = std::min(rounding, std::min(halfExtents.x, std::min(halfExtents.y, halfExtents.z)));
  const glm::vec3 inner = halfExtents - glm::vec3(r);
  return Shape(
      [=](const glm::vec3& p) {
        const glm::vec3 q = glm::abs(toLocal * (p - centre)) - inner;
        const float outside = glm::length(glm::max(q, glm::vec3(0.0f)));
        const float inside = std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f);
        return outside + inside - r;
      },
      orientedBox(centre, halfExtents, axes));
}

Shape torus(const glm::vec3& centre, float majorRadius, float minorRadius, const glm::mat3& axes) {
  const glm::mat3 toLocal = glm::transpose(axes);
  return Shape(
      [=](const glm::vec3& p) {
        const glm::vec3 q = toLocal * (p - centre);
        const float ring = std::sqrt(q.x * q.x + q.z * q.z) - majorRadius;
        return std::sqrt(ring * ring + q.y * q.y) - minorRadius;
      },
      orientedBox(centre, glm::vec3(majorRadius + minorRadius, minorRadius, majorRadius + minorRadius), axes));
}

Shape halfSpace(const glm::vec3& point, const glm::vec3& outwardNormal, const Bounds& box) {
  const glm::vec3 n = glm::normalize(outwardNormal);
  return Shape([=](const glm::vec3& p) { return glm::dot(p - point, n); }, box);
}

Shape taperedChain(const std::vector<glm::vec3>& points, const std::vector<float>& radii, float blend) {
  std::vector<Shape> parts;
  for (std::size_t i = 0; i + 1 < points.size() && i + 1 < radii.size(); ++i)
    parts.push_back(roundCone(points[i], points[i + 1], radii[i], radii[i + 1]));
  if (parts.empty() && !points.empty() && !radii.empty()) return sphere(points[0], radii[0]);
  return smoothUnion(parts, blend);
}

namespace {

// A slab halfWidth x halfThickness in (x, y) whose edges are half-cylinders, around z = 0.
float roundedSlabDistance(const glm::vec3& q, float halfWidth, float halfThickness) {
  const float along = std::max(std::abs(q.x) - std::max(halfWidth - halfThickness, 0.0f), 0.0f);
  return glm::length(glm::vec3(along, q.y, q.z)) - halfThickness;
}

template <typename T>
T catmullRom(const T& p0, const T& p1, const T& p2, const T& p3, float t) {
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                 (3.0f * p1 - p0 - 3.0f * p2 + p3) * t3);
}

}  // namespace

std::vector<BandSection> smoothSections(const std::vector<BandSection>& st, int steps) {
  if (st.size() < 3 || steps < 2) return st;
  std::vector<BandSection> out;
  const auto at = [&](long i) { return st[static_cast<std::size_t>(std::clamp<long>(i, 0, static_cast<long>(st.size()) - 1))]; };
  for (long i = 0; i + 1 < static_cast<long>(st.size()); ++i) {
    const BandSection a = at(i - 1), b = at(i), c = at(i + 1), d = at(i + 2);
    for (int k = 0; k < steps; ++k) {
      const float t = static_cast<float>(k) / static_cast<float>(steps);
      BandSection s;
      s.centre = catmullRom(a.centre, b.centre, c.centre, d.centre, t);
      s.side = glm::normalize(catmullRom(a.side, b.side, c.side, d.side, t));
      s.halfWidth = std::max(catmullRom(a.halfWidth, b.halfWidth, c.halfWidth, d.halfWidth, t), 0.05f);
      s.halfThickness = std::max(catmullRom(a.halfThickness, b.halfThickness, c.halfThickness, d.halfThickness, t), 0.05f);
      s.curl = catmullRom(a.curl, b.curl, c.curl, d.curl, t);
      s.roundedEdges = b.roundedEdges;
      out.push_back(s);
    }
  }
  out.push_back(st.back());
  return out;
}

namespace {

// A band segment with what every evaluation needs that does not depend on the point.
struct BandSegment {
  BandSection s0, s1;
  glm::vec3 axis, tangent;
  float len2;
  bool first, last;  // the band's end segments, which are capped
};

std::vector<BandSegment> bandSegments(const std::vector<BandSection>& sections) {
  std::vector<BandSegment> out;
  for (std::size_t i = 0; i + 1 < sections.size(); ++i) {
    BandSegment g{sections[i], sections[i + 1], sections[i + 1].centre - sections[i].centre, {}, 0.0f,
                  i == 0, i + 2 == sections.size()};
    g.len2 = glm::dot(g.axis, g.axis);
    if (g.len2 < 1e-12f) continue;
    g.tangent = g.axis / std::sqrt(g.len2);
    out.push_back(g);
  }
  return out;
}

}  // namespace

Shape sweptBand(const std::vector<BandSection>& sections, float blend) {
  Bounds box;
  for (const BandSection& s : sections) {
    const float r = std::max(s.halfWidth, s.halfThickness);
    box.extend(boxAround(s.centre, glm::vec3(r)));
  }
  return Shape(
      [segments = bandSegments(sections), blend](const glm::vec3& p) {
        // Each segment owns the slab its axis spans; its section is extruded there. Only the
        // two ends are capped. Points that no slab owns (outside a bend) fall back to the
        // capped neighbours, so the surface has neither ripples nor gaps.
        const float none = std::numeric_limits<float>::max();
        float owned = none, fallback = none;
        for (const BandSegment& g : segments) {
          const BandSection& s0 = g.s0;
          const BandSection& s1 = g.s1;
          const float tRaw = glm::dot(p - s0.centre, g.axis) / g.len2;
          const float t = std::clamp(tRaw, 0.0f, 1.0f);
          glm::vec3 side = glm::mix(s0.side, s1.side, t);
          side = glm::normalize(side - glm::dot(side, g.tangent) * g.tangent);
          const glm::vec3 front = glm::cross(g.tangent, side);
          const float hw = glm::mix(s0.halfWidth, s1.halfWidth, t);
          const float ht = glm::mix(s0.halfThickness, s1.halfThickness, t);
          const float curl = glm::mix(s0.curl, s1.curl, t);
          const glm::vec3 d = p - (s0.centre + t * g.axis);
          const float u = glm::dot(d, side);
          const glm::vec3 q(u, glm::dot(d, front) + curl * u * u, glm::dot(d, g.tangent));
          const float dist = s0.roundedEdges ? roundedSlabDistance(q, hw, ht) : ellipsoidDistance(q, glm::vec3(hw, ht, ht));
          const bool inSlab = tRaw >= 0.0f && tRaw <= 1.0f;
          const bool endCap = (tRaw < 0.0f && g.first) || (tRaw > 1.0f && g.last);
          float& slot = (inSlab || endCap) ? owned : fallback;
          slot = slot == none ? dist : smoothMin(slot, dist, blend);
        }
        return owned != none ? owned : fallback;
      },
      box);
}

}  // namespace geometry::sdf
