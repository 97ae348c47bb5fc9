// Soft tissue that follows the bones: linear-blend skinning weights precomputed from rest
// geometry (by height along the Achilles, by proximity to the bones for skin and fascia),
// and the Achilles rupture gap applied in rest space before skinning.
#pragma once

#include "anatomy/pose_segments.h"

#include <glm/glm.hpp>

#include <array>
#include <cstdint>
#include <vector>

namespace anatomy {

// Up to four segments with weights summing to 1.
struct Influence {
  std::array<std::uint8_t, 4> segment{};
  glm::vec4 weight{1.0f, 0.0f, 0.0f, 0.0f};
};

Influence singleInfluence(int segment);

// Along the tendon: calcaneus up to yCalcaneus, blending linearly to the tibia at yCalf.
struct HeightBlend {
  float yCalcaneus = 0.0f;
  float yCalf = 1.0f;
  Influence at(const glm::vec3& p) const;
};

// Points with known influences (bone vertices are one segment; tendon vertices carry their
// height blend). Proximity skinning mixes the nearest source of every group.
struct SkinSources {
  struct Group {
    std::vector<glm::vec3> points;
    std::vector<Influence> influences;
    glm::vec3 lo{0.0f}, hi{0.0f};  // bounding box, to skip far groups quickly
  };
  std::vector<Group> groups;
  void add(const std::vector<glm::vec3>& points, const std::vector<Influence>& influences, std::size_t maxPoints);
  // Smoothly mixed influence at p; sigma (mm) sets how wide joints blend.
  Influence at(const glm::vec3& p, float sigma) const;
};

glm::mat4 blendMatrix(const SegmentTransforms& segments, const Influence& influence);

// A gap opened in the tendon between its stumps: vertices in a band around centreY
// are pushed apart and thinned toward the gap, so the mesh stays one valid surface.
struct RuptureMap {
  bool valid = false;
  float centreY = 0.0f;
  float halfBand = 25.0f;     // mm each side of the centre that compress into stumps
  float maxHalfGap = 15.0f;   // mm each side at severity 1
  float binSize = 2.0f;
  float minY = 0.0f;
  std::vector<glm::vec2> centreline;  // (x, z) of the tendon per height bin

  static RuptureMap build(const std::vector<glm::vec3>& tendon, float insertionY);
  glm::vec3 apply(const glm::vec3& p, float severity) const;
};

}  // namespace anatomy
