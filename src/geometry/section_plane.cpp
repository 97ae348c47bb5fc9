#include "geometry/section_plane.h"

#include <algorithm>
#include <cmath>

namespace geometry {

glm::vec3 sectionNormal(const SectionParams& p, SectionBase base) {
  // Coronal: +X turned a quarter toward +Z; transverse: tilted all the way up.
  const float baseYaw = base == SectionBase::Coronal ? -90.0f : 0.0f;
  const float baseTilt = base == SectionBase::Transverse ? 90.0f : 0.0f;
  const float yaw = glm::radians(p.yawDeg + baseYaw), tilt = glm::radians(p.tiltDeg + baseTilt);
  // Yaw turns +X toward -Z (right-handed rotation about +Y); tilt lifts it toward +Y.
  const glm::vec3 horizontal(std::cos(yaw), 0.0f, -std::sin(yaw));
  return glm::normalize(horizontal * std::cos(tilt) + glm::vec3(0.0f, std::sin(tilt), 0.0f));
}

glm::vec4 sectionPlane(const glm::vec3& anchor, const SectionParams& p, SectionBase base) {
  const glm::vec3 n = sectionNormal(p, base);
  const glm::vec3 point = anchor + n * p.offsetMm;
  return glm::vec4(n, -glm::dot(n, point));
}

SectionBase sectionBaseFacing(const glm::vec3& viewDirection) {
  const glm::vec3 a = glm::abs(viewDirection);
  if (a.y > a.x && a.y > a.z) return SectionBase::Transverse;
  return a.z > a.x ? SectionBase::Coronal : SectionBase::Sagittal;
}

float planeDistance(const glm::vec4& plane, const glm::vec3& point) { return glm::dot(glm::vec3(plane), point) + plane.w; }

glm::vec4 facingAwayFrom(const glm::vec4& plane, const glm::vec3& eye) {
  return planeDistance(plane, eye) > 0.0f ? -plane : plane;
}

SectionParams clampSection(SectionParams p) {
  p.offsetMm = std::clamp(p.offsetMm, -kSectionMaxOffsetMm, kSectionMaxOffsetMm);
  p.tiltDeg = std::clamp(p.tiltDeg, -kSectionMaxTiltDeg, kSectionMaxTiltDeg);
  p.yawDeg = std::remainder(p.yawDeg, 360.0f);
  if (p.yawDeg <= -180.0f) p.yawDeg += 360.0f;
  return p;
}

}  // namespace geometry
