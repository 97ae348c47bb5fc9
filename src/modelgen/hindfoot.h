// Named points of the heel region shared by the bones, the soft tissue around the Achilles
// insertion and the landmarks (model coordinates, built from foot coordinates).
#pragma once

#include "modelgen/layout.h"

#include <cmath>

namespace modelgen {

// The calcaneus lies a little lateral to the talus.
inline constexpr float kCalcaneusMidlineX = -7.0f;
inline constexpr float kTrochleaRadius = 20.0f;  // dome radius about the ankle axis
// Flexor hallucis longus groove on the back of the talus, between its posterior tubercles.
inline const glm::vec3 kFhlTalarGroove[2] = {foot(3.0f, 80.0f, -33.5f), foot(5.0f, 52.0f, -30.5f)};
inline const glm::vec3 kSustentaculumCentre = foot(9.0f, 45.5f, 1.0f);
inline const glm::vec3 kCalcaneocuboidFace = foot(kCalcaneusMidlineX - 12.0f, 32.0f, 22.0f);
// Haglund's deformity: the posterosuperior (bursal) prominence enlarged up and back into
// the retrocalcaneal recess, as far as the bowed tendon and the squeezed bursa allow.
inline const glm::vec3 kHaglundBumpCentre = foot(kCalcaneusMidlineX, 43.0f, -53.0f);
// How far the tendon bows back over a full Haglund prominence (peak, mm) and where.
inline constexpr float kHaglundBowMm = 4.0f;
inline constexpr float kHaglundBowY = 42.0f;     // foot y of the peak
inline constexpr float kHaglundBowSpread = 10.5f;  // Gaussian width in y (mm)
// Posterior shift of the tendon at full Haglund (mm) at a height in foot coordinates.
inline float haglundBowAt(float footY) {
  const float u = (footY - kHaglundBowY) / kHaglundBowSpread;
  return kHaglundBowMm * std::exp(-u * u);
}

// Achilles insertion: the middle third of the posterior calcaneal surface.
inline const glm::vec3 kInsertionCentre = foot(kCalcaneusMidlineX, 27.0f, -57.5f);
// Centre of the gap a full rupture opens, above the insertion (anatomy::RuptureMap tears the
// tendon 35 mm up, drops the distal stump 10 mm and pulls the proximal one up 32 mm).
inline constexpr float kRuptureGapAboveInsertionMm = 46.0f;
// Insertional spur (enthesophyte): bone continuous with the cortex, from the lower, lateral
// part of the insertion up and back into the tendon along its fibres. Its inclination to
// the posterior cortex (which stands near vertical here) is the spur's second control.
inline constexpr float kSpurInclinationDeg = 25.0f;
// The posterior cortex line (Fowler-Philip's posterior tangent) leans forward by about
// this much from vertical in the model, so the spur's axis leans back from vertical by
// the inclination less this.
inline constexpr float kPosteriorCortexLeanDeg = 5.0f;
inline constexpr float kSpurLengthMm = 18.5f;  // root (inside the cortex) to tip at full size
inline const glm::vec3 kSpurRoot = foot(kCalcaneusMidlineX - 3.0f, 19.5f, -55.5f);
inline glm::vec3 spurDirection(float inclinationDeg = kSpurInclinationDeg) {
  const float a = glm::radians(inclinationDeg - kPosteriorCortexLeanDeg);
  return {0.0f, std::cos(a), -std::sin(a)};  // up, tilted back (posterior is -z)
}
inline const glm::vec3 kSpurTip = kSpurRoot + kSpurLengthMm * spurDirection();

}  // namespace modelgen
