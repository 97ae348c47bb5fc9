// What the heel close-up views frame: the posterior half of the calcaneus and the distal
// 60 mm of the Achilles tendon, with room around them for the skin over the heel.
#pragma once

#include "anatomy/atlas.h"
#include "geometry/bounds.h"

namespace anatomy {

inline constexpr float kHeelViewTendonMm = 60.0f;  // tendon shown above its insertion
inline constexpr float kHeelViewPaddingMm = 3.0f;  // swellings just beyond them

// Invalid bounds when the atlas has no calcaneus.
geometry::Bounds heelRegionBounds(const Atlas& atlas);

}  // namespace anatomy
