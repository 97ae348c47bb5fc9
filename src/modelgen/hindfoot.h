// Named points of the heel region shared by the bones, the soft tissue around the Achilles
// insertion and the landmarks (model coordinates, built from foot coordinates).
#pragma once

#include "modelgen/layout.h"

namespace modelgen {

// The calcaneus lies a little lateral to the talus.
inline constexpr float kCalcaneusMidlineX = -7.0f;
inline constexpr float kTrochleaRadius = 20.0f;  // dome radius about the ankle axis
// Flexor hallucis longus groove on the back of the talus, between its posterior tubercles.
inline const glm::vec3 kFhlTalarGroove[2] = {foot(3.0f, 80.0f, -33.5f), foot(5.0f, 52.0f, -30.5f)};
inline const glm::vec3 kSustentaculumCentre = foot(9.0f, 45.5f, 1.0f);
inline const glm::vec3 kCalcaneocuboidFace = foot(kCalcaneusMidlineX - 12.0f, 32.0f, 12.5f);
inline const glm::vec3 kHaglundBumpCentre = foot(kCalcaneusMidlineX, 41.0f, -53.5f);

// Achilles insertion: the middle third of the posterior calcaneal surface.
inline const glm::vec3 kInsertionCentre = foot(kCalcaneusMidlineX, 27.0f, -57.5f);
// Calcific spur: from the lower lateral part of the insertion, up and back into the tendon.
inline const glm::vec3 kSpurRoot = foot(kCalcaneusMidlineX - 3.0f, 21.0f, -56.6f);
inline const glm::vec3 kSpurTip = foot(kCalcaneusMidlineX - 3.0f, 36.7f, -61.7f);
inline constexpr float kSpurRestScale = 0.02f;  // the spur's rest size (hidden in the cortex)

}  // namespace modelgen
