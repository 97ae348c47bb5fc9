// Pathology that grows inside another structure (the calcific spur and the deposits inside
// the Achilles tendon) would be hidden by it. While such a condition is active the
// enclosing structure is drawn see-through, so a class sees the pathology without a click.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/conditions.h"

#include <vector>

namespace anatomy {

inline constexpr float kSeeThroughOpacity = 0.45f;
inline constexpr float kSeeThroughFromSeverity = 0.05f;

// For each structure of the atlas, the highest opacity it may be drawn with now (1: no cap).
std::vector<float> seeThroughOpacities(const Atlas& atlas, const Conditions& conditions);

}  // namespace anatomy
