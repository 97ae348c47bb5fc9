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

// Each measurement is empty when the model lacks a landmark it needs (a user's file, an
// older manifest); measureAll then leaves it out.
std::optional<float> calcanealPitchDeg(const LandmarkMap& l);
std::optional<float> mearyAngleDeg(const LandmarkMap& l);
std::optional<float> talocalcanealLateralDeg(const LandmarkMap& l);
std::optional<float> navicularHeightMm(const LandmarkMap& l);
std::optional<float> hindfootValgusDeg(const LandmarkMap& l);
std::optional<float> fowlerPhilipDeg(const LandmarkMap& l);
std::optional<float> pplBursalProjectionMm(const LandmarkMap& l);
std::optional<float> hkaDeg(const LandmarkMap& l);
std::optional<float> madMm(const LandmarkMap& l);
// Both limbs, the left the mirror of the right, placed so the medial femoral condyles touch.
std::optional<float> intermalleolarDistanceMm(const LandmarkMap& l);

// Posterior calcaneal spur: signed projection of spur_base -> spur_tip on the tendon's axis
// (insertion -> origin) in the lateral view, 0 when the tip does not reach past the cortex.
std::optional<float> spurLengthMm(const LandmarkMap& l);
// Spur inclination: lateral-view angle between the spur's axis (base -> tip; while the spur
// is under 1 mm, its planned axis spur_base -> spur_axis_end) and the posterior cortex
// (Fowler-Philip's posterior tangent).
std::optional<float> spurInclinationDeg(const LandmarkMap& l);
// Achilles anteroposterior thickness in the lateral view. A ruptured tendon has no
// thickness to give: these are empty (not reported) while a gap is open.
std::optional<float> achillesThicknessInsertionMm(const LandmarkMap& l);
std::optional<float> achillesThicknessMidportionMm(const LandmarkMap& l);
// Height of the gap between the stumps of a ruptured Achilles (0 while continuous).
std::optional<float> achillesGapMm(const LandmarkMap& l);
inline constexpr float kAchillesDiscontinuousFromMm = 0.5f;
// Retrocalcaneal bursa: AP in the lateral view, transverse (medial-lateral) and
// craniocaudal extents between its landmarks.
std::optional<float> bursaApMm(const LandmarkMap& l);
std::optional<float> bursaTransverseMm(const LandmarkMap& l);
std::optional<float> bursaCraniocaudalMm(const LandmarkMap& l);
// Haglund bump: how far the bursal projection rises above the upper parallel pitch line,
// 0 when it stays below (a positive PPL measured as a height).
std::optional<float> haglundBumpMm(const LandmarkMap& l);
// Forefoot abduction: top-view (drop y) angle of the first metatarsal axis against the
// talar axis (AP talus-first metatarsal angle), + = forefoot turned laterally (-X).
std::optional<float> forefootAbductionDeg(const LandmarkMap& l);

// A landmark of the posed model, or nothing when the model lacks it (a user's file, an
// older manifest).
std::optional<glm::vec3> findLandmark(const LandmarkMap& l, const char* id);

}  // namespace anatomy
