#include "anatomy/measurements.h"
#include "anatomy/landmark_ids.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <array>
#include <tuple>
#include <cmath>

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

std::optional<glm::vec3> findLandmark(const LandmarkMap& l, const char* id) {
  const auto it = l.find(id);
  if (it == l.end()) return std::nullopt;
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

namespace {
// Calls f with the landmarks named by ids, in order; empty when the model lacks any of them.
template <std::size_t N, class F>
std::optional<float> withLandmarks(const LandmarkMap& l, const char* const (&ids)[N], F f) {
  std::array<glm::vec3, N> points;
  for (std::size_t i = 0; i < N; ++i) {
    const auto it = l.find(ids[i]);
    if (it == l.end()) return std::nullopt;
    points[i] = it->second;
  }
  return std::apply(f, points);
}

using P = const glm::vec3&;
}  // namespace

std::optional<float> calcanealPitchDeg(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kCalcanealTuberosityPlantar, lm::kCalcaneocuboidInferior},
                       [](P heel, P cuboid) { return sagittalElevationDeg(heel, cuboid); });
}

std::optional<float> mearyAngleDeg(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kTalusBodyCentre, lm::kTalusHeadCentre, lm::kMetatarsal1BaseCentre, lm::kMetatarsal1HeadCentre},
                       [](P body, P head, P base, P mtHead) {
                         // A talus pointing further down than the first metatarsal makes the apex plantar (+).
                         return sagittalElevationDeg(base, mtHead) - sagittalElevationDeg(body, head);
                       });
}

std::optional<float> talocalcanealLateralDeg(const LandmarkMap& l) {
  return withLandmarks(l,
                       {lm::kTalusBodyCentre, lm::kTalusHeadCentre, lm::kCalcanealTuberosityPlantar,
                        lm::kCalcaneocuboidInferior},
                       [](P body, P head, P heel, P cuboid) { return sagittalAngleBetweenDeg(head - body, cuboid - heel); });
}

std::optional<float> navicularHeightMm(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kNavicularTuberosity}, [](P tuberosity) { return tuberosity.y; });
}

std::optional<float> hindfootValgusDeg(const LandmarkMap& l) {
  return withLandmarks(l,
                       {lm::kTibiaAxisProximal, lm::kTibiaAxisDistal, lm::kCalcaneusBisectorTop,
                        lm::kCalcaneusBisectorBottom},
                       [](P tibiaTop, P tibiaBottom, P heelTop, P heelBottom) {
                         return coronalLateralTiltDeg(tibiaBottom - tibiaTop, heelBottom - heelTop);
                       });
}

std::optional<float> fowlerPhilipDeg(const LandmarkMap& l) {
  return withLandmarks(l,
                       {lm::kCalcaneusPosteriorTangentPoint, lm::kCalcaneusPosterosuperiorProminence,
                        lm::kCalcaneusPlantarTangentPosterior, lm::kCalcaneusPlantarTangentAnterior},
                       [](P tangent, P prominence, P plantarBack, P plantarFront) {
                         return sagittalAngleBetweenDeg(prominence - tangent, plantarFront - plantarBack);
                       });
}

std::optional<float> pplBursalProjectionMm(const LandmarkMap& l) {
  // Lower line: the plantar tangent. Upper line: parallel, through the posterior lip of
  // the talar articular facet. Positive when the bursal projection rises above it.
  return withLandmarks(l,
                       {lm::kCalcaneusPlantarTangentPosterior, lm::kCalcaneusPlantarTangentAnterior,
                        lm::kPplUpperFacetLip, lm::kCalcaneusPosterosuperiorProminence},
                       [](P a, P b, P lip, P apex) {
                         return heightAboveSagittalLine(a, b, apex) - heightAboveSagittalLine(a, b, lip);
                       });
}

std::optional<float> hkaDeg(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kFemoralHeadCentre, lm::kKneeCentre, lm::kAnkleCentre},
                       [](P hip, P knee, P ankle) { return 180.0f + coronalLateralTiltDeg(knee - hip, ankle - knee); });
}

std::optional<float> madMm(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kFemoralHeadCentre, lm::kKneeCentre, lm::kAnkleCentre}, [](P hip, P knee, P ankle) {
    const float t = (knee.y - hip.y) / (ankle.y - hip.y);
    const float lineX = hip.x + t * (ankle.x - hip.x);
    return knee.x - lineX;  // knee medial (+X) of the line: the line passes lateral to it
  });
}

