// Pathology that grows inside another structure (the calcific spur and the deposits inside
// the Achilles tendon) would be hidden by it. Whenever the model carries such a growth the
// enclosing structure is drawn see-through, the same for every preset and severity, so a
// class sees the pathology without a click and switching presets changes only the pathology.
#pragma once

#include "anatomy/atlas.h"

#include <vector>

namespace anatomy {

inline constexpr float kSeeThroughOpacity = 0.45f;

// For each structure of the atlas, the highest opacity it may be drawn with (1: no cap).
std::vector<float> seeThroughOpacities(const Atlas& atlas);

}  // namespace anatomy
