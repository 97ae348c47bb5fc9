// The calcific spur's inclination as a control: the model is built with the spur at one
// angle to the posterior cortex, and posing tilts it about its base on the cortex, in the
// sagittal plane, so the readout (measured from the posed landmarks) follows the control.
#pragma once

#include "anatomy/measurements.h"

#include <glm/glm.hpp>

namespace anatomy {

struct SpurTilt {
  glm::vec3 pivot{0.0f};  // spur_base: where the spur leaves the cortex
  glm::vec3 axis{0.0f, 1.0f, 0.0f};  // unit, along the spur in the sagittal plane
  float radians = 0.0f;   // turn of the tip about the pivot, counter-clockwise in (z, y)
  float reachMm = 1.0f;   // along the axis, where the turn is complete

  // Where a rest (unposed) point of the spur goes. Points at or behind the pivot (the root
  // inside the bone) stay; the turn grows smoothly to full at reachMm, so the base keeps
  // its seat on the cortex while the beak tilts.
  glm::vec3 apply(const glm::vec3& p) const;
  // The same turn for a normal at p.
  glm::vec3 applyNormal(const glm::vec3& p, const glm::vec3& n) const;
  bool operator==(const SpurTilt& o) const {
    return pivot == o.pivot && axis == o.axis && radians == o.radians && reachMm == o.reachMm;
  }
  bool operator!=(const SpurTilt& o) const { return !(*this == o); }
};

// The tilt that brings the spur's measured inclination (spurInclinationDeg) to targetDeg,
// from landmarks in the rest frame of the heel bone (spur_base, spur_tip, spur_axis_end,
// the posterior cortex pair and the Achilles' two ends). A zero turn when any is missing.
SpurTilt planSpurTilt(const LandmarkMap& rest, float targetDeg);

}  // namespace anatomy
