#include "geometry/bounds.h"

#include <algorithm>

namespace geometry {

float Bounds::largestExtent() const {
  const glm::vec3 s = size();
  return std::max({s.x, s.y, s.z});
}

Bounds Bounds::transformed(const glm::mat4& m) const {
  Bounds out;
  if (!valid()) return out;
  for (int i = 0; i < 8; ++i) {
    const glm::vec3 corner((i & 1) ? max.x : min.x, (i & 2) ? max.y : min.y, (i & 4) ? max.z : min.z);
    out.extend(glm::vec3(m * glm::vec4(corner, 1.0f)));
  }
  return out;
}

}  // namespace geometry
