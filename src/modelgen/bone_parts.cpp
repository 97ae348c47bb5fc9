#include "modelgen/bone_parts.h"

#include <algorithm>

namespace modelgen {

using namespace geometry::sdf;

namespace {

// The section at height y: corners by Catmull-Rom between the stations, rounding linear.
ShaftSection sectionAt(const std::vector<ShaftSection>& st, float y) {
  std::size_t i = 0;
  while (i + 2 < st.size() && st[i + 1].y < y) ++i;
  const float t = std::clamp((y - st[i].y) / (st[i + 1].y - st[i].y), 0.0f, 1.0f);
  const float t2 = t * t, t3 = t2 * t;
  const float w[4] = {-0.5f * t3 + t2 - 0.5f * t, 1.5f * t3 - 2.5f * t2 + 1.0f, -1.5f * t3 + 2.0f * t2 + 0.5f * t,
                      0.5f * t3 - 0.5f * t2};
  const std::size_t last = st.size() - 1;
  const ShaftSection* s[4] = {&st[i == 0 ? 0 : i - 1], &st[i], &st[i + 1], &st[std::min(i + 2, last)]};
  ShaftSection out{y, {}, glm::mix(st[i].round, st[i + 1].round, t)};
  for (int c = 0; c < 3; ++c)
    for (int k = 0; k < 4; ++k) out.corners[c] += w[k] * s[k]->corners[c];
  return out;
}

}  // namespace

Shape carve(const Shape& bone, std::initializer_list<Shape> neighbours, float gap) {
  Shape out = bone;
  for (const Shape& n : neighbours) out = smoothSubtract(out, offset(n, gap), 1.5f);  // soft rims
  return out;
}

BoneFrame boneFrame(const glm::vec3& origin, const glm::vec3& along) {
  const glm::mat3 a = frameFromAxes(along, {0.0f, 1.0f, 0.0f});
  return {origin, a[0], a[1], a[2]};
}

Shape shaft(const BoneFrame& f, const std::vector<ShaftStation>& stations) {
  std::vector<BandSection> sections;
  for (const ShaftStation& s : stations)
    sections.push_back({f.at(s.along, s.lift), f.side, s.halfWidth, s.halfHeight});
  return sweptBand(smoothSections(sections, 5), 0.5f);
}

Shape sectionedShaft(const glm::vec3& origin, const glm::mat3& axes, const std::vector<ShaftSection>& sections) {
  const glm::mat3 toLocal = glm::transpose(axes);
  const float yLo = sections.front().y, yHi = sections.back().y;
  geometry::Bounds box;
  for (const ShaftSection& s : sections)
    for (const glm::vec2& c : s.corners)
      for (float gx : {-1.0f, 1.0f})
        for (float gz : {-1.0f, 1.0f})
          box.extend(origin + axes * glm::vec3(c.x + gx * (s.round + 2.0f), s.y, c.y + gz * (s.round + 2.0f)));
  return Shape(
      [=](const glm::vec3& p) {
        const glm::vec3 q = toLocal * (p - origin);
        const ShaftSection s = sectionAt(sections, std::clamp(q.y, yLo, yHi));
        std::vector<glm::vec2> core(s.corners, s.corners + 3);
        const glm::vec2 a = core[1] - core[0], b = core[2] - core[0];
        if (a.x * b.y - a.y * b.x < 0.0f) std::swap(core[1], core[2]);  // counter-clockwise
        const float across = convexPolygonDistance(core, glm::vec2(q.x, q.z)) - s.round;
        // Its ends are rounded off (by the section's own rounding), so where an end shows
        // beside the epiphysis it joins there is no sharp rim.
        return smoothMax(across, std::max(yLo - q.y, q.y - yHi), s.round);
      },
      box);
}

Shape trochlea(const BoneFrame& f, const glm::vec3& centre, float radius, float halfWidth, float grooveDepth) {
  const float reach = std::max(halfWidth - radius, 0.0f);
  const Shape roll = capsule(centre - reach * f.side, centre + reach * f.side, radius);
  if (grooveDepth <= 0.0f) return roll;
  // A ring around the roll's axis, sunk grooveDepth into it, leaves two condyles.
  const float minor = 1.2f * grooveDepth + 0.3f;
  const Shape ring = torus(centre, radius - grooveDepth + minor, minor, glm::mat3(f.up, f.side, glm::cross(f.up, f.side)));
  return smoothSubtract(roll, ring, 0.6f);
}

namespace {

// Smallest and largest coordinates of an outline.
std::pair<glm::vec2, glm::vec2> range(const Outline& o) {
  glm::vec2 lo(1e30f), hi(-1e30f);
  for (const glm::vec2& p : o) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  return {lo, hi};
}

}  // namespace

Shape blockFromViews(const BoneFrame& f, const Outline& front, const Outline& side, const Outline& top, float rounding,
                     float blend, float fullness) {
  constexpr float kDeep = 80.0f;  // the prisms run right through the bone
  const Shape a = roundedPrism(f.origin, front, kDeep, rounding, glm::mat3(f.side, f.up, f.along));
  const Shape b = roundedPrism(f.origin, side, kDeep, rounding, glm::mat3(f.along, f.up, f.side));
  const Shape c = roundedPrism(f.origin, top, kDeep, rounding, glm::mat3(f.side, f.along, f.up));
  const Shape block = smoothIntersect(smoothIntersect(a, b, blend), c, blend);
  if (fullness <= 0.0f) return block;
  const auto [frontLo, frontHi] = range(front);
  const auto [sideLo, sideHi] = range(side);
  const glm::vec3 lo(frontLo.x, frontLo.y, sideLo.x), hi(frontHi.x, frontHi.y, sideHi.x);
  const glm::vec3 mid = 0.5f * (lo + hi);
  const Shape hull = ellipsoid(f.at(mid.z, mid.y, mid.x), fullness * 0.5f * (hi - lo), f.axes());
  return smoothIntersect(block, hull, blend);
}

}  // namespace modelgen
