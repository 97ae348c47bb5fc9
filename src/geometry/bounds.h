// Axis-aligned bounding boxes in model space (millimetres, +Y up, +Z anterior).
#pragma once

#include <glm/glm.hpp>

#include <limits>

namespace geometry {

struct Bounds {
  glm::vec3 min{std::numeric_limits<float>::max()};
  glm::vec3 max{std::numeric_limits<float>::lowest()};

  void extend(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
  void extend(const Bounds& b) {
    if (b.valid()) {
      extend(b.min);
      extend(b.max);
    }
  }
  bool valid() const { return min.x <= max.x && min.y <= max.y && min.z <= max.z; }
  glm::vec3 center() const { return valid() ? (min + max) * 0.5f : glm::vec3(0.0f); }
  glm::vec3 size() const { return valid() ? max - min : glm::vec3(0.0f); }
  // Radius of the bounding sphere around center().
  float radius() const { return valid() ? glm::length(max - min) * 0.5f : 0.0f; }
  float largestExtent() const;
  Bounds transformed(const glm::mat4& m) const;
};

}  // namespace geometry
