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
  glm::vec3 baseHalf;   // base block half extents (width, height, length)
  float shaftBase, shaftMid, shaftNeck;
  glm::vec3 headRadii;  // width, height, length
};

// First ray is stout; the lesser rays shrink slightly from second to fifth.
const RaySize kRays[5] = {
    {{8.0f, 11.0f, 7.0f}, 7.0f, 5.6f, 6.2f, {9.0f, 10.0f, 10.0f}},
    {{5.0f, 9.0f, 7.0f}, 4.6f, 3.7f, 4.0f, {5.0f, 6.5f, 6.5f}},
    {{4.8f, 8.5f, 7.0f}, 4.4f, 3.6f, 3.9f, {5.0f, 6.3f, 6.3f}},
    {{5.0f, 7.8f, 7.0f}, 4.3f, 3.5f, 3.8f, {4.8f, 6.0f, 6.0f}},
    {{6.0f, 7.0f, 7.0f}, 4.5f, 3.5f, 3.8f, {4.8f, 5.8f, 5.8f}},
};

Shape metatarsal(int i) {
  const RaySize& r = kRays[i];
  const glm::vec3 base = foot(metatarsalBase(i)), head = foot(kMetatarsalHeads[static_cast<std::size_t>(i)]);
  const glm::vec3 dir = glm::normalize(head - base);
  const glm::mat3 axes = frameFromAxes(dir, {0.0f, 1.0f, 0.0f});
  const float len = glm::length(head - base);
  // The base reaches back into the tarsal bone behind it; carving then fits it to that bone.
  const Shape baseBlock = roundBox(base - 2.0f * dir, r.baseHalf + glm::vec3(0.0f, 0.0f, 2.0f), 4.5f, axes);
  const Shape shaft = taperedChain({base + 4.0f * dir, base + 0.55f * len * dir, head - 5.0f * dir},
                                   {r.shaftBase, r.shaftMid, r.shaftNeck}, 1.5f);
  const Shape headShape = ellipsoid(head, r.headRadii, axes);
  std::vector<Shape> parts = {baseBlock, shaft, headShape};
  // The base flares into the shaft rather than stepping down to it.
  parts.push_back(roundCone(base, base + 16.0f * dir, 0.85f * std::min(r.baseHalf.x, r.baseHalf.y), r.shaftBase));
  if (i == 4)  // styloid process (tuberosity) of the fifth metatarsal, lateral and back
    parts.push_back(ellipsoid(base + glm::vec3(-7.0f, -4.0f, -5.0f), {5.0f, 4.5f, 7.5f}, axes));
  if (i == 0)  // plantar tubercle of the first metatarsal base
    parts.push_back(ellipsoid(base + glm::vec3(-2.0f, -9.0f, 1.0f), {5.0f, 4.0f, 5.0f}, axes));
  return smoothUnion(parts, 5.0f);
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
