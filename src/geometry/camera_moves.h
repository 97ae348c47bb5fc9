// Camera moves a person expects of a 3D viewer: zoom toward what is under the cursor, and
// orbit about a pivot (the selection, or a point double-clicked) that stays put on screen.
#pragma once

#include "geometry/camera.h"

namespace geometry {

// ndc: the cursor in the view's normalised device coordinates (-1..1, y up); factor > 1
// moves closer. The point under the cursor on the plane through the target stays under it.
void zoomToward(OrbitCamera& camera, glm::vec2 ndc, float factor, float aspect);
// Turns the camera like OrbitCamera::orbit, but about pivot: the pivot keeps its place on
// screen and its distance from the eye.
void orbitAbout(OrbitCamera& camera, const glm::vec3& pivot, float deltaYaw, float deltaPitch);

}  // namespace geometry
