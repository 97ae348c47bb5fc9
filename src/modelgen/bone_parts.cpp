#include "modelgen/bone_parts.h"

#include <algorithm>

namespace modelgen {

using namespace geometry::sdf;

Shape carve(const Shape& bone, std::initializer_list<Shape> neighbours, float gap) {
  Shape out = bone;
  for (const Shape& n : neighbours) out = smoothSubtract(out, offset(n, gap), 1.0f);
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

}  // namespace modelgen
