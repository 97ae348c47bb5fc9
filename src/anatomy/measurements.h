// Clinical measurements computed from posed landmarks (REFERENCE.md: keys, landmarks
// and signs). Lateral-view values use the sagittal projection (drop x), posterior and
// full-leg values the coronal projection (drop z). Right limb: medial = +X.
#pragma once

#include <glm/glm.hpp>

#include <map>
#include <optional>
#include <string>

namespace anatomy {

using LandmarkMap = std::map<std::string, glm::vec3>;

// Angle in degrees of a sagittal direction above the floor (+ = rises anteriorly).
float sagittalElevationDeg(const glm::vec3& from, const glm::vec3& to);
// Signed angle in degrees from direction a to direction b in the coronal plane,
// positive when b leans laterally (toward -X for the right limb) relative to a.
float coronalLateralTiltDeg(const glm::vec3& a, const glm::vec3& b);
// Unsigned angle in degrees between two sagittal directions.
float sagittalAngleBetweenDeg(const glm::vec3& a, const glm::vec3& b);

float calcanealPitchDeg(const LandmarkMap& l);
float mearyAngleDeg(const LandmarkMap& l);
float talocalcanealLateralDeg(const LandmarkMap& l);
float navicularHeightMm(const LandmarkMap& l);
float hindfootValgusDeg(const LandmarkMap& l);
float fowlerPhilipDeg(const LandmarkMap& l);
float pplBursalProjectionMm(const LandmarkMap& l);
float hkaDeg(const LandmarkMap& l);
float madMm(const LandmarkMap& l);
// Both limbs, the left the mirror of the right, placed so the medial femoral condyles touch.
float intermalleolarDistanceMm(const LandmarkMap& l);

// Looks up a landmark; throws std::out_of_range naming it when the model lacks it.
const glm::vec3& landmark(const LandmarkMap& l, const std::string& id);

}  // namespace anatomy
