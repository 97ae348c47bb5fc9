// How each tissue class looks when drawn: the surface response of anatomy/palette.h's
// one colour table (bone ivory, calcium orange, tendon pearl blue, bursa raspberry,
// muscle red, fat yellow, skin tan and translucent), and how each shows in X-ray and
// section modes.
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
  // X-ray mode: how strongly a millimetre of this tissue stops the beam (bone 1), and
  // whether its rim is sharpened like a cortex on film.
  float xrayDensity = 0.1f;
  bool xrayCortex = false;
  // Section mode: cut faces are flat in baseColor; a higher rank is drawn over a lower one
  // where tissues nest (bone inside skin, the spur on the bone).
  int capRank = 0;
};

Material materialFor(anatomy::TissueClass tissue);

inline const glm::vec3 kSelectColor{1.0f, 0.72f, 0.18f};
inline const glm::vec3 kHoverColor{0.45f, 0.85f, 1.0f};

}  // namespace render
