// The lateral overlay: calcaneal pitch against the floor, Meary's and the talocalcaneal
// angle, navicular height, and the heel's Fowler-Philip angle and parallel pitch lines.
#include "anatomy/overlay_geometry.h"
#include "anatomy/measurement_keys.h"
#include "anatomy/landmark_ids.h"

#include <algorithm>

namespace anatomy::overlay_detail {

namespace {
constexpr Plane kSag = Plane::Sagittal;

// The calcaneal axis (pitch line) and its angle to the floor.
void addPitch(Overlay& o, const LandmarkMap& l, const glm::vec3& axisEnd) {
  const glm::vec3& p = at(l, lm::kCalcanealTuberosityPlantar);
  const glm::vec3& q = at(l, lm::kCalcaneocuboidInferior);
  const float run = glm::length(flatten(q - p, kSag));
  o.paths.push_back(segment(p - 0.1f * (q - p), axisEnd, OverlayTone::Axis));
  o.paths.push_back(segment(p, p + glm::vec3(0.0f, 0.0f, 1.2f * run), OverlayTone::Reference, true));
  o.paths.push_back(segment(glm::vec3(p.x, 0.0f, p.z - 25.0f), glm::vec3(p.x, 0.0f, q.z + 2.0f * run), OverlayTone::Reference));
  const float pitch = known(calcanealPitchDeg(l));
  o.arcs.push_back(angleArc(key::kCalcanealPitchDeg, p, glm::vec3(0, 0, 1), q - p, 0.55f * run, kSag, pitch));
  addReadout(o, key::kCalcanealPitchDeg, pitch, "Pitch", glm::vec3(p.x, -8.0f, p.z + 0.45f * run));
}

// Meary's angle: talar axis against the first metatarsal axis, at their crossing (or at
// the talar head when the two are too nearly parallel to cross nearby).
void addMeary(Overlay& o, const LandmarkMap& l, const glm::vec3& talarEnd) {
  const glm::vec3& t1 = at(l, lm::kTalusBodyCentre);
  const glm::vec3& t2 = at(l, lm::kTalusHeadCentre);
  const glm::vec3& m1 = at(l, lm::kMetatarsal1BaseCentre);
  const glm::vec3& m2 = at(l, lm::kMetatarsal1HeadCentre);
  const glm::vec3 dt = t2 - t1, dm = m2 - m1;
  o.paths.push_back(segment(t1 - 0.3f * dt, talarEnd, OverlayTone::Axis));
  const float back = std::clamp((m1.z - t2.z) / std::max(dm.z, 1.0f), 0.3f, 3.0f);
  o.paths.push_back(throughPoints(m1, m2, back, 0.15f, OverlayTone::Axis));
  const auto cross = crossing(t1, dt, m1, dm, kSag);
  const bool nearby = cross && cross->z > t2.z - 10.0f && cross->z < m2.z;
  const glm::vec3 vertex = nearby ? *cross : t2;
  if (!nearby) o.paths.push_back(segment(t2, t2 + 40.0f * glm::normalize(flatten(dm, kSag)), OverlayTone::Reference, true));
  const float meary = known(mearyAngleDeg(l));
  o.arcs.push_back(angleArc(key::kMearyAngleDeg, vertex, dt, dm, 32.0f, kSag, meary));
  addReadout(o, key::kMearyAngleDeg, meary, "Meary", vertex + glm::vec3(0.0f, 20.0f, 42.0f));
}

void addNavicularHeight(Overlay& o, const LandmarkMap& l) {
  const glm::vec3& n = at(l, lm::kNavicularTuberosity);
  const glm::vec3 floor(n.x, 0.0f, n.z);
  const float height = known(navicularHeightMm(l));
  OverlayPath drop = segment(n, floor, OverlayTone::Verdict);
  drop.verdict = verdictFor(key::kNavicularHeightMm, height);
  o.paths.push_back(drop);
  for (const glm::vec3& end : {n, floor}) {
    OverlayPath tick = segment(end - glm::vec3(0, 0, 5), end + glm::vec3(0, 0, 5), OverlayTone::Verdict);
    tick.verdict = drop.verdict;
    o.paths.push_back(tick);
  }
  addReadout(o, key::kNavicularHeightMm, height, "Navicular", glm::vec3(n.x, -8.0f, n.z + 12.0f));
}

// Fowler-Philip angle and the parallel pitch lines share the plantar tangent.
void addHeelLines(Overlay& o, const LandmarkMap& l) {
  const glm::vec3& a1 = at(l, lm::kCalcaneusPosteriorTangentPoint);
  const glm::vec3& a2 = at(l, lm::kCalcaneusPosterosuperiorProminence);
  const glm::vec3& b1 = at(l, lm::kCalcaneusPlantarTangentPosterior);
  const glm::vec3& b2 = at(l, lm::kCalcaneusPlantarTangentAnterior);
  const glm::vec3& lip = at(l, lm::kPplUpperFacetLip);
  const glm::vec3 db = b2 - b1;
  const glm::vec3 corner = crossing(b1, db, a1, a2 - a1, kSag).value_or(b1);
  o.paths.push_back(segment(corner, a2 + 0.6f * (a2 - corner), OverlayTone::Tangent));
  o.paths.push_back(segment(corner, b2 + 0.3f * db, OverlayTone::Tangent));
  const float fp = known(fowlerPhilipDeg(l));
  o.arcs.push_back(angleArc(key::kFowlerPhilipDeg, corner, a2 - corner, db, 16.0f, kSag, fp));
  addReadout(o, key::kFowlerPhilipDeg, fp, "Fowler-Philip", corner + glm::vec3(0.0f, 4.0f, -34.0f));

  const float back = (lip.z - (a2.z - 14.0f)) / std::max(db.z, 1.0f);
  o.paths.push_back(segment(lip - back * db, lip + 0.3f * db, OverlayTone::Tangent, true));
  const glm::vec3 dir = glm::normalize(flatten(db, kSag));
  const glm::vec3 rel = flatten(a2 - lip, kSag);
  const glm::vec3 foot = a2 - rel + glm::dot(rel, dir) * dir;  // apex dropped onto the upper line
  const float ppl = known(pplBursalProjectionMm(l));
  const Verdict v = verdictFor(key::kPplBursalProjectionMm, ppl);
  OverlayPath gap = segment(a2, foot, OverlayTone::Verdict);
  gap.verdict = v;
  o.paths.push_back(gap);
  o.paths.push_back(ring(a2, 2.5f, kSag, OverlayTone::Verdict, v));
  addReadout(o, key::kPplBursalProjectionMm, ppl, "PPL", a2 + glm::vec3(0.0f, 26.0f, -22.0f));
}
}  // namespace

void buildLateral(Overlay& o, const LandmarkMap& l) {
  const glm::vec3& p = at(l, lm::kCalcanealTuberosityPlantar);
  const glm::vec3& q = at(l, lm::kCalcaneocuboidInferior);
  const glm::vec3& t1 = at(l, lm::kTalusBodyCentre);
  const glm::vec3& t2 = at(l, lm::kTalusHeadCentre);
  const glm::vec3& m1 = at(l, lm::kMetatarsal1BaseCentre);
  const glm::vec3 dt = t2 - t1, dc = q - p;
  // The talar axis runs on to the first metatarsal base; the calcaneal axis to where it
  // meets the talar axis (the talocalcaneal angle's vertex) when that lies ahead.
  const float talarReach = std::clamp((m1.z - t2.z) / std::max(dt.z, 1.0f), 0.5f, 4.0f);
  const glm::vec3 talarEnd = t2 + talarReach * dt;
  const auto tc = crossing(t1, dt, p, dc, kSag);
  const bool tcAhead = tc && tc->z > p.z && tc->z < talarEnd.z + 20.0f;
  const glm::vec3 calcEnd = tcAhead && tc->z > q.z ? *tc + 0.15f * dc : q + 0.3f * dc;

  addPitch(o, l, calcEnd);
  addMeary(o, l, talarEnd);
  const float tcAngle = known(talocalcanealLateralDeg(l));
  const glm::vec3 vertex = tcAhead ? *tc : t2;
  o.arcs.push_back(angleArc(key::kTalocalcanealLateralDeg, vertex, -dt, -dc, 20.0f, kSag, tcAngle));
  addReadout(o, key::kTalocalcanealLateralDeg, tcAngle, "Talocalcaneal", vertex + glm::vec3(0.0f, 8.0f, -48.0f));
  addNavicularHeight(o, l);
  addHeelLines(o, l);
}

}  // namespace anatomy::overlay_detail
