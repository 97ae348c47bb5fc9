#include "modelgen/bone_parts.h"

#include <algorithm>

namespace modelgen {

using namespace geometry::sdf;

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
