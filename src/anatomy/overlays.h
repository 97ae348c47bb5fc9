// Measurement overlays as plain geometry: line segments, angle arcs (as polylines) and
// labelled values with 3D anchors, built from posed landmarks in model space (right
// limb). The app projects and draws them; nothing here knows about screens or colours
// beyond a tone and a verdict.
#pragma once

#include "anatomy/measurement_ranges.h"
#include "anatomy/measurement_keys.h"
#include "anatomy/measurements.h"

#include <glm/glm.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

enum class OverlayKind { Lateral, Posterior, WholeLeg };
inline constexpr OverlayKind kAllOverlays[] = {OverlayKind::Lateral, OverlayKind::Posterior, OverlayKind::WholeLeg};
inline constexpr std::size_t kOverlayCount = 3;

const char* overlayId(OverlayKind kind);     // "lateral", "posterior", "whole-leg"
const char* overlayLabel(OverlayKind kind);  // "Lateral angles", ...
std::optional<OverlayKind> parseOverlay(std::string_view id);
// "lateral,posterior", "all". On a bad name returns nullopt and names it in error.
std::optional<std::vector<OverlayKind>> parseOverlayList(std::string_view text, std::string& error);

// How a path is drawn; Verdict paths take the colour of their measurement's verdict.
enum class OverlayTone { Axis, Tangent, Reference, Pull, Verdict };

struct OverlayPath {
  std::vector<glm::vec3> points;  // a polyline, at least two points
  OverlayTone tone = OverlayTone::Axis;
  Verdict verdict = Verdict::Unknown;
  bool dashed = false;
  bool arrowAtEnd = false;
  bool closed = false;  // a marker ring
};

// An angle drawn as an arc of `degrees` around `centre`; points run from one arm to the other.
struct OverlayArc {
  std::string key;  // the measurement it shows
  glm::vec3 centre{0.0f};
  float radius = 0.0f;
  float degrees = 0.0f;
  std::vector<glm::vec3> points;
  Verdict verdict = Verdict::Unknown;
};

// A short tag drawn next to the geometry ("Pitch 23.1°").
struct OverlayTag {
  std::string key;
  glm::vec3 anchor{0.0f};
  std::string text;
  Verdict verdict = Verdict::Unknown;
};

// A full readout for the legend ("Calcaneal pitch 23.1°  (normal 20-30)").
struct OverlayValue {
  std::string key;
  float value = 0.0f;
  std::string text;      // headline and range on one line
  std::string headline;  // "Calcaneal pitch 23.1°", with the range's short label
  std::string range;     // "normal 20-30"; empty for values without a range
  Verdict verdict = Verdict::Unknown;
};

struct Overlay {
  OverlayKind kind = OverlayKind::Lateral;
  std::vector<OverlayPath> paths;
  std::vector<OverlayArc> arcs;
  std::vector<OverlayTag> tags;
  std::vector<OverlayValue> values;
};

// Key of the Achilles line-of-pull angle to the calcaneal bisector (posterior overlay).
inline constexpr const char* kAchillesPullKey = key::kAchillesPullToHeelAxisDeg;
// Coronal angle between the tendon's line of pull (calf -> insertion) and the calcaneal
// bisector; uses "achilles_calf_point" when present, else "achilles_origin".
// Empty when the model lacks one of these landmarks.
std::optional<float> achillesPullToHeelAxisDeg(const LandmarkMap& l);

// Empty when the model lacks a landmark one of the overlay's measurements needs.
std::optional<Overlay> buildOverlay(OverlayKind kind, const LandmarkMap& landmarks);
// Adds the mirror image (x -> -x) of the paths and arcs, for the left limb of the
// whole-leg view; tags and values stay single.
void addMirroredLimb(Overlay& overlay);

}  // namespace anatomy
