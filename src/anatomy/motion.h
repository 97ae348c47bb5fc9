// Ankle motion: the range of the ankle angle, the eccentric heel drop as a pure function of
// time (so it can be tested without a clock), the Achilles' length along its posed path and
// how far the tendon presses the retrocalcaneal bursa against the posterosuperior calcaneus.
#pragma once

#include <glm/glm.hpp>

#include <vector>

namespace anatomy {

// Dorsiflexion +, plantarflexion -, degrees (REFERENCE.md: about 10-20 up, 40-55 down).
inline constexpr float kAnkleMinDeg = -45.0f;
inline constexpr float kAnkleMaxDeg = 20.0f;
float clampAnkle(float degrees);

// One loop of an eccentric heel drop: rise on both feet, lower slowly on one leg, pause,
// back to the start. The full-range version drops the heel below the step; the floor-level
// one (kinder to an insertional tendinopathy) stops at neutral.
struct HeelDrop {
  bool belowStep = true;
  float topDeg = -35.0f;      // plantarflexion at the top of the rise
  float bottomDeg = 15.0f;    // dorsiflexion at the bottom of a full-range drop
  float riseSeconds = 1.0f, holdSeconds = 0.5f, lowerSeconds = 3.0f, bottomSeconds = 1.0f, returnSeconds = 0.5f;
  float period() const { return riseSeconds + holdSeconds + lowerSeconds + bottomSeconds + returnSeconds; }
  float angleAt(double seconds) const;          // loops every period()
  const char* phaseAt(double seconds) const;    // "Rise on both feet", ...
};

// Length (mm) of the tendon's centreline: tendon vertices between the rest heights of the
// insertion and the origin, grouped by rest height (which runs along the tendon) into bins
// of binMm, each bin's posed centroid a point of the path, from the posed insertion to the
// posed origin. rest and posed index the same vertices.
struct TendonEnds {
  glm::vec3 insertion{0.0f}, origin{0.0f};  // posed
  float restInsertionY = 0.0f, restOriginY = 0.0f;
};
float tendonPathLengthMm(const std::vector<glm::vec3>& rest, const std::vector<glm::vec3>& posed,
                         const TendonEnds& ends, float binMm = 5.0f);

// How far (mm) the tendon's line of pull (insertion -> origin) has moved towards a bony
// point since neutral, in the sagittal plane (y up, z anterior) of the heel bone: positive
// when dorsiflexion brings the tendon closer. All points in the calcaneus's rest frame.
float tendonClosingMm(const glm::vec3& insertion, const glm::vec3& origin, const glm::vec3& neutralOrigin,
                      const glm::vec3& bone);

// The bursa's anteroposterior thickness as a fraction of its rest thickness: 1 until the
// tendon closes in, falling as it closes (a higher Haglund prominence sits where the tendon
// swings further, so it closes faster), never below a collapsed sac's kMinBursaFraction.
inline constexpr float kMinBursaFraction = 0.3f;
float bursaThicknessFraction(float closingMm);

// A bursa vertex squeezed to `fraction` of its thickness along z about centre; the fluid
// pressed out spreads the sac up and down a little.
glm::vec3 squeezeBursa(const glm::vec3& p, const glm::vec3& centre, float fraction);

}  // namespace anatomy
