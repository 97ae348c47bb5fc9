// Navicular, cuboid and the three cuneiforms, in foot coordinates (layout.h). The tarsal
// blocks are roughed out from three views (bone_parts.h) and then carved by their
// neighbours, so the midfoot packs tightly with even joint spaces: the cuneiforms are
// wedges whose narrow edges point to the sole (the transverse arch), the medial one tall
// and kidney-shaped; the cuboid is a wedge with a plantar ridge and the peroneal groove;
// the navicular is a boat around the talar head with three facets in front and a
// tuberosity below and medial.
#include "modelgen/bone_parts.h"
#include "modelgen/midfoot.h"
#include "modelgen/shapes.h"

#include <cmath>

namespace modelgen {

using namespace geometry::sdf;

namespace {

// The cuneiforms follow the arch: their long axes point forward and a little down.
BoneFrame archFrame(const glm::vec3& centre, float declinationDegrees) {
  const float a = glm::radians(declinationDegrees);
  return boneFrame(foot(centre), {0.0f, -std::sin(a), std::cos(a)});
}

// Outlines: front view (side = medial +, up), side view (along = anterior +, up) and top
// view (side, along), in millimetres about the bone's centre.
Shape medialCuneiformRaw() {
  const BoneFrame f = archFrame(kCuneiformCentres[0], 16.0f);
  // Broad below, narrower above; in the side view taller in front than behind (kidney).
  const Outline front = {{-10.0f, -13.0f}, {-5.5f, -18.0f}, {5.0f, -18.0f}, {9.5f, -11.0f},
                         {9.5f, 7.0f},     {5.0f, 17.0f},   {-4.0f, 17.5f}, {-8.0f, 12.0f}};
  const Outline side = {{-16.0f, -11.0f}, {-9.0f, -18.0f}, {9.0f, -18.5f}, {15.0f, -11.0f},
                        {15.0f, 12.0f},   {10.0f, 17.5f},  {-9.0f, 15.0f}, {-16.0f, 8.0f}};
  const Outline top = {{-10.0f, -16.0f}, {9.5f, -16.0f}, {9.5f, 15.0f}, {-10.0f, 15.0f}};
  const Shape block = blockFromViews(f, front, side, top, 3.5f, 2.5f, 1.25f);
  // The medial face bulges (felt under the skin at the inner midfoot).
  const Shape medialBulge = ellipsoid(f.at(0.0f, -1.0f, 4.5f), {6.0f, 14.0f, 11.0f}, f.axes());
  return smoothUnion(block, medialBulge, 4.0f);
}

Shape intermediateCuneiformRaw() {
  const BoneFrame f = archFrame(kCuneiformCentres[1], 14.0f);
  // A wedge: broad dorsal base, narrow plantar edge; the shortest cuneiform.
  const Outline front = {{-2.5f, -12.0f}, {2.5f, -12.0f}, {8.0f, 9.0f}, {6.5f, 12.5f}, {-5.0f, 12.5f}, {-6.0f, 9.0f}};
  const Outline side = {{-12.0f, -9.0f}, {-9.0f, -12.0f}, {7.0f, -12.0f}, {10.0f, -9.0f},
                        {10.0f, 10.0f},  {7.0f, 12.5f},   {-9.0f, 12.5f}, {-12.0f, 10.0f}};
  const Outline top = {{-6.0f, -12.0f}, {8.0f, -12.0f}, {8.0f, 10.0f}, {-6.0f, 10.0f}};
  return blockFromViews(f, front, side, top, 3.0f, 2.0f, 1.25f);
}

Shape lateralCuneiformRaw() {
  const BoneFrame f = archFrame(kCuneiformCentres[2], 14.0f);
  const Outline front = {{-3.5f, -13.0f}, {3.0f, -13.0f}, {6.5f, 9.0f}, {5.5f, 13.0f}, {-6.5f, 13.0f}, {-8.5f, 9.0f}};
  const Outline side = {{-14.5f, -9.0f}, {-11.0f, -13.0f}, {9.0f, -13.0f}, {12.5f, -9.0f},
                        {12.5f, 10.0f},  {9.0f, 13.0f},    {-11.0f, 13.0f}, {-14.5f, 10.0f}};
  const Outline top = {{-8.5f, -14.5f}, {6.5f, -14.5f}, {6.5f, 12.5f}, {-8.5f, 12.5f}};
  return blockFromViews(f, front, side, top, 3.0f, 2.0f, 1.25f);
}

}  // namespace

Shape navicularShape(const Shape& talus) {
  // Concave behind (carved by the talar head), convex in front with one facet per cuneiform.
  const BoneFrame f = boneFrame(foot(kNavicularCentre), -medialColumnDirection());
  // Thick medially, tapering to a small lateral end.
  const Shape body = ellipsoid(f.at(0.0f, 0.0f, 2.0f), {16.5f, 12.0f, 10.5f}, f.axes());
  const Shape medialFacet = ellipsoid(foot(kNavicularCentre + glm::vec3(8.5f, -3.5f, 3.5f)), {7.5f, 9.5f, 7.0f}, f.axes());
  const Shape middleFacet = ellipsoid(foot(kNavicularCentre + glm::vec3(-3.0f, 2.0f, 4.0f)), {6.0f, 8.0f, 6.5f}, f.axes());
  const Shape lateralFacet = ellipsoid(foot(kNavicularCentre + glm::vec3(-13.5f, -0.5f, 3.0f)), {6.5f, 6.5f, 5.5f}, f.axes());
  // The tuberosity: the medial, plantar knob that tibialis posterior pulls on.
  const Shape tuberosity = ellipsoid(foot(kNavicularTuberosityCentre), {7.5f, 7.0f, 8.0f}, f.axes());
  const Shape raw = smoothUnion({body, medialFacet, middleFacet, lateralFacet, tuberosity}, 3.0f);
  return carve(raw, {talus});
}

Shape cuboidShape(const Shape& calcaneus, const Shape& navicular) {
  // Long axis forward, lateral and a little down along the outer column of the foot.
  const BoneFrame f = boneFrame(foot(kCuboidCentre), glm::normalize(glm::vec3(-0.25f, -0.2f, 1.0f)));
  // From above: a long medial border, a short lateral one, the metatarsal face oblique.
  const Outline top = {{13.0f, -21.0f}, {13.0f, 19.0f}, {-13.0f, 7.0f}, {-13.0f, -14.0f}};
  // From the front: the dorsum slopes down laterally (transverse arch).
  const Outline front = {{13.0f, -12.0f}, {13.0f, 11.5f}, {-13.0f, 6.0f}, {-13.0f, -10.0f}};
  // From the side: a wedge, its dorsum sloping down toward the fourth and fifth metatarsals.
  const Outline side = {{-21.0f, -12.0f}, {19.0f, -12.0f}, {19.0f, 5.0f}, {6.0f, 11.5f}, {-21.0f, 12.5f}};
  Shape c = blockFromViews(f, front, side, top, 4.0f, 2.5f, 1.2f);
  // Plantar ridge ending laterally in the tuberosity, and in front of it the groove where
  // peroneus longus turns under the foot.
  const Shape ridge = capsule(f.at(-6.0f, -10.5f, -12.0f), f.at(0.0f, -11.0f, 8.0f), 3.5f);
  const Shape tuberosity = ellipsoid(f.at(-6.0f, -10.5f, -10.5f), {4.5f, 3.2f, 6.0f}, f.axes());
  c = smoothUnion({c, ridge, tuberosity}, 3.0f);
  const Shape groove = capsule(f.at(1.0f, -13.5f, -15.0f), f.at(9.0f, -13.5f, 11.0f), 3.2f);
  c = smoothSubtract(c, groove, 1.5f);
  return carve(c, {calcaneus, navicular});
}

std::array<Shape, 3> cuneiformShapes(const Shape& navicular, const Shape& cuboid) {
  const Shape medial = carve(medialCuneiformRaw(), {navicular});
  const Shape intermediate = carve(intermediateCuneiformRaw(), {navicular, medial});
  const Shape lateral = carve(lateralCuneiformRaw(), {navicular, intermediate, cuboid});
  return {medial, intermediate, lateral};
}

}  // namespace modelgen
