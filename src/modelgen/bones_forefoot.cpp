// Metatarsals and phalanges: each a base, a waisted shaft and a head, in foot coordinates.
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
  const Shape baseBlock = roundBox(base, r.baseHalf, 4.5f, axes);
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

Shape carve(const Shape& bone, std::initializer_list<Shape> neighbours, float gap = kJointGap) {
  Shape out = bone;
  for (const Shape& n : neighbours) out = smoothSubtract(out, offset(n, gap), 1.0f);
  return out;
}

// Interphalangeal joints are small; their spaces are narrower than those of the tarsus.
constexpr float kToeJointGap = 1.5f;

struct PhalanxSize {
  float length;
  float baseRadius, shaftRadius, headRadius;
  float pitchDegrees;  // + points up (dorsiflexed)
};

// Per ray: proximal, middle (unused for the hallux), distal.
const PhalanxSize kPhalanges[5][3] = {
    {{27.0f, 8.5f, 5.6f, 6.8f, 4.0f}, {0.0f, 0, 0, 0, 0}, {19.0f, 7.2f, 5.0f, 5.2f, -6.0f}},
    {{23.0f, 5.0f, 3.6f, 4.0f, 12.0f}, {9.5f, 4.0f, 3.3f, 3.6f, -22.0f}, {7.0f, 3.6f, 3.0f, 3.6f, -30.0f}},
    {{21.0f, 4.8f, 3.5f, 3.9f, 12.0f}, {8.5f, 3.9f, 3.2f, 3.5f, -22.0f}, {6.5f, 3.5f, 2.9f, 3.4f, -30.0f}},
    {{19.0f, 4.7f, 3.4f, 3.8f, 10.0f}, {7.5f, 3.8f, 3.1f, 3.4f, -22.0f}, {6.0f, 3.4f, 2.8f, 3.3f, -30.0f}},
    {{16.0f, 4.6f, 3.3f, 3.7f, 8.0f}, {6.5f, 3.7f, 3.0f, 3.3f, -20.0f}, {5.5f, 3.3f, 2.7f, 3.2f, -28.0f}},
};

// Toes fan out a little: the lateral ones point slightly laterally.
glm::vec3 toeDirection(int ray, float pitchDegrees) {
  const float yaw = glm::radians(3.0f - 3.0f * static_cast<float>(ray));
  const float p = glm::radians(pitchDegrees);
  return glm::normalize(glm::vec3(std::sin(yaw) * std::cos(p), std::sin(p), std::cos(yaw) * std::cos(p)));
}

Shape phalanx(const glm::vec3& start, const glm::vec3& dir, const PhalanxSize& s, bool distal) {
  const glm::vec3 baseC = start + s.baseRadius * 0.8f * dir;
  const glm::vec3 headC = start + (s.length - s.headRadius * 0.8f) * dir;
  const glm::vec3 mid = 0.5f * (baseC + headC);
  const glm::mat3 axes = frameFromAxes(dir, {0.0f, 1.0f, 0.0f});
  std::vector<Shape> parts = {
      ellipsoid(baseC, {s.baseRadius, s.baseRadius * 0.8f, s.baseRadius * 0.8f}, axes),
      roundCone(baseC, mid, s.shaftRadius * 1.15f, s.shaftRadius),
      roundCone(mid, headC, s.shaftRadius, s.headRadius * 0.9f),
      ellipsoid(headC, {s.headRadius * 1.1f, s.headRadius * (distal ? 0.75f : 0.9f), s.headRadius * 0.8f}, axes)};
  return smoothUnion(parts, 3.0f);
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

void phalanxShapes(const std::array<Shape, 5>& metatarsals, BoneShapes& bones) {
  for (int ray = 0; ray < 5; ++ray) {
    const std::size_t r = static_cast<std::size_t>(ray);
    const glm::vec3 headCentre = foot(kMetatarsalHeads[r]);
    const float headLength = kRays[ray].headRadii.z;
    glm::vec3 dir = toeDirection(ray, kPhalanges[ray][0].pitchDegrees);
    glm::vec3 start = headCentre + (headLength * 0.75f + kJointGap) * dir;
    bones.proximalPhalanges[r] = carve(phalanx(start, dir, kPhalanges[ray][0], false), {metatarsals[r]});
    Shape previous = bones.proximalPhalanges[r];
    start += (kPhalanges[ray][0].length + kToeJointGap) * dir;
    if (ray > 0) {
      dir = toeDirection(ray, kPhalanges[ray][1].pitchDegrees);
      bones.middlePhalanges[r] = carve(phalanx(start, dir, kPhalanges[ray][1], false), {previous}, kToeJointGap);
      previous = bones.middlePhalanges[r];
      start += (kPhalanges[ray][1].length + kToeJointGap) * dir;
    }
    dir = toeDirection(ray, kPhalanges[ray][2].pitchDegrees);
    bones.distalPhalanges[r] = carve(phalanx(start, dir, kPhalanges[ray][2], true), {previous}, kToeJointGap);
  }
}

}  // namespace modelgen
