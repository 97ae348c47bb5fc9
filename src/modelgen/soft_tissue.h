// Dimensions of the Achilles tendon and the heel bursae (foot coordinates, mm). The tendon
// is a flattened band: 4.9 mm thick and ~15 mm wide at the midportion, narrowing above the
// heel, fanning to a ~25 mm crescent on the middle third of the posterior calcaneus.
#pragma once

#include "modelgen/hindfoot.h"

#include <array>

namespace modelgen {

struct TendonStation {
  float x, y, z;               // centre (x relative to the calcaneal midline)
  float halfWidth, halfThickness;
  float curl;                  // wraps the insertion around the rounded heel
  float insertionalExtra;      // added half-thickness at full insertional tendinopathy
  float midportionExtra;       // added half-thickness at full midportion tendinopathy
};

// From the lower edge of the insertion up to the musculotendinous junction (achilles_origin).
inline constexpr std::array<TendonStation, 12> kTendonStations = {{
    {0.0f, 21.0f, -58.2f, 12.0f, 1.7f, 0.028f, 2.4f, 0.0f},
    {0.0f, 27.0f, -58.6f, 12.9f, 1.85f, 0.028f, 2.8f, 0.0f},
    {0.0f, 33.0f, -59.4f, 11.8f, 1.9f, 0.024f, 2.7f, 0.0f},
    {0.0f, 41.0f, -60.5f, 9.8f, 2.05f, 0.012f, 2.0f, 0.2f},
    {0.0f, 51.0f, -61.2f, 8.3f, 2.25f, 0.0f, 1.0f, 1.0f},
    {0.0f, 64.0f, -61.3f, 7.5f, 2.45f, 0.0f, 0.3f, 2.4f},
    {0.0f, 80.0f, -61.0f, 7.35f, 2.45f, 0.0f, 0.0f, 3.0f},
    {0.0f, 100.0f, -60.3f, 7.6f, 2.4f, 0.0f, 0.0f, 2.5f},
    {-0.5f, 130.0f, -59.0f, 9.0f, 2.2f, 0.0f, 0.0f, 1.2f},
    {-1.0f, 160.0f, -58.5f, 12.0f, 1.9f, 0.0f, 0.0f, 0.3f},
    {-1.0f, 185.0f, -59.5f, 16.0f, 1.6f, -0.004f, 0.0f, 0.0f},
    {-1.0f, 208.0f, -61.5f, 21.0f, 1.3f, -0.006f, 0.0f, 0.0f},
}};

// Retrocalcaneal bursa: at rest a collapsed lens (AP ~1, transverse ~7, craniocaudal
// ~3.6 mm) in the apex of the recess, between the front of the tendon and the bone.
inline const glm::vec3 kRetrocalcanealBursaCentre = foot(kCalcaneusMidlineX, 38.0f, -57.2f);
inline const glm::vec3 kRetrocalcanealBursaRestRadii{3.5f, 1.8f, 0.48f};
// Inflamed it fills the recess wedge (tendon behind, bone in front, fat pad above) and
// bulges out beside both borders of the tendon (before carving by both).
inline const glm::vec3 kRetrocalcanealBursaFullCentre = foot(kCalcaneusMidlineX, 43.0f, -56.3f);
inline const glm::vec3 kRetrocalcanealBursaFullRadii{15.5f, 9.5f, 2.9f};
// Squeezed by a full Haglund prominence: the lens flattens and follows the bowed tendon back.
inline constexpr float kBursaSqueezeGapMm = 0.45f;  // between the bowed tendon and the bursa
inline constexpr float kBursaSqueezeFlatten = 0.3f;
// Superficial (retro-Achilles) bursa between the tendon and the skin, level with the
// bursal projection.
inline const glm::vec3 kSuperficialBursaCentre = foot(kCalcaneusMidlineX, 35.0f, -62.3f);
inline const glm::vec3 kSuperficialBursaRestRadii{4.5f, 3.5f, 0.45f};
inline const glm::vec3 kSuperficialBursaFullCentre = kSuperficialBursaCentre + glm::vec3(0.0f, 0.0f, -2.4f);
inline const glm::vec3 kSuperficialBursaFullRadii{9.0f, 8.0f, 2.8f};

// Calcific deposits in the tendon body (calcific tendinopathy of the main body): ovoid
// nodules 2-5 cm above the insertion, inside the band (x relative to the calcaneal midline).
// At rest each shrinks onto its centre, hidden in the tendon.
struct TendonDeposit {
  glm::vec3 centre;  // foot coordinates
  glm::vec3 radii;
};
inline constexpr std::array<TendonDeposit, 4> kTendonDeposits = {{
    {{0.5f, 46.0f, -60.9f}, {3.2f, 4.6f, 1.45f}},
    {{-3.5f, 53.0f, -61.3f}, {2.0f, 2.8f, 1.2f}},
    {{3.5f, 60.0f, -61.3f}, {2.6f, 3.8f, 1.4f}},
    {{-2.0f, 70.0f, -61.2f}, {2.0f, 3.0f, 1.25f}},
}};
inline constexpr float kDepositRestScale = 0.0f;  // nothing at all is drawn at rest
glm::vec3 depositCentre(const TendonDeposit& d);  // model coordinates

}  // namespace modelgen
