// What the heel close-up views frame: the posterior half of the calcaneus and the distal
// 60 mm of the Achilles tendon, with room around them for the skin over the heel.
#pragma once

#include "anatomy/atlas.h"
#include "geometry/bounds.h"

#include <glm/glm.hpp>

#include <vector>

namespace anatomy {

inline constexpr float kHeelViewTendonMm = 60.0f;  // tendon shown above its insertion
inline constexpr float kHeelViewPaddingMm = 3.0f;  // swellings just beyond them
inline constexpr float kHeelViewSkinMm = 10.0f;    // skin and swellings beside and behind them

// The rest vertices the heel views frame (the calcaneus's back half, the tendon up to
// kHeelViewTendonMm above its insertion, and the skin beside and behind them at those
// heights, where a pump bump or a swollen bursa shows); empty when the atlas has no
// calcaneus. The heel pad below the bone is left to the margin: taking it in shrinks the
// heel, and with it what a pathology changes on screen. A close-up
// is fitted to them, not to their box, whose corners stand far out in an oblique view.
std::vector<glm::vec3> heelRegionPoints(const Atlas& atlas);
// The box of the bone and tendon among them, padded by kHeelViewPaddingMm. Invalid bounds
// when the atlas has no calcaneus.
geometry::Bounds heelRegionBounds(const Atlas& atlas);

}  // namespace anatomy
