#include "anatomy/measurements.h"
#include "anatomy/landmark_ids.h"

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
  return sagittalElevationDeg(landmark(l, lm::kCalcanealTuberosityPlantar), landmark(l, lm::kCalcaneocuboidInferior));
}

float mearyAngleDeg(const LandmarkMap& l) {
  const float talus = sagittalElevationDeg(landmark(l, lm::kTalusBodyCentre), landmark(l, lm::kTalusHeadCentre));
  const float metatarsal =
      sagittalElevationDeg(landmark(l, lm::kMetatarsal1BaseCentre), landmark(l, lm::kMetatarsal1HeadCentre));
  // A talus pointing further down than the first metatarsal makes the apex plantar (+).
  return metatarsal - talus;
}

float talocalcanealLateralDeg(const LandmarkMap& l) {
  const glm::vec3 talus = landmark(l, lm::kTalusHeadCentre) - landmark(l, lm::kTalusBodyCentre);
  const glm::vec3 calcaneus = landmark(l, lm::kCalcaneocuboidInferior) - landmark(l, lm::kCalcanealTuberosityPlantar);
  return sagittalAngleBetweenDeg(talus, calcaneus);
}

float navicularHeightMm(const LandmarkMap& l) { return landmark(l, lm::kNavicularTuberosity).y; }

float hindfootValgusDeg(const LandmarkMap& l) {
  const glm::vec3 tibia = landmark(l, lm::kTibiaAxisDistal) - landmark(l, lm::kTibiaAxisProximal);
  const glm::vec3 heel = landmark(l, lm::kCalcaneusBisectorBottom) - landmark(l, lm::kCalcaneusBisectorTop);
  return coronalLateralTiltDeg(tibia, heel);
}

float fowlerPhilipDeg(const LandmarkMap& l) {
  const glm::vec3 posterior =
      landmark(l, lm::kCalcaneusPosterosuperiorProminence) - landmark(l, lm::kCalcaneusPosteriorTangentPoint);
  const glm::vec3 plantar =
      landmark(l, lm::kCalcaneusPlantarTangentAnterior) - landmark(l, lm::kCalcaneusPlantarTangentPosterior);
  return sagittalAngleBetweenDeg(posterior, plantar);
}

float pplBursalProjectionMm(const LandmarkMap& l) {
  // Lower line: the plantar tangent. Upper line: parallel, through the posterior lip of
  // the talar articular facet. Positive when the bursal projection rises above it.
  const glm::vec3& a = landmark(l, lm::kCalcaneusPlantarTangentPosterior);
  const glm::vec3& b = landmark(l, lm::kCalcaneusPlantarTangentAnterior);
  const float upperLine = heightAboveSagittalLine(a, b, landmark(l, lm::kPplUpperFacetLip));
  const float apex = heightAboveSagittalLine(a, b, landmark(l, lm::kCalcaneusPosterosuperiorProminence));
  return apex - upperLine;
}

float hkaDeg(const LandmarkMap& l) {
  const glm::vec3 femur = landmark(l, lm::kKneeCentre) - landmark(l, lm::kFemoralHeadCentre);
  const glm::vec3 tibia = landmark(l, lm::kAnkleCentre) - landmark(l, lm::kKneeCentre);
  return 180.0f + coronalLateralTiltDeg(femur, tibia);
}

float madMm(const LandmarkMap& l) {
  const glm::vec3& hip = landmark(l, lm::kFemoralHeadCentre);
  const glm::vec3& ankle = landmark(l, lm::kAnkleCentre);
  const glm::vec3& knee = landmark(l, lm::kKneeCentre);
  const float t = (knee.y - hip.y) / (ankle.y - hip.y);
  const float lineX = hip.x + t * (ankle.x - hip.x);
  return knee.x - lineX;  // knee medial (+X) of the line: the line passes lateral to it
}

