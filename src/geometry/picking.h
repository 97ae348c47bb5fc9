// CPU ray picking: rays from the camera through a pixel, ray-box and ray-triangle
// tests, and the nearest hit among several transformed meshes.
#pragma once

#include "geometry/bounds.h"
#include "geometry/camera.h"

#include <glm/glm.hpp>

#include <cstdint>
#include <optional>
#include <vector>

namespace geometry {

struct Ray {
  glm::vec3 origin{0.0f};
  glm::vec3 direction{0.0f, 0.0f, -1.0f};  // unit length
};

// ndc in [-1,1]^2, +y up (flip window y before calling).
Ray rayThroughPixel(const OrbitCamera& camera, float aspect, glm::vec2 ndc);
glm::vec2 pixelToNdc(glm::vec2 pixel, glm::vec2 viewportSize);

// Distance along the ray to the box, or nullopt (origin inside counts as 0).
std::optional<float> intersectBounds(const Ray& ray, const Bounds& box);
// Möller-Trumbore, both faces; distance along the ray.
std::optional<float> intersectTriangle(const Ray& ray, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);

struct PickTarget {
  int id = -1;
  const std::vector<glm::vec3>* positions = nullptr;
  const std::vector<std::uint32_t>* indices = nullptr;
  Bounds localBounds;
  glm::mat4 model{1.0f};
};

struct PickHit {
  int id = -1;
  float distance = 0.0f;  // world units along the ray
  glm::vec3 point{0.0f};  // world space
};

std::optional<float> intersectMesh(const Ray& ray, const std::vector<glm::vec3>& positions,
                                   const std::vector<std::uint32_t>& indices);
std::optional<PickHit> pickNearest(const Ray& worldRay, const std::vector<PickTarget>& targets);

}  // namespace geometry
