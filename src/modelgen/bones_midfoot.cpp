// Navicular, cuboid and the three cuneiforms, in foot coordinates (layout.h).
#include "modelgen/layout.h"
#include "modelgen/midfoot.h"
#include "modelgen/shapes.h"

namespace modelgen {

using namespace geometry::sdf;

namespace {

// The midfoot bones follow the arch: their long axes point forward and a little down.
glm::mat3 archFrame(float declinationDegrees) {
  const float a = glm::radians(declinationDegrees);
  return frameFromAxes(glm::vec3(0.0f, -std::sin(a), std::cos(a)), glm::vec3(0.0f, 1.0f, 0.0f));
}

Shape carve(const Shape& bone, std::initializer_list<Shape> neighbours) {
  Shape out = bone;
  for (const Shape& n : neighbours) out = smoothSubtract(out, offset(n, kJointGap), 1.0f);
  return out;
}

}  // namespace

Shape navicularShape(const Shape& talus) {
  const glm::mat3 axes = frameFromAxes(-medialColumnDirection(), {0.0f, 1.0f, 0.0f});
  const Shape body = ellipsoid(foot(kNavicularCentre), {16.0f, 12.0f, 10.0f}, axes);
  // The tuberosity: the medial bump that tibialis posterior pulls on, felt under the ankle.
  const Shape tuberosity = ellipsoid(foot(kNavicularTuberosityCentre), {7.0f, 7.5f, 7.5f});
  return carve(smoothUnion(body, tuberosity, 5.0f), {talus});
}

Shape cuboidShape(const Shape& calcaneus, const Shape& navicular) {
  // Its long axis runs forward and a little laterally along the outer column of the foot.
  const glm::mat3 axes = frameFromAxes(glm::normalize(glm::vec3(-0.3f, -0.2f, 1.0f)), {0.0f, 1.0f, 0.0f});
  const Shape block = roundBox(foot(kCuboidCentre), {12.5f, 10.5f, 16.0f}, 5.5f, axes);
  const Shape tuberosity = ellipsoid(foot(kCuboidCentre + glm::vec3(-3.0f, -9.0f, 2.0f)), {8.0f, 3.5f, 4.0f});
  return carve(smoothUnion(block, tuberosity, 3.0f), {calcaneus, navicular});
}

std::array<Shape, 3> cuneiformShapes(const Shape& navicular, const Shape& cuboid) {
  const glm::mat3 axes = archFrame(14.0f);
  const Shape medialRaw = smoothUnion(roundBox(foot(kCuneiformCentres[0]), {8.0f, 15.5f, 12.5f}, 4.5f, axes),
                                      ellipsoid(foot(kCuneiformCentres[0] + glm::vec3(0.0f, -8.0f, 0.0f)),
                                                {9.5f, 8.0f, 12.0f}, axes),
                                      3.0f);
  const Shape intermediateRaw = roundBox(foot(kCuneiformCentres[1]), {6.5f, 10.0f, 9.0f}, 4.5f, axes);
  const Shape lateralRaw = roundBox(foot(kCuneiformCentres[2]), {6.5f, 11.0f, 11.5f}, 4.5f, axes);
  const Shape medial = carve(medialRaw, {navicular});
  const Shape intermediate = carve(intermediateRaw, {navicular, medial});
  const Shape lateral = carve(lateralRaw, {navicular, intermediate, cuboid});
  return {medial, intermediate, lateral};
}

}  // namespace modelgen
