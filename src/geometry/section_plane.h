// The cutting plane of the section mode: where it sits (an anchor point moved along the
// plane's normal by an offset) and how it is turned (yaw about the vertical axis, then
// tilt), as a plane equation the renderer clips with. Pure maths, tested without a display.
#pragma once

#include <glm/glm.hpp>

namespace geometry {

// The plane before the user turns it: the one that faces the view best.
enum class SectionBase { Sagittal, Coronal, Transverse };

// What the user sets; the default is the base plane through the anchor.
struct SectionParams {
  float offsetMm = 0.0f;  // along the plane's normal, from the anchor
  float yawDeg = 0.0f;    // turn about the vertical (+Y) axis
  float tiltDeg = 0.0f;   // then about the horizontal axis lying in the plane
};

inline constexpr float kSectionMaxOffsetMm = 200.0f;
inline constexpr float kSectionMaxTiltDeg = 89.0f;

// Unit normal of the plane: the base's normal (sagittal +X, medial in the model; coronal +Z,
// anterior; transverse +Y, up) turned by yaw about +Y, then tilted toward +Y by tilt.
glm::vec3 sectionNormal(const SectionParams& p, SectionBase base = SectionBase::Sagittal);

// The plane (n, d) with dot(n, x) + d = 0 for points x on it: through anchor + offset * n.
glm::vec4 sectionPlane(const glm::vec3& anchor, const SectionParams& p, SectionBase base = SectionBase::Sagittal);

// The base plane most nearly square to a view looking along viewDirection: a side view cuts
// sagittally, a view from behind or in front coronally, from above or below transversely.
SectionBase sectionBaseFacing(const glm::vec3& viewDirection);

// The same plane, signed so that the eye lies on its negative side: the renderer keeps the
// positive half-space, so the half between the eye and the cut is the one taken away.
glm::vec4 facingAwayFrom(const glm::vec4& plane, const glm::vec3& eye);

// Signed distance of a point from the plane (positive: the kept side).
float planeDistance(const glm::vec4& plane, const glm::vec3& point);

// The params clamped to their ranges and yaw wrapped into (-180, 180].
SectionParams clampSection(SectionParams p);

}  // namespace geometry
