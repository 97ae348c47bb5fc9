// Clinical measurements computed from posed landmarks (REFERENCE.md: keys, landmarks
// and signs). Lateral-view values use the sagittal projection (drop x), posterior and
// full-leg values the coronal projection (drop z). Right limb: medial = +X.
#pragma once

#include <glm/glm.hpp>

#include <map>
#include <optional>
#include <stdexcept>
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

// Posterior calcaneal spur: signed projection of spur_base -> spur_tip on the tendon's axis
// (insertion -> origin) in the lateral view, 0 when the tip does not reach past the cortex.
float spurLengthMm(const LandmarkMap& l);
// Spur inclination: lateral-view angle between the spur's axis (base -> tip; while the spur
// is under 1 mm, its planned axis spur_base -> spur_axis_end) and the posterior cortex
// (Fowler-Philip's posterior tangent).
float spurInclinationDeg(const LandmarkMap& l);
// Achilles anteroposterior thickness in the lateral view. A ruptured tendon has no
// thickness to give: these throw std::out_of_range (not reported) while a gap is open.
float achillesThicknessInsertionMm(const LandmarkMap& l);
float achillesThicknessMidportionMm(const LandmarkMap& l);
// Height of the gap between the stumps of a ruptured Achilles (0 while continuous).
float achillesGapMm(const LandmarkMap& l);
inline constexpr float kAchillesDiscontinuousFromMm = 0.5f;
// Retrocalcaneal bursa: AP in the lateral view, transverse (medial-lateral) and
// craniocaudal extents between its landmarks.
float bursaApMm(const LandmarkMap& l);
float bursaTransverseMm(const LandmarkMap& l);
float bursaCraniocaudalMm(const LandmarkMap& l);
// Haglund bump: how far the bursal projection rises above the upper parallel pitch line,
// 0 when it stays below (a positive PPL measured as a height).
float haglundBumpMm(const LandmarkMap& l);
// Forefoot abduction: top-view (drop y) angle of the first metatarsal axis against the
// talar axis (AP talus-first metatarsal angle), + = forefoot turned laterally (-X).
float forefootAbductionDeg(const LandmarkMap& l);

// A model without a landmark a measurement or overlay needs (a user's file, an older
// manifest). Its own type, so a caller can skip what cannot be measured while an
// out-of-range index, a bug, still propagates.
// A measurement that cannot be taken on this model or pose (measureAll leaves it out):
// a landmark the model lacks, or a tendon torn through.
class NotMeasurable : public std::out_of_range {
 public:
  using std::out_of_range::out_of_range;
};

class MissingLandmark : public NotMeasurable {
 public:
  using NotMeasurable::NotMeasurable;
};

// Looks up a landmark; throws MissingLandmark naming it when the model lacks it.
const glm::vec3& landmark(const LandmarkMap& l, const std::string& id);

}  // namespace anatomy
