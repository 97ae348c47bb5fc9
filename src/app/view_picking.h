// What a click in a view hits: the front-most structure drawn opaque enough to be "seen",
// so a spur shows through the see-through tendon and is picked through it; skin and faded
// structures only when nothing else is there.
#pragma once

#include "app/app_state.h"
#include "geometry/picking.h"

#include <optional>

namespace app {

// ndc: the click in the view's normalised device coordinates; aspect: the view's.
std::optional<geometry::PickHit> pickInView(const AppState& state, int viewIndex, glm::vec2 ndc, float aspect);
// The structure a pick id names (the left limb's copies count as the right's).
int pickedStructure(const AppState& state, const geometry::PickHit& hit);

}  // namespace app
