#include "anatomy/measurements.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace anatomy {

namespace {
glm::vec2 sagittal(const glm::vec3& v) { return {v.z, v.y}; }  // (anterior, up)
glm::vec2 coronal(const glm::vec3& v) { return {v.x, v.y}; }   // (left/medial, up)
float degrees(float radians) { return radians * 180.0f / glm::pi<float>(); }

float signedAngle(const glm::vec2& a, const glm::vec2& b) {
  return std::atan2(a.x * b.y - a.y * b.x, glm::dot(a, b));
}

// Perpendicular signed distance of p from the line through a and b in the sagittal
// plane, positive above (toward +Y side of a line running anteriorly).
float heightAboveSagittalLine(const glm::vec3& a, const glm::vec3& b, const glm::vec3& p) {
  glm::vec2 dir = sagittal(b) - sagittal(a);
  if (dir.x < 0.0f) dir = -dir;
  dir = glm::normalize(dir);
  const glm::vec2 up(-dir.y, dir.x);
  return glm::dot(sagittal(p) - sagittal(a), up);
}
}  // namespace

const glm::vec3& landmark(const LandmarkMap& l, const std::string& id) {
  const auto it = l.find(id);
  if (it == l.end()) throw MissingLandmark("the model has no landmark '" + id + "'");
  return it->second;
}

float sagittalElevationDeg(const glm::vec3& from, const glm::vec3& to) {
  const glm::vec2 d = sagittal(to) - sagittal(from);
  return degrees(std::atan2(d.y, d.x));
}

float coronalLateralTiltDeg(const glm::vec3& a, const glm::vec3& b) {
  // Counter-clockwise in (x, y) turns a downward vector toward +X (medial), so lateral is minus.
  return -degrees(signedAngle(coronal(a), coronal(b)));
}

float sagittalAngleBetweenDeg(const glm::vec3& a, const glm::vec3& b) {
  return std::abs(degrees(signedAngle(sagittal(a), sagittal(b))));
}

float calcanealPitchDeg(const LandmarkMap& l) {
  return sagittalElevationDeg(landmark(l, "calcaneal_tuberosity_plantar"), landmark(l, "calcaneocuboid_inferior"));
}

float mearyAngleDeg(const LandmarkMap& l) {
  const float talus = sagittalElevationDeg(landmark(l, "talus_body_centre"), landmark(l, "talus_head_centre"));
  const float metatarsal =
      sagittalElevationDeg(landmark(l, "metatarsal_1_base_centre"), landmark(l, "metatarsal_1_head_centre"));
  // A talus pointing further down than the first metatarsal makes the apex plantar (+).
  return metatarsal - talus;
}

float talocalcanealLateralDeg(const LandmarkMap& l) {
  const glm::vec3 talus = landmark(l, "talus_head_centre") - landmark(l, "talus_body_centre");
  const glm::vec3 calcaneus = landmark(l, "calcaneocuboid_inferior") - landmark(l, "calcaneal_tuberosity_plantar");
  return sagittalAngleBetweenDeg(talus, calcaneus);
}

float navicularHeightMm(const LandmarkMap& l) { return landmark(l, "navicular_tuberosity").y; }

float hindfootValgusDeg(const LandmarkMap& l) {
  const glm::vec3 tibia = landmark(l, "tibia_axis_distal") - landmark(l, "tibia_axis_proximal");
  const glm::vec3 heel = landmark(l, "calcaneus_bisector_bottom") - landmark(l, "calcaneus_bisector_top");
  return coronalLateralTiltDeg(tibia, heel);
}

float fowlerPhilipDeg(const LandmarkMap& l) {
  const glm::vec3 posterior =
      landmark(l, "calcaneus_posterosuperior_prominence") - landmark(l, "calcaneus_posterior_tangent_point");
  const glm::vec3 plantar =
      landmark(l, "calcaneus_plantar_tangent_anterior") - landmark(l, "calcaneus_plantar_tangent_posterior");
  return sagittalAngleBetweenDeg(posterior, plantar);
}

float pplBursalProjectionMm(const LandmarkMap& l) {
  // Lower line: the plantar tangent. Upper line: parallel, through the posterior lip of
  // the talar articular facet. Positive when the bursal projection rises above it.
  const glm::vec3& a = landmark(l, "calcaneus_plantar_tangent_posterior");
  const glm::vec3& b = landmark(l, "calcaneus_plantar_tangent_anterior");
  const float upperLine = heightAboveSagittalLine(a, b, landmark(l, "ppl_upper_facet_lip"));
  const float apex = heightAboveSagittalLine(a, b, landmark(l, "calcaneus_posterosuperior_prominence"));
  return apex - upperLine;
}

