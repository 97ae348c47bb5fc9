// The tibia's frame (origin at the ankle centre, y up the mechanical axis to the
// intercondylar eminence, x medial, z anterior) and named points of the leg and thigh.
#pragma once

#include "modelgen/layout.h"

namespace modelgen {

inline glm::mat3 tibiaAxes() {
  const glm::vec3 y = glm::normalize(kEminence - kAnkleCentre);
  const glm::vec3 z = glm::normalize(glm::cross(glm::vec3(1.0f, 0.0f, 0.0f), y));
  const glm::vec3 x = glm::cross(y, z);
  return glm::mat3(x, y, z);
}
inline glm::vec3 tibiaPoint(float x, float y, float z) { return kAnkleCentre + tibiaAxes() * glm::vec3(x, y, z); }

// Centres of the spheres that round off the malleolar tips (tip = centre - radius in y).
inline const glm::vec3 kMedialMalleolusTipCore = tibiaPoint(17.5f, 10.0f, 1.0f);
inline const glm::vec3 kLateralMalleolusTipCore = tibiaPoint(-24.0f, -2.0f, -10.0f);

// Femur.
inline constexpr float kFemoralHeadRadius = 23.0f;
inline const glm::vec3 kMedialCondyleCentre{-58.0f, 460.0f, -6.0f};
inline const glm::vec3 kLateralCondyleCentre{-101.0f, 461.0f, -5.0f};
inline const glm::vec3 kPatellaCentre{-80.0f, 470.0f, 34.0f};

}  // namespace modelgen
