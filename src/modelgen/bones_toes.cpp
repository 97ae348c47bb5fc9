// Phalanges of the toes, in foot coordinates. Each is a long bone in miniature: a broad
// base whose concave facet fits the bone behind it, a waisted shaft (flatter and concave
// on the sole side), and a pulley-shaped head (trochlea) that the next base turns on; the
// distal phalanges end in a small flattened tuft instead. The hallux has two stout ones.
#include "modelgen/bone_parts.h"
#include "modelgen/landmark_tools.h"
#include "modelgen/midfoot.h"
#include "modelgen/shapes.h"

#include <cmath>

namespace modelgen {

using namespace geometry::sdf;

namespace {

// Interphalangeal joints are small; their spaces are narrower than those of the tarsus.
constexpr float kToeJointGap = 1.5f;

struct PhalanxSize {
  float length;                 // from the base's joint surface to the tip
  float baseWidth, baseHeight;  // half sizes of the base
  float waistWidth, waistHeight;
  float headWidth, headRadius;  // trochlea half width and sagittal radius; distal: tuft half width, half height
  float pitchDegrees;           // + points up (dorsiflexed)
};

// Per ray: proximal, middle (unused for the hallux), distal. Proximal phalanges are clearly
// the longest; the lesser toes curl a little (middle phalanges flexed).
const PhalanxSize kPhalanges[5][3] = {
    {{29.0f, 9.0f, 7.2f, 5.6f, 4.3f, 7.3f, 5.0f, 4.0f},
     {},
     {21.0f, 8.0f, 5.6f, 4.6f, 3.3f, 5.6f, 2.5f, -6.0f}},
    {{24.5f, 5.0f, 4.5f, 2.9f, 2.7f, 4.0f, 3.0f, 12.0f},
     {11.5f, 4.0f, 3.5f, 2.7f, 2.3f, 3.4f, 2.6f, -14.0f},
     {8.5f, 3.7f, 3.0f, 2.1f, 1.8f, 2.9f, 1.5f, -8.0f}},
    {{22.5f, 4.8f, 4.4f, 2.8f, 2.6f, 3.9f, 2.9f, 12.0f},
     {10.5f, 3.9f, 3.4f, 2.6f, 2.2f, 3.3f, 2.5f, -14.0f},
     {8.0f, 3.6f, 2.9f, 2.0f, 1.8f, 2.8f, 1.5f, -8.0f}},
    {{20.5f, 4.7f, 4.3f, 2.7f, 2.5f, 3.8f, 2.8f, 10.0f},
     {9.5f, 3.8f, 3.3f, 2.5f, 2.1f, 3.2f, 2.4f, -14.0f},
     {7.5f, 3.5f, 2.8f, 2.0f, 1.7f, 2.7f, 1.4f, -8.0f}},
    {{18.5f, 4.6f, 4.2f, 2.7f, 2.5f, 3.7f, 2.7f, 8.0f},
     {7.5f, 3.7f, 3.2f, 2.5f, 2.1f, 3.1f, 2.3f, -12.0f},
     {6.5f, 3.4f, 2.7f, 2.0f, 1.7f, 2.7f, 1.4f, -6.0f}},
};

// Toes fan out a little: the lateral ones point slightly laterally.
glm::vec3 toeDirection(int ray, float pitchDegrees) {
  const float yaw = glm::radians(3.0f - 3.0f * static_cast<float>(ray));
  const float p = glm::radians(pitchDegrees);
  return glm::normalize(glm::vec3(std::sin(yaw) * std::cos(p), std::sin(p), std::cos(yaw) * std::cos(p)));
}

// Where a phalanx sits: the centre its base turns about (the head centre of the bone
// behind) and how far from that centre its joint surface begins.
struct Seat {
  glm::vec3 centre;
  float facet;
};

Shape base(const BoneFrame& f, float facet, const PhalanxSize& s) {
  // Reaches back past the facet so that carving by the bone behind leaves a cup.
  const float reach = std::max(0.2f * s.length, 0.8f * s.baseHeight);
  return ellipsoid(f.at(facet + 0.5f * reach), {s.baseWidth, s.baseHeight, reach}, f.axes());
}

Shape proximalOrMiddle(const BoneFrame& f, float facet, const PhalanxSize& s) {
  const float head = facet + s.length - s.headRadius;
  const float L = s.length;
  const Shape body = shaft(f, {{facet + 0.15f * L, 0.0f, 0.8f * s.baseWidth, 0.8f * s.baseHeight},
                               {facet + 0.42f * L, 0.12f * s.waistHeight, 1.05f * s.waistWidth, s.waistHeight},
                               {facet + 0.66f * L, 0.12f * s.waistHeight, s.waistWidth, 0.95f * s.waistHeight},
                               {head - 0.3f * s.headRadius, 0.0f, 0.85f * s.headWidth, 0.8f * s.headRadius}});
  const Shape pulley = trochlea(f, f.at(head), s.headRadius, s.headWidth, 0.14f * s.headRadius);
  return smoothUnion({base(f, facet, s), body, pulley}, 1.5f);
}

Shape distal(const BoneFrame& f, float facet, const PhalanxSize& s) {
  const float L = s.length;
  const float tuftLength = 0.3f * L;
  const glm::vec3 tuftCentre = f.at(facet + L - tuftLength, -0.25f * s.waistHeight);
  const Shape body = shaft(f, {{facet + 0.15f * L, 0.0f, 0.8f * s.baseWidth, 0.75f * s.baseHeight},
                               {facet + 0.45f * L, 0.05f * s.waistHeight, s.waistWidth, s.waistHeight},
                               {facet + L - tuftLength, -0.15f * s.waistHeight, 0.8f * s.headWidth, 0.9f * s.headRadius}});
  const Shape tuft = ellipsoid(tuftCentre, {s.headWidth, s.headRadius, tuftLength}, f.axes());
  return smoothUnion({base(f, facet, s), body, tuft}, 1.5f);
}

// Builds one phalanx on its seat and returns the seat of the next one.
Shape phalanx(const Seat& seat, const glm::vec3& dir, const PhalanxSize& s, bool isDistal, Seat& next) {
  const BoneFrame f = boneFrame(seat.centre, dir);
  next = {f.at(seat.facet + s.length - s.headRadius), s.headRadius + kToeJointGap};
  return isDistal ? distal(f, seat.facet, s) : proximalOrMiddle(f, seat.facet, s);
}

}  // namespace

void phalanxShapes(const std::array<Shape, 5>& metatarsals, BoneShapes& bones) {
  for (int ray = 0; ray < 5; ++ray) {
    const std::size_t r = static_cast<std::size_t>(ray);
    const auto& sizes = kPhalanges[ray];
    const glm::vec3 headCentre = foot(kMetatarsalHeads[r]);
    glm::vec3 dir = toeDirection(ray, sizes[0].pitchDegrees);
    // The base sits one joint space beyond the metatarsal head along the toe.
    Seat seat{headCentre, glm::length(surfacePoint(metatarsals[r], headCentre, dir) - headCentre) + kJointGap};
    Seat next;
    bones.proximalPhalanges[r] = carve(phalanx(seat, dir, sizes[0], false, next), {metatarsals[r]});
    Shape previous = bones.proximalPhalanges[r];
    if (ray > 0) {
      seat = next;
      dir = toeDirection(ray, sizes[1].pitchDegrees);
      bones.middlePhalanges[r] = carve(phalanx(seat, dir, sizes[1], false, next), {previous}, kToeJointGap);
      previous = bones.middlePhalanges[r];
    }
    seat = next;
    dir = toeDirection(ray, sizes[2].pitchDegrees);
    bones.distalPhalanges[r] = carve(phalanx(seat, dir, sizes[2], true, next), {previous}, kToeJointGap);
  }
}

}  // namespace modelgen
