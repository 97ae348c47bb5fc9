// Pathology that grows inside another structure (the calcific spur and the deposits inside
// the Achilles tendon) would be hidden by it. Whenever the model carries such a growth the
// enclosing structure is drawn see-through, the same for every preset and severity, so a
// class sees the pathology without a click and switching presets changes only the pathology.
#pragma once

#include "anatomy/atlas.h"

#include <vector>

namespace anatomy {

inline constexpr float kSeeThroughOpacity = 0.45f;
// Seen through both walls of the tendon, a bone-coloured spur still fades into the
// tendon's blue. A growth inside a see-through structure is drawn once more over it at
// this opacity, so it shows clearly yet still reads as lying inside.
inline constexpr float kRevealOpacity = 0.7f;

// For each structure of the atlas, the highest opacity it may be drawn with (1: no cap).
std::vector<float> seeThroughOpacities(const Atlas& atlas);
// For each structure, the opacity of its second pass over the see-through structure
// around it (0: none). The same for every preset and severity, as the caps are.
std::vector<float> revealOpacities(const Atlas& atlas);

}  // namespace anatomy
