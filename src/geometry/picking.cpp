#include "geometry/picking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geometry {

glm::vec2 pixelToNdc(glm::vec2 pixel, glm::vec2 viewportSize) {
  return {2.0f * pixel.x / std::max(viewportSize.x, 1.0f) - 1.0f, 1.0f - 2.0f * pixel.y / std::max(viewportSize.y, 1.0f)};
}

Ray rayThroughPixel(const OrbitCamera& camera, float aspect, glm::vec2 ndc) {
  const CameraBasis b = camera.basis();
  const float tanY = std::tan(camera.fovY * 0.5f);
  ndc -= camera.lensShift;
  Ray ray;
  ray.origin = camera.eye();
  const glm::vec3 across = b.right * (ndc.x * tanY * aspect) + b.up * (ndc.y * tanY);
  if (camera.orthographic) {  // parallel rays, offset across the view plane
    ray.origin += across * camera.distance;
    ray.direction = b.forward;
    return ray;
  }
  ray.direction = glm::normalize(b.forward + across);
  return ray;
}

std::optional<float> intersectBounds(const Ray& ray, const Bounds& box) {
  if (!box.valid()) return std::nullopt;
  float tmin = 0.0f, tmax = std::numeric_limits<float>::max();
  for (int axis = 0; axis < 3; ++axis) {
    const float o = ray.origin[axis], d = ray.direction[axis];
    if (std::abs(d) < 1e-12f) {
      if (o < box.min[axis] || o > box.max[axis]) return std::nullopt;
      continue;
    }
    float t0 = (box.min[axis] - o) / d, t1 = (box.max[axis] - o) / d;
    if (t0 > t1) std::swap(t0, t1);
    tmin = std::max(tmin, t0);
    tmax = std::min(tmax, t1);
    if (tmin > tmax) return std::nullopt;
  }
  return tmin;
}

std::optional<float> intersectTriangle(const Ray& ray, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 e1 = b - a, e2 = c - a;
  const glm::vec3 p = glm::cross(ray.direction, e2);
  const float det = glm::dot(e1, p);
  if (std::abs(det) < 1e-12f) return std::nullopt;
  const float inv = 1.0f / det;
  const glm::vec3 s = ray.origin - a;
  const float u = glm::dot(s, p) * inv;
  if (u < 0.0f || u > 1.0f) return std::nullopt;
  const glm::vec3 q = glm::cross(s, e1);
  const float v = glm::dot(ray.direction, q) * inv;
  if (v < 0.0f || u + v > 1.0f) return std::nullopt;
  const float t = glm::dot(e2, q) * inv;
  if (t <= 0.0f) return std::nullopt;
  return t;
}

std::optional<float> intersectMesh(const Ray& ray, const std::vector<glm::vec3>& positions,
                                   const std::vector<std::uint32_t>& indices) {
  std::optional<float> best;
  for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
    const auto t = intersectTriangle(ray, positions[indices[i]], positions[indices[i + 1]], positions[indices[i + 2]]);
    if (t && (!best || *t < *best)) best = t;
  }
  return best;
}

std::optional<PickHit> pickNearest(const Ray& worldRay, const std::vector<PickTarget>& targets) {
  std::optional<PickHit> best;
  for (const PickTarget& target : targets) {
    if (!target.positions || !target.indices) continue;
    // Intersect in the target's local frame; distances convert back through the hit point.
    const glm::mat4 inv = glm::inverse(target.model);
    Ray local;
    local.origin = glm::vec3(inv * glm::vec4(worldRay.origin, 1.0f));
    local.direction = glm::normalize(glm::vec3(inv * glm::vec4(worldRay.direction, 0.0f)));
    const auto boxHit = intersectBounds(local, target.localBounds);
    if (!boxHit) continue;
    const auto t = intersectMesh(local, *target.positions, *target.indices);
    if (!t) continue;
    const glm::vec3 world = glm::vec3(target.model * glm::vec4(local.origin + local.direction * *t, 1.0f));
    const float distance = glm::length(world - worldRay.origin);
    if (best && distance >= best->distance) continue;
    best = PickHit{target.id, distance, world};
  }
  return best;
}

}  // namespace geometry
