#include "anatomy/overlays.h"
#include "anatomy/landmark_ids.h"

#include "anatomy/invariant.h"
#include "anatomy/overlay_geometry.h"

#include <glm/gtc/quaternion.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

namespace anatomy {

namespace detail = overlay_detail;

const char* overlayId(OverlayKind kind) {
  switch (kind) {
    case OverlayKind::Lateral: return "lateral";
    case OverlayKind::Posterior: return "posterior";
    case OverlayKind::WholeLeg: return "whole-leg";
  }
  return "";
}

const char* overlayLabel(OverlayKind kind) {
  switch (kind) {
    case OverlayKind::Lateral: return "Lateral: arch and heel angles";
    case OverlayKind::Posterior: return "Posterior: hindfoot and Achilles pull";
    case OverlayKind::WholeLeg: return "Whole leg: mechanical axes";
  }
  return "";
}

std::optional<OverlayKind> parseOverlay(std::string_view id) {
  std::string key(id);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  std::replace(key.begin(), key.end(), '_', '-');
  for (OverlayKind k : kAllOverlays)
    if (key == overlayId(k)) return k;
  return std::nullopt;
}

std::optional<std::vector<OverlayKind>> parseOverlayList(std::string_view text, std::string& error) {
  std::vector<OverlayKind> out;
  std::istringstream in{std::string(text)};
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty()) continue;
    if (item == "all") {
      out.assign(std::begin(kAllOverlays), std::end(kAllOverlays));
      continue;
    }
    const auto kind = parseOverlay(item);
    if (!kind) {
      error = "unknown overlay '" + item + "' (use lateral, posterior, whole-leg or all)";
      return std::nullopt;
    }
    if (std::find(out.begin(), out.end(), *kind) == out.end()) out.push_back(*kind);
  }
  if (out.empty()) {
    error = "no overlay named (use lateral, posterior, whole-leg or all)";
    return std::nullopt;
  }
  return out;
}

std::optional<float> achillesPullToHeelAxisDeg(const LandmarkMap& l) {
  const auto calf = l.find(lm::kAchillesCalfPoint);
  const std::optional<glm::vec3> top = calf != l.end() ? calf->second : findLandmark(l, lm::kAchillesOrigin);
  const std::optional<glm::vec3> insertion = findLandmark(l, lm::kAchillesInsertionCentre);
  const std::optional<glm::vec3> heelTop = findLandmark(l, lm::kCalcaneusBisectorTop);
  const std::optional<glm::vec3> heelBottom = findLandmark(l, lm::kCalcaneusBisectorBottom);
  if (!top || !insertion || !heelTop || !heelBottom) return std::nullopt;
  return std::abs(coronalLateralTiltDeg(*heelTop - *heelBottom, *top - *insertion));
}

namespace {
// Every value an overlay shows can be measured, so every landmark its builder reads exists
// (the builders read only the landmarks of their own measurements).
bool canBuild(OverlayKind kind, const LandmarkMap& l) {
  using Measure = std::optional<float> (*)(const LandmarkMap&);
  std::vector<Measure> needed;
  switch (kind) {
    case OverlayKind::Lateral:
      needed = {calcanealPitchDeg, mearyAngleDeg, talocalcanealLateralDeg, navicularHeightMm, fowlerPhilipDeg,
                pplBursalProjectionMm};
      break;
    case OverlayKind::Posterior: needed = {hindfootValgusDeg, achillesPullToHeelAxisDeg}; break;
    case OverlayKind::WholeLeg: needed = {hkaDeg, madMm, intermalleolarDistanceMm}; break;
  }
  return std::all_of(needed.begin(), needed.end(), [&](Measure m) { return m(l).has_value(); });
}
}  // namespace

std::optional<Overlay> buildOverlay(OverlayKind kind, const LandmarkMap& landmarks) {
  if (!canBuild(kind, landmarks)) return std::nullopt;
  Overlay overlay;
  overlay.kind = kind;
  switch (kind) {
    case OverlayKind::Lateral: detail::buildLateral(overlay, landmarks); break;
    case OverlayKind::Posterior: detail::buildPosterior(overlay, landmarks); break;
    case OverlayKind::WholeLeg: detail::buildWholeLeg(overlay, landmarks); break;
  }
  return overlay;
}

void addMirroredLimb(Overlay& overlay) {
  const auto mirror = [](glm::vec3 p) { return glm::vec3(-p.x, p.y, p.z); };
  const std::size_t paths = overlay.paths.size(), arcs = overlay.arcs.size();
  for (std::size_t i = 0; i < paths; ++i) {
    OverlayPath copy = overlay.paths[i];
    std::transform(copy.points.begin(), copy.points.end(), copy.points.begin(), mirror);
    overlay.paths.push_back(copy);
  }
  for (std::size_t i = 0; i < arcs; ++i) {
    OverlayArc copy = overlay.arcs[i];
    copy.centre = mirror(copy.centre);
    std::transform(copy.points.begin(), copy.points.end(), copy.points.begin(), mirror);
    overlay.arcs.push_back(copy);
  }
}

