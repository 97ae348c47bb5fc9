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

// A gap opened in the tendon between its stumps: vertices in a band around the tear are
// pushed apart (the proximal stump, pulled by the calf, retracts further than the distal
// one drops) and close into frayed "mop ends" whose tufts reach unevenly into the gap.
// The tear collapses the section onto the centreline, so the mesh stays one surface but
// nothing is drawn across the gap.
struct RuptureMap {
  bool valid = false;
  float centreY = 0.0f;        // where the tendon tears
  float halfBand = 30.0f;      // mm below the tear that compress into the distal stump
  float upperBand = 50.0f;     // mm above it that bunch into the retracted proximal stump
  float lowerDrop = 10.0f;     // the distal stump's end moves down this far at severity 1
  float upperRetract = 32.0f;  // the proximal stump's end moves up this far at severity 1
  float frayLength = 5.0f;     // longest tuft of a mop end at severity 1
  float frayZone = 0.2f;       // fraction of the band that closes into the mop end
  float binSize = 2.0f;
  float minY = 0.0f;
  std::vector<glm::vec2> centreline;  // (x, z) of the tendon per height bin

  static RuptureMap build(const std::vector<glm::vec3>& tendon, float insertionY);
  glm::vec3 apply(const glm::vec3& p, float severity) const;
  // The clear gap between the longest tufts of the two stumps (0 when intact), and the
  // heights of its lower and upper ends.
  float gapLowerY(float severity) const;
  float gapUpperY(float severity) const;
  glm::vec2 centreAt(float y) const;  // (x, z) of the tendon's centreline
};

}  // namespace anatomy
