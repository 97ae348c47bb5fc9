// Blanks for the tarsal bones (not the calcaneus): a frame along each bone's principal
// axes and its convex outlines seen along the three axes and the six diagonals between
// them. Intersecting the nine rounded prisms roughs out the bone as a carver would; the
// neighbours then cut its joint surfaces (bones_midfoot.cpp, bones_hindfoot.cpp).
#pragma once

#include "modelgen/bone_parts.h"

#include <array>

namespace modelgen {

struct TarsalFit {
  BoneFrame frame;  // origin in model coordinates
  Outline front, side, top;   // (side, up), (along, up), (side, along) as in blockFromViews
  std::array<Outline, 6> diagonals;  // see diagonalAxes()
};

// The outlines were fitted to the Visible Human Female bones (convex silhouettes, simplified
// to a few corners) after placing them in this foot by one similarity fitted to the tarsal
// centres and scaling each to this model's bone size; they are parameters of our blanks,
// not the real meshes (tarsal_fits.cpp).
TarsalFit talusFit();
TarsalFit navicularFit();
TarsalFit cuboidFit();
TarsalFit medialCuneiformFit();
TarsalFit intermediateCuneiformFit();
TarsalFit lateralCuneiformFit();

// Viewing axes of diagonal view i (0..5) in the frame: the outline's x and y and the
// direction the prism runs along (the diagonal of two frame axes).
glm::mat3 diagonalAxes(const BoneFrame& f, int i);

// The blank: the nine prisms, rounded and blended by the given radii, moved by "shift".
Shape tarsalBlank(const TarsalFit& fit, float rounding, float blend, const glm::vec3& shift = glm::vec3(0.0f));

}  // namespace modelgen