namespace overlay_detail {

const glm::vec3& at(const LandmarkMap& l, const char* id) {
  const auto it = l.find(id);
  AA_INVARIANT(it != l.end());
  return it->second;
}

float known(std::optional<float> value) {
  AA_INVARIANT(value.has_value());
  return *value;
}

glm::vec3 flatten(const glm::vec3& v, Plane plane) {
  return plane == Plane::Sagittal ? glm::vec3(0.0f, v.y, v.z) : glm::vec3(v.x, v.y, 0.0f);
}

glm::vec3 planeNormal(Plane plane) { return plane == Plane::Sagittal ? glm::vec3(1, 0, 0) : glm::vec3(0, 0, 1); }

glm::vec3 flatDirection(const glm::vec3& from, const glm::vec3& to, Plane plane) {
  return glm::normalize(flatten(to - from, plane));
}

std::optional<glm::vec3> crossing(const glm::vec3& p1, const glm::vec3& d1, const glm::vec3& p2, const glm::vec3& d2,
                                  Plane plane) {
  const auto uv = [plane](const glm::vec3& v) { return plane == Plane::Sagittal ? glm::vec2(v.z, v.y) : glm::vec2(v.x, v.y); };
  const glm::vec2 a = uv(d1), b = uv(d2), w = uv(p2) - uv(p1);
  const float denom = a.x * b.y - a.y * b.x;
  if (std::abs(denom) < 0.05f * glm::length(a) * glm::length(b)) return std::nullopt;  // under ~3°
  const float s = (w.x * b.y - w.y * b.x) / denom;
  return p1 + s * d1;
}

std::vector<glm::vec3> arcPoints(const glm::vec3& centre, const glm::vec3& from, const glm::vec3& axis, float degrees,
                                 float radius) {
  const int steps = std::max(2, static_cast<int>(std::ceil(std::abs(degrees) / 4.0f)) + 1);
  std::vector<glm::vec3> points;
  points.reserve(static_cast<std::size_t>(steps));
  for (int i = 0; i < steps; ++i) {
    const float t = glm::radians(degrees) * static_cast<float>(i) / static_cast<float>(steps - 1);
    points.push_back(centre + radius * (glm::angleAxis(t, axis) * from));
  }
  return points;
}

OverlayArc angleArc(const std::string& key, const glm::vec3& centre, const glm::vec3& from, const glm::vec3& to,
                    float radius, Plane plane, float value) {
  const glm::vec3 a = glm::normalize(flatten(from, plane)), b = glm::normalize(flatten(to, plane));
  const glm::vec3 n = glm::cross(a, b);
  const glm::vec3 axis = glm::length(n) > 1e-6f ? glm::normalize(n) : planeNormal(plane);
  OverlayArc arc;
  arc.key = key;
  arc.centre = centre;
  arc.radius = radius;
  arc.degrees = glm::degrees(std::acos(std::clamp(glm::dot(a, b), -1.0f, 1.0f)));
  arc.points = arcPoints(centre, a, axis, arc.degrees, radius);
  arc.verdict = verdictFor(key, value);
  return arc;
}

glm::vec3 arcMiddle(const OverlayArc& arc) {
  const glm::vec3 mid = arc.points[arc.points.size() / 2] - arc.centre;
  return glm::length(mid) > 1e-6f ? glm::normalize(mid) : glm::vec3(0, 1, 0);
}

OverlayPath segment(const glm::vec3& a, const glm::vec3& b, OverlayTone tone, bool dashed) {
  OverlayPath p;
  p.points = {a, b};
  p.tone = tone;
  p.dashed = dashed;
  return p;
}

OverlayPath ring(const glm::vec3& centre, float radius, Plane plane, OverlayTone tone, Verdict verdict) {
  const glm::vec3 start = plane == Plane::Sagittal ? glm::vec3(0, 0, 1) : glm::vec3(1, 0, 0);
  OverlayPath p;
  p.points = arcPoints(centre, start, planeNormal(plane), 360.0f, radius);
  p.points.pop_back();
  p.tone = tone;
  p.verdict = verdict;
  p.closed = true;
  return p;
}

OverlayPath throughPoints(const glm::vec3& a, const glm::vec3& b, float beforeA, float afterB, OverlayTone tone,
                          bool dashed) {
  const glm::vec3 d = b - a;
  return segment(a - beforeA * d, b + afterB * d, tone, dashed);
}

void addReadout(Overlay& overlay, const std::string& key, float value, const std::string& tagName,
                const glm::vec3& tagAnchor) {
  OverlayValue v;
  v.key = key;
  v.value = value;
  v.verdict = verdictFor(key, value);
  const MeasurementRange* range = findRange(key);
  char number[32];
  std::snprintf(number, sizeof number, "%.1f\u00b0", static_cast<double>(value));
  v.text = range ? describe(*range, value) : tagName + " " + number;
  v.headline = range ? std::string(shortLabel(*range)) + " " + formatValue(*range, value) : v.text;
  if (range) v.range = "normal " + std::string(range->normalText);
  overlay.values.push_back(v);
  OverlayTag tag;
  tag.key = key;
  tag.anchor = tagAnchor;
  tag.text = tagName + " " + (range ? formatValue(*range, value) : std::string(number));
  tag.verdict = v.verdict;
  overlay.tags.push_back(tag);
}

}  // namespace overlay_detail

}  // namespace anatomy
