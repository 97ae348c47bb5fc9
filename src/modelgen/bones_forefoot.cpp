// Metatarsals: each a base, a waisted shaft and a head, in foot coordinates.
#include "modelgen/bone_parts.h"
#include "modelgen/layout.h"
#include "modelgen/midfoot.h"
#include "modelgen/shapes.h"

#include <algorithm>
#include <cmath>

namespace modelgen {

using namespace geometry::sdf;

namespace {

struct RaySize {
  glm::vec3 baseHalf;   // base half extents (width at the dorsum, height, length)
  float plantarWidth;   // half width of the base's plantar edge (a wedge: the transverse arch)
  float shaftBase, shaftMid, shaftNeck;
  glm::vec3 headRadii;  // width, height, length
};

// The first ray is the stoutest but not a club; the lesser rays shrink from second to fifth.
// Bases are wedges, narrow toward the sole, so side by side they make the transverse arch.
const RaySize kRays[5] = {
    {{8.0f, 12.5f, 7.0f}, 6.0f, 6.0f, 5.0f, 5.6f, {8.5f, 9.0f, 8.5f}},
    {{5.5f, 9.5f, 7.0f}, 2.8f, 4.4f, 3.5f, 3.9f, {4.8f, 6.3f, 6.2f}},
    {{5.3f, 9.0f, 7.0f}, 2.8f, 4.2f, 3.4f, 3.8f, {4.8f, 6.1f, 6.0f}},
    {{5.3f, 8.0f, 7.0f}, 3.0f, 4.1f, 3.3f, 3.7f, {4.6f, 5.8f, 5.8f}},
    {{6.0f, 7.0f, 7.0f}, 4.0f, 4.3f, 3.3f, 3.7f, {4.6f, 5.6f, 5.6f}},
};

// Cross-section of a base seen from in front: broad at the dorsum, narrow at the sole.
Outline baseWedge(const RaySize& r) {
  const float w = r.baseHalf.x, h = r.baseHalf.y, p = r.plantarWidth;
  return {{-p, -h}, {p, -h}, {w, 0.45f * h}, {0.8f * w, h}, {-0.8f * w, h}, {-w, 0.45f * h}};
}

Shape metatarsal(int i) {
  const RaySize& r = kRays[i];
  const glm::vec3 base = foot(metatarsalBase(i)), head = foot(kMetatarsalHeads[static_cast<std::size_t>(i)]);
  const glm::vec3 dir = glm::normalize(head - base);
  const glm::mat3 axes = frameFromAxes(dir, {0.0f, 1.0f, 0.0f});
  const float len = glm::length(head - base);
  // The base reaches back into the tarsal bone behind it; carving then fits it to that bone.
  const Shape baseBlock = roundedPrism(base - 2.0f * dir, baseWedge(r), r.baseHalf.z + 2.0f, 3.0f, axes);
  const Shape shaft = taperedChain({base + 4.0f * dir, base + 0.55f * len * dir, head - 5.0f * dir},
                                   {r.shaftBase, r.shaftMid, r.shaftNeck}, 1.5f);
  const Shape headShape = ellipsoid(head, r.headRadii, axes);
  std::vector<Shape> parts = {baseBlock, shaft, headShape};
  // The base flares into the shaft rather than stepping down to it.
  parts.push_back(roundCone(base, base + 16.0f * dir, 0.85f * std::min(r.baseHalf.x, r.baseHalf.y), r.shaftBase));
  if (i == 4)  // styloid process (tuberosity) of the fifth metatarsal, lateral and back
    parts.push_back(ellipsoid(base + glm::vec3(-8.0f, -4.0f, -5.5f), {5.5f, 5.0f, 8.0f}, axes));
  if (i == 0)  // plantar tubercle of the first metatarsal base
    parts.push_back(ellipsoid(base + glm::vec3(-2.0f, -10.0f, 1.0f), {5.0f, 4.0f, 5.0f}, axes));
  return smoothUnion(parts, 4.0f);
}

}  // namespace

std::array<Shape, 5> metatarsalShapes(const std::array<Shape, 3>& cuneiforms, const Shape& cuboid) {
  std::array<Shape, 5> m;
  m[0] = carve(metatarsal(0), {cuneiforms[0]});
  m[1] = carve(metatarsal(1), {cuneiforms[0], cuneiforms[1], cuneiforms[2], m[0]});
  m[2] = carve(metatarsal(2), {cuneiforms[2], m[1]});
  m[3] = carve(metatarsal(3), {cuboid, cuneiforms[2], m[2]});
  m[4] = carve(metatarsal(4), {cuboid, m[3]});
  return m;
}

}  // namespace modelgen
