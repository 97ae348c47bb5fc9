// Navicular, cuboid and the three cuneiforms. Each is roughed out from its fitted blank
// (tarsal_fits.h) and then carved by its neighbours, so the midfoot packs tightly with
// even joint spaces: the navicular is concave behind around the talar head with its
// tuberosity below and medial, the cuboid has its calcaneal process and peroneal groove,
// the cuneiforms are wedges of the transverse arch (the medial one tall and kidney-shaped).
#include "modelgen/bone_parts.h"
#include "modelgen/midfoot.h"
#include "modelgen/shapes.h"
#include "modelgen/tarsal_fits.h"

#include <cmath>

namespace modelgen {

using namespace geometry::sdf;

namespace {

// The blanks are rounded and blended by 1 mm: more would shave the bones' ends.
Shape block(const TarsalFit& fit, const glm::vec3& shift = glm::vec3(0.0f)) { return tarsalBlank(fit, 1.0f, 1.0f, shift); }

// The two small cuneiforms grown 8% about a point in front of them, so they reach back to
// the navicular (they were 2-4 mm thinner than the real ones).
Shape grownBack(const Shape& s, const TarsalFit& fit) {
  return scaled(s, fit.frame.origin + glm::vec3(0.0f, 0.0f, 12.0f), glm::vec3(1.08f));
}

}  // namespace

Shape navicularShape(const Shape& talus) {
  // Concave behind (carved by the talar head), convex in front; the tuberosity is the
  // medial, plantar knob that tibialis posterior pulls on.
  // Set 5 mm back from its fitted place so the talar head cups into it.
  return carve(block(navicularFit(), {0.0f, 0.0f, -5.0f}), {talus});
}

Shape cuboidShape(const Shape& calcaneus, const Shape& navicular) {
  // Set 5.5 mm forward of its fitted place: the calcaneus reaches that far (it is about a
  // third of the foot long, 82 mm), and the calcaneocuboid joint stays a broad facet.
  Shape c = block(cuboidFit(), {-0.5f, -0.1f, 5.5f});
  // Calcaneal process: the plantar, medial corner of the back face juts back under the
  // calcaneus's anterior end (the calcaneus carves its upper face, below).
  c = smoothUnion(c, ellipsoid(foot(-14.5f, 26.5f, 22.0f), {6.0f, 3.5f, 5.0f}), 3.0f);
  // Tuberosity: the oblique plantar ridge behind the groove; peroneus longus wraps round
  // its lateral end, which stays clear of the tendon.
  c = smoothUnion(c, capsule(foot(-34.0f, 16.5f, 28.0f), foot(-23.5f, 16.5f, 34.5f), 2.5f), 3.0f);
  // The peroneal groove: where peroneus longus turns under the foot, in front of the
  // plantar ridge (kPeronealGroove in midfoot.h).
  c = smoothSubtract(c, capsule(foot(kPeronealGroove[0]), foot(kPeronealGroove[1]), 3.2f), 1.5f);
  // A 2.5 mm calcaneocuboid joint space: the long anterior process swings furthest from the
  // talar head when the foot flattens, so the joint needs the room.
  return carve(carve(c, {calcaneus}, 2.5f), {navicular});
}

std::array<Shape, 3> cuneiformShapes(const Shape& navicular, const Shape& cuboid) {
  const Shape medial = carve(block(medialCuneiformFit()), {navicular});
  const TarsalFit intermediateFit = intermediateCuneiformFit(), lateralFit = lateralCuneiformFit();
  const Shape intermediate = carve(grownBack(block(intermediateFit), intermediateFit), {navicular, medial});
  // The lateral one also sits 2.2 mm further back, against the navicular's lateral facet.
  const Shape lateral =
      carve(grownBack(block(lateralFit, {0.0f, 0.0f, -2.2f}), lateralFit), {navicular, intermediate, cuboid});
  return {medial, intermediate, lateral};
}

}  // namespace modelgen
