// Small geometric helpers shared by the overlay builders (overlays_*.cpp): flattening
// into the sagittal or coronal plane, arcs, lines through landmarks, and the readouts.
#pragma once

#include "anatomy/overlays.h"

#include <optional>

namespace anatomy::overlay_detail {

enum class Plane { Sagittal, Coronal };  // drop x / drop z, as the measurements do

glm::vec3 flatten(const glm::vec3& v, Plane plane);
glm::vec3 planeNormal(Plane plane);
glm::vec3 flatDirection(const glm::vec3& from, const glm::vec3& to, Plane plane);

// Where line 1 (p1 + s*d1) crosses line 2 in the plane's projection, as a point on line 1;
// nullopt when they are nearly parallel.
std::optional<glm::vec3> crossing(const glm::vec3& p1, const glm::vec3& d1, const glm::vec3& p2, const glm::vec3& d2,
                                  Plane plane);

// Points of an arc around centre, starting along `from` and turning about `axis` (unit) by degrees.
std::vector<glm::vec3> arcPoints(const glm::vec3& centre, const glm::vec3& from, const glm::vec3& axis, float degrees,
                                 float radius);
// The arc of the (< 180°) angle between two directions, measured in the plane.
OverlayArc angleArc(const std::string& key, const glm::vec3& centre, const glm::vec3& from, const glm::vec3& to,
                    float radius, Plane plane, float value);
// The arc's middle direction, for placing its tag.
glm::vec3 arcMiddle(const OverlayArc& arc);

OverlayPath segment(const glm::vec3& a, const glm::vec3& b, OverlayTone tone, bool dashed = false);
OverlayPath ring(const glm::vec3& centre, float radius, Plane plane, OverlayTone tone, Verdict verdict);
// A line through a and b, lengthened by the given fractions of |b - a| beyond each end.
OverlayPath throughPoints(const glm::vec3& a, const glm::vec3& b, float beforeA, float afterB, OverlayTone tone,
                          bool dashed = false);

// The legend readout and the short tag of one measurement.
void addReadout(Overlay& overlay, const std::string& key, float value, const std::string& tagName,
                const glm::vec3& tagAnchor);

// A landmark or measurement buildOverlay has checked before building: its absence here
// is a bug (AA_INVARIANT), not a model that lacks it.
const glm::vec3& at(const LandmarkMap& l, const char* id);
float known(std::optional<float> value);

void buildLateral(Overlay& overlay, const LandmarkMap& l);
void buildPosterior(Overlay& overlay, const LandmarkMap& l);
void buildWholeLeg(Overlay& overlay, const LandmarkMap& l);

}  // namespace anatomy::overlay_detail
