// The shape distance between two bone surfaces with size removed, as the project's steering
// tool measures it: both sampled densely by area, centred, scaled to unit RMS radius, aligned
// (the 24 proper frames of their principal axes, then iterative closest point), and the
// 95th percentile of the symmetric surface distance in fractions of the second one's length.
#pragma once

#include <glm/glm.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace modeltest {

struct TriangleSoup {
  std::vector<glm::vec3> corners;  // three per triangle
};

TriangleSoup readStlTriangles(const std::string& path);  // binary or ASCII; empty if unreadable
TriangleSoup soupOf(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices);

struct ShapeDistance {
  float mean = 0.0f;  // symmetric mean distance / length
  float p95 = 0.0f;   // larger of the two one-sided 95th percentiles / length
};
ShapeDistance shapeDistance(const TriangleSoup& a, const TriangleSoup& b, int samples = 6000);

}  // namespace modeltest