std::optional<float> spurLengthMm(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kAchillesOrigin, lm::kAchillesInsertionCentre, lm::kSpurBase, lm::kSpurTip},
                       [](P origin, P insertion, P base, P tip) {
                         const glm::vec2 axis = sagittal(origin) - sagittal(insertion);
                         const glm::vec2 spur = sagittal(tip) - sagittal(base);
                         const float len = glm::length(axis);
                         return len > 0.0f ? std::max(0.0f, glm::dot(spur, axis) / len) : 0.0f;
                       });
}

std::optional<float> spurInclinationDeg(const LandmarkMap& l) {
  const std::optional<float> length = spurLengthMm(l);
  if (!length) return std::nullopt;
  // While the spur is under 1 mm its tip says little about its direction: use the planned axis.
  const char* end = *length >= 1.0f ? lm::kSpurTip : lm::kSpurAxisEnd;
  return withLandmarks(l,
                       {lm::kSpurBase, end, lm::kCalcaneusPosteriorTangentPoint,
                        lm::kCalcaneusPosterosuperiorProminence},
                       [](P base, P tip, P tangent, P prominence) {
                         return sagittalAngleBetweenDeg(tip - base, prominence - tangent);
                       });
}

std::optional<float> achillesGapMm(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kAchillesGapUpper, lm::kAchillesGapLower},
                       [](P upper, P lower) { return std::max(0.0f, upper.y - lower.y); });
}

namespace {
bool tendonTornThrough(const LandmarkMap& l) { return achillesGapMm(l).value_or(0.0f) > kAchillesDiscontinuousFromMm; }

// Front-to-back depth: the distance between two landmarks seen from the side.
std::optional<float> sagittalDistance(const LandmarkMap& l, const char* anterior, const char* posterior) {
  return withLandmarks(l, {anterior, posterior}, [](P a, P b) { return glm::distance(sagittal(a), sagittal(b)); });
}

std::optional<float> sagittalThickness(const LandmarkMap& l, const char* anterior, const char* posterior) {
  if (tendonTornThrough(l)) return std::nullopt;
  return sagittalDistance(l, anterior, posterior);
}
}  // namespace

std::optional<float> achillesThicknessInsertionMm(const LandmarkMap& l) {
  return sagittalThickness(l, lm::kAchillesInsertionAnterior, lm::kAchillesInsertionPosterior);
}

std::optional<float> achillesThicknessMidportionMm(const LandmarkMap& l) {
  return sagittalThickness(l, lm::kAchillesMidportionAnterior, lm::kAchillesMidportionPosterior);
}

std::optional<float> bursaApMm(const LandmarkMap& l) {
  return sagittalDistance(l, lm::kRetrocalcanealBursaAnterior, lm::kRetrocalcanealBursaPosterior);
}

std::optional<float> bursaTransverseMm(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kRetrocalcanealBursaMedial, lm::kRetrocalcanealBursaLateral},
                       [](P a, P b) { return glm::distance(a, b); });
}

std::optional<float> bursaCraniocaudalMm(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kRetrocalcanealBursaSuperior, lm::kRetrocalcanealBursaInferior},
                       [](P a, P b) { return glm::distance(a, b); });
}

std::optional<float> haglundBumpMm(const LandmarkMap& l) {
  const std::optional<float> ppl = pplBursalProjectionMm(l);
  if (!ppl) return std::nullopt;
  return std::max(0.0f, *ppl);
}

std::optional<float> forefootAbductionDeg(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kTalusBodyCentre, lm::kTalusHeadCentre, lm::kMetatarsal1BaseCentre, lm::kMetatarsal1HeadCentre},
                       [](P body, P head, P base, P mtHead) {
                         const glm::vec3 talus = head - body, metatarsal = mtHead - base;
                         // Top view as (anterior, medial): a counter-clockwise turn points the forefoot medially.
                         return -degrees(signedAngle({talus.z, talus.x}, {metatarsal.z, metatarsal.x}));
                       });
}

std::optional<float> intermalleolarDistanceMm(const LandmarkMap& l) {
  return withLandmarks(l, {lm::kMedialFemoralCondyleMedialPoint, lm::kMedialMalleolusTip}, [](P condyle, P malleolus) {
    // Shift the right limb so its condyle touches the midline; the left mirrors it.
    return std::max(0.0f, 2.0f * (condyle.x - malleolus.x));
  });
}

}  // namespace anatomy
