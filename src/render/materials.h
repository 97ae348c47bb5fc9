// How each kind of tissue looks: colours and surface response chosen to read clearly
// on a projector (bone ivory, tendon pearl blue, bursa violet, muscle red, fat yellow,
// skin translucent).
#pragma once

#include "anatomy/structure.h"

#include <glm/glm.hpp>

#include <string_view>

namespace render {

struct Material {
  glm::vec3 baseColor{0.8f};
  float specular = 0.2f;
  float shininess = 24.0f;
  float wrap = 0.0f;  // soft-tissue light wrap
  float rim = 0.25f;
};

Material materialFor(anatomy::Category category, std::string_view structureId);

inline const glm::vec3 kSelectColor{1.0f, 0.72f, 0.18f};
inline const glm::vec3 kHoverColor{0.45f, 0.85f, 1.0f};

}  // namespace render
