#include "geometry/camera_moves.h"

#include <cmath>

namespace geometry {

void zoomToward(OrbitCamera& camera, glm::vec2 ndc, float factor, float aspect) {
  if (factor <= 0.0f) return;
  const float before = camera.distance;
  camera.zoom(factor);
  const float applied = before / camera.distance;  // zoom() clamps the distance
  const CameraBasis b = camera.basis();
  const float halfHeight = before * std::tan(camera.fovY * 0.5f);
  const glm::vec2 offset = ndc - camera.lensShift;
  const glm::vec3 under = camera.target + b.right * (offset.x * halfHeight * aspect) + b.up * (offset.y * halfHeight);
  camera.target = under + (camera.target - under) / applied;
}

void orbitAbout(OrbitCamera& camera, const glm::vec3& pivot, float deltaYaw, float deltaPitch) {
  const CameraBasis from = camera.basis();
  camera.orbit(deltaYaw, deltaPitch);
  const CameraBasis to = camera.basis();
  // The rotation that takes the old camera frame to the new one, applied to the target
  // about the pivot: the whole scene turns rigidly about it.
  const glm::vec3 d = camera.target - pivot;
  const glm::vec3 local(glm::dot(d, from.right), glm::dot(d, from.up), glm::dot(d, from.forward));
  camera.target = pivot + to.right * local.x + to.up * local.y + to.forward * local.z;
}

}  // namespace geometry
