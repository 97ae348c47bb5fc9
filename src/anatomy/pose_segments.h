// Standing, closed-chain poses of the rigid bone segments, computed procedurally from the
// condition severities by rotating about the manifest's joint pivots and axes. The foot
// keeps its plantar contact with the floor; the leg follows the ankle.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/conditions.h"

#include <glm/glm.hpp>

#include <array>
#include <string_view>
#include <vector>

namespace anatomy {

// Rigid bone groups, one per manifest joint (hip ... metatarsophalangeal).
enum class Segment { Femur, Tibia, Talus, Calcaneus, Midfoot, Metatarsals, Toes };
inline constexpr std::size_t kSegmentCount = 7;
using SegmentTransforms = std::array<glm::mat4, kSegmentCount>;

// The segment a manifest joint id moves ("knee" -> Tibia); -1 for unknown joints.
int segmentOfJoint(std::string_view jointId);
inline bool isFootSegment(int s) { return s >= static_cast<int>(Segment::Talus); }

struct PivotAxis {
  glm::vec3 pivot{0.0f};
  glm::vec3 axis{1.0f, 0.0f, 0.0f};
};

// Rest pivots, axes and floor-contact points taken from the atlas once.
struct PoseRig {
  bool valid = false;
  glm::vec3 hip{0.0f}, knee{0.0f}, ankleCentre{0.0f};
  PivotAxis ankle, subtalarTilt, midfootLongitudinal, mtp;
  glm::vec3 chopart{0.0f};          // transverse tarsal (Chopart) joint centre
  glm::vec3 chopartMedial{0.0f};    // talar head centre (talonavicular joint)
  glm::vec3 calcaneocuboid{0.0f};   // inferior calcaneocuboid joint
  glm::vec3 heelContact{0.0f};      // plantar calcaneal tuberosity
  glm::vec3 forefootContact{0.0f};  // first metatarsal head
  std::array<std::vector<glm::vec3>, kSegmentCount> plantarSamples;  // lowest rest vertices
  float restFloorContact = 0.0f;    // lowest foot-bone height at rest
};

// Needs joints hip, knee, ankle, subtalar, midfoot, tarsometatarsal, metatarsophalangeal
// and the landmarks named in pose_segments.cpp; otherwise valid stays false.
PoseRig makeRig(const Atlas& atlas);

// Where the floor still holds the foot up: everywhere (lowest float) unless the ankle is
// dorsiflexed, when the heel hangs off a step behind this z (model space, z anterior).
float stepEdgeZ(const PoseRig& rig, const Conditions& conditions);

// Segment matrices for the conditions (identity for every segment when the rig is invalid).
SegmentTransforms poseSegments(const PoseRig& rig, const Conditions& conditions);

}  // namespace anatomy