float spurLengthMm(const LandmarkMap& l) {
  const glm::vec2 axis =
      sagittal(landmark(l, lm::kAchillesOrigin)) - sagittal(landmark(l, lm::kAchillesInsertionCentre));
  const glm::vec2 spur = sagittal(landmark(l, lm::kSpurTip)) - sagittal(landmark(l, lm::kSpurBase));
  const float len = glm::length(axis);
  return len > 0.0f ? std::max(0.0f, glm::dot(spur, axis) / len) : 0.0f;
}

float spurInclinationDeg(const LandmarkMap& l) {
  const glm::vec3& base = landmark(l, lm::kSpurBase);
  const bool grown = spurLengthMm(l) >= 1.0f;
  const glm::vec3 axis = (grown ? landmark(l, lm::kSpurTip) : landmark(l, lm::kSpurAxisEnd)) - base;
  const glm::vec3 cortex =
      landmark(l, lm::kCalcaneusPosterosuperiorProminence) - landmark(l, lm::kCalcaneusPosteriorTangentPoint);
  return sagittalAngleBetweenDeg(axis, cortex);
}

float achillesGapMm(const LandmarkMap& l) {
  return std::max(0.0f, landmark(l, lm::kAchillesGapUpper).y - landmark(l, lm::kAchillesGapLower).y);
}

namespace {
void requireContinuousTendon(const LandmarkMap& l) {
  if (l.count(lm::kAchillesGapUpper) && l.count(lm::kAchillesGapLower) && achillesGapMm(l) > kAchillesDiscontinuousFromMm)
    throw NotMeasurable("the Achilles tendon is discontinuous");
}
}  // namespace

float achillesThicknessInsertionMm(const LandmarkMap& l) {
  requireContinuousTendon(l);
  return glm::distance(sagittal(landmark(l, lm::kAchillesInsertionAnterior)),
                       sagittal(landmark(l, lm::kAchillesInsertionPosterior)));
}

float achillesThicknessMidportionMm(const LandmarkMap& l) {
  requireContinuousTendon(l);
  return glm::distance(sagittal(landmark(l, lm::kAchillesMidportionAnterior)),
                       sagittal(landmark(l, lm::kAchillesMidportionPosterior)));
}

float bursaApMm(const LandmarkMap& l) {
  return glm::distance(sagittal(landmark(l, lm::kRetrocalcanealBursaAnterior)),
                       sagittal(landmark(l, lm::kRetrocalcanealBursaPosterior)));
}

float bursaTransverseMm(const LandmarkMap& l) {
  return glm::distance(landmark(l, lm::kRetrocalcanealBursaMedial), landmark(l, lm::kRetrocalcanealBursaLateral));
}

float bursaCraniocaudalMm(const LandmarkMap& l) {
  return glm::distance(landmark(l, lm::kRetrocalcanealBursaSuperior), landmark(l, lm::kRetrocalcanealBursaInferior));
}

float haglundBumpMm(const LandmarkMap& l) { return std::max(0.0f, pplBursalProjectionMm(l)); }

float forefootAbductionDeg(const LandmarkMap& l) {
  const glm::vec3 talus = landmark(l, lm::kTalusHeadCentre) - landmark(l, lm::kTalusBodyCentre);
  const glm::vec3 metatarsal = landmark(l, lm::kMetatarsal1HeadCentre) - landmark(l, lm::kMetatarsal1BaseCentre);
  // Top view as (anterior, medial): a counter-clockwise turn points the forefoot medially.
  return -degrees(signedAngle({talus.z, talus.x}, {metatarsal.z, metatarsal.x}));
}

float intermalleolarDistanceMm(const LandmarkMap& l) {
  const float condyle = landmark(l, lm::kMedialFemoralCondyleMedialPoint).x;
  const float malleolus = landmark(l, lm::kMedialMalleolusTip).x;
  // Shift the right limb so its condyle touches the midline; the left mirrors it.
  return std::max(0.0f, 2.0f * (condyle - malleolus));
}

}  // namespace anatomy