float hkaDeg(const LandmarkMap& l) {
  const glm::vec3 femur = landmark(l, "knee_centre") - landmark(l, "femoral_head_centre");
  const glm::vec3 tibia = landmark(l, "ankle_centre") - landmark(l, "knee_centre");
  return 180.0f + coronalLateralTiltDeg(femur, tibia);
}

float madMm(const LandmarkMap& l) {
  const glm::vec3& hip = landmark(l, "femoral_head_centre");
  const glm::vec3& ankle = landmark(l, "ankle_centre");
  const glm::vec3& knee = landmark(l, "knee_centre");
  const float t = (knee.y - hip.y) / (ankle.y - hip.y);
  const float lineX = hip.x + t * (ankle.x - hip.x);
  return knee.x - lineX;  // knee medial (+X) of the line: the line passes lateral to it
}

float spurLengthMm(const LandmarkMap& l) {
  const glm::vec2 axis =
      sagittal(landmark(l, "achilles_origin")) - sagittal(landmark(l, "achilles_insertion_centre"));
  const glm::vec2 spur = sagittal(landmark(l, "spur_tip")) - sagittal(landmark(l, "spur_base"));
  const float len = glm::length(axis);
  return len > 0.0f ? std::max(0.0f, glm::dot(spur, axis) / len) : 0.0f;
}

float spurInclinationDeg(const LandmarkMap& l) {
  const glm::vec3& base = landmark(l, "spur_base");
  const bool grown = spurLengthMm(l) >= 1.0f;
  const glm::vec3 axis = (grown ? landmark(l, "spur_tip") : landmark(l, "spur_axis_end")) - base;
  const glm::vec3 cortex =
      landmark(l, "calcaneus_posterosuperior_prominence") - landmark(l, "calcaneus_posterior_tangent_point");
  return sagittalAngleBetweenDeg(axis, cortex);
}

float achillesGapMm(const LandmarkMap& l) {
  return std::max(0.0f, landmark(l, "achilles_gap_upper").y - landmark(l, "achilles_gap_lower").y);
}

namespace {
void requireContinuousTendon(const LandmarkMap& l) {
  if (l.count("achilles_gap_upper") && l.count("achilles_gap_lower") && achillesGapMm(l) > kAchillesDiscontinuousFromMm)
    throw NotMeasurable("the Achilles tendon is discontinuous");
}
}  // namespace

float achillesThicknessInsertionMm(const LandmarkMap& l) {
  requireContinuousTendon(l);
  return glm::distance(sagittal(landmark(l, "achilles_insertion_anterior")),
                       sagittal(landmark(l, "achilles_insertion_posterior")));
}

float achillesThicknessMidportionMm(const LandmarkMap& l) {
  requireContinuousTendon(l);
  return glm::distance(sagittal(landmark(l, "achilles_midportion_anterior")),
                       sagittal(landmark(l, "achilles_midportion_posterior")));
}

float bursaApMm(const LandmarkMap& l) {
  return glm::distance(sagittal(landmark(l, "retrocalcaneal_bursa_anterior")),
                       sagittal(landmark(l, "retrocalcaneal_bursa_posterior")));
}

float bursaTransverseMm(const LandmarkMap& l) {
  return glm::distance(landmark(l, "retrocalcaneal_bursa_medial"), landmark(l, "retrocalcaneal_bursa_lateral"));
}

float bursaCraniocaudalMm(const LandmarkMap& l) {
  return glm::distance(landmark(l, "retrocalcaneal_bursa_superior"), landmark(l, "retrocalcaneal_bursa_inferior"));
}

float haglundBumpMm(const LandmarkMap& l) { return std::max(0.0f, pplBursalProjectionMm(l)); }

float forefootAbductionDeg(const LandmarkMap& l) {
  const glm::vec3 talus = landmark(l, "talus_head_centre") - landmark(l, "talus_body_centre");
  const glm::vec3 metatarsal = landmark(l, "metatarsal_1_head_centre") - landmark(l, "metatarsal_1_base_centre");
  // Top view as (anterior, medial): a counter-clockwise turn points the forefoot medially.
  return -degrees(signedAngle({talus.z, talus.x}, {metatarsal.z, metatarsal.x}));
}

float intermalleolarDistanceMm(const LandmarkMap& l) {
  const float condyle = landmark(l, "medial_femoral_condyle_medial_point").x;
  const float malleolus = landmark(l, "medial_malleolus_tip").x;
  // Shift the right limb so its condyle touches the midline; the left mirrors it.
  return std::max(0.0f, 2.0f * (condyle - malleolus));
}

}  // namespace anatomy
