// The posterior overlay (leg axis, calcaneal bisector, hindfoot valgus, the Achilles
// tendon's line of pull) and the whole-leg overlay (mechanical axes, HKA, MAD, IMD).
#include "anatomy/overlay_geometry.h"
#include "anatomy/measurement_keys.h"
#include "anatomy/landmark_ids.h"

#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace anatomy::overlay_detail {

namespace {
constexpr Plane kCor = Plane::Coronal;

// The tendon from the calf to its insertion, arrowhead at the calf: the direction in
// which it pulls the heel. Its angle is taken against the bisector running upward.
void addAchillesPull(Overlay& o, const LandmarkMap& l, const glm::vec3& heelUp) {
  const auto calf = l.find(lm::kAchillesCalfPoint);
  const glm::vec3& top = calf != l.end() ? calf->second : at(l, lm::kAchillesOrigin);
  const glm::vec3& insertion = at(l, lm::kAchillesInsertionCentre);
  // Short of the calf so that the arrowhead stays in the close view's frame.
  OverlayPath pull = segment(insertion, insertion + 0.5f * (top - insertion), OverlayTone::Pull);
  pull.arrowAtEnd = true;
  o.paths.push_back(pull);
  o.paths.push_back(segment(insertion, insertion + 45.0f * heelUp, OverlayTone::Reference, true));
  const float angle = known(achillesPullToHeelAxisDeg(l));
  OverlayArc arc = angleArc(kAchillesPullKey, insertion, heelUp, top - insertion, 36.0f, kCor, angle);
  o.arcs.push_back(arc);
  OverlayValue value;
  value.key = kAchillesPullKey;
  value.value = angle;
  char text[96];
  std::snprintf(text, sizeof text, "Achilles line of pull vs heel axis %.1f\u00b0", static_cast<double>(angle));
  value.text = value.headline = text;
  o.values.push_back(value);
  OverlayTag tag;
  tag.key = kAchillesPullKey;
  tag.anchor = insertion + glm::vec3(-42.0f, 0.35f * (top.y - insertion.y), 0.0f);
  std::snprintf(text, sizeof text, "Achilles pull %.1f\u00b0", static_cast<double>(angle));
  tag.text = text;
  o.tags.push_back(tag);
}
}  // namespace

void buildPosterior(Overlay& o, const LandmarkMap& l) {
  const glm::vec3& tp = at(l, lm::kTibiaAxisProximal);
  const glm::vec3& td = at(l, lm::kTibiaAxisDistal);
  const glm::vec3& bt = at(l, lm::kCalcaneusBisectorTop);
  const glm::vec3& bb = at(l, lm::kCalcaneusBisectorBottom);
  const float down = (td.y - (bb.y - 5.0f)) / std::max(tp.y - td.y, 1.0f);
  o.paths.push_back(throughPoints(tp, td, 0.3f, down, OverlayTone::Axis));
  o.paths.push_back(throughPoints(bt, bb, 0.7f, 0.6f, OverlayTone::Axis));
  const glm::vec3 tibiaDown = flatDirection(tp, td, kCor);
  o.paths.push_back(segment(bt, bt + 34.0f * tibiaDown, OverlayTone::Reference, true));
  const float valgus = known(hindfootValgusDeg(l));
  o.arcs.push_back(angleArc(key::kHindfootValgusDeg, bt, tibiaDown, bb - bt, 26.0f, kCor, valgus));
  addReadout(o, key::kHindfootValgusDeg, valgus, "Hindfoot valgus", bb + glm::vec3(-46.0f, 0.0f, 0.0f));
  addAchillesPull(o, l, flatDirection(bb, bt, kCor));
}

void buildWholeLeg(Overlay& o, const LandmarkMap& l) {
  const glm::vec3& hip = at(l, lm::kFemoralHeadCentre);
  const glm::vec3& knee = at(l, lm::kKneeCentre);
  const glm::vec3& ankle = at(l, lm::kAnkleCentre);
  o.paths.push_back(segment(hip, knee, OverlayTone::Axis));
  o.paths.push_back(segment(knee, ankle, OverlayTone::Axis));
  o.paths.push_back(segment(hip, ankle, OverlayTone::Reference, true));

  // HKA is the medial angle at the knee: turn from the femoral axis (toward the hip)
  // through the medial side (+X for the right limb) to the tibial axis.
  const float hka = known(hkaDeg(l));
  const glm::vec3 up = flatDirection(knee, hip, kCor);
  OverlayArc arc;
  arc.key = key::kHkaDeg;
  arc.centre = knee;
  arc.radius = 55.0f;
  arc.degrees = hka;
  arc.points = arcPoints(knee, up, glm::vec3(0.0f, 0.0f, -1.0f), hka, arc.radius);
  arc.verdict = verdictFor(key::kHkaDeg, hka);
  o.arcs.push_back(arc);
  addReadout(o, key::kHkaDeg, hka, "HKA", knee + glm::vec3(-150.0f, 40.0f, 0.0f));

  const float t = (knee.y - hip.y) / (ankle.y - hip.y);
  const glm::vec3 onLine = hip + t * (ankle - hip);
  const float mad = known(madMm(l));
  OverlayPath deviation = segment(knee, glm::vec3(onLine.x, knee.y, knee.z), OverlayTone::Verdict);
  deviation.verdict = verdictFor(key::kMadMm, mad);
  o.paths.push_back(deviation);
  addReadout(o, key::kMadMm, mad, "MAD", knee + glm::vec3(-150.0f, -40.0f, 0.0f));

  const glm::vec3& malleolus = at(l, lm::kMedialMalleolusTip);
  const glm::vec3 mirrored(-malleolus.x, malleolus.y, malleolus.z);
  const float imd = known(intermalleolarDistanceMm(l));
  const Verdict v = verdictFor(key::kIntermalleolarDistanceMm, imd);
  for (const OverlayPath& p : {segment(malleolus, mirrored, OverlayTone::Verdict),
                               segment(malleolus - glm::vec3(0, 12, 0), malleolus + glm::vec3(0, 12, 0), OverlayTone::Verdict),
                               segment(mirrored - glm::vec3(0, 12, 0), mirrored + glm::vec3(0, 12, 0), OverlayTone::Verdict)}) {
    o.paths.push_back(p);
    o.paths.back().verdict = v;
  }
  addReadout(o, key::kIntermalleolarDistanceMm, imd, "IMD (knees together)", glm::vec3(0.0f, malleolus.y - 70.0f, malleolus.z));
}

}  // namespace anatomy::overlay_detail
