// How each tissue class looks when drawn: the surface response of anatomy/palette.h's
// one colour table (bone ivory, calcium orange, tendon pearl blue, bursa raspberry,
// muscle red, fat yellow, skin tan and translucent).
#pragma once

#include "anatomy/palette.h"

#include <glm/glm.hpp>


namespace render {

struct Material {
  glm::vec3 baseColor{0.8f};
  float specular = 0.2f;
  float shininess = 24.0f;
  float wrap = 0.0f;  // soft-tissue light wrap
  float rim = 0.25f;
};

Material materialFor(anatomy::TissueClass tissue);

inline const glm::vec3 kSelectColor{1.0f, 0.72f, 0.18f};
inline const glm::vec3 kHoverColor{0.45f, 0.85f, 1.0f};

}  // namespace render
