#include "anatomy/pose_spur.h"
#include "anatomy/landmark_ids.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>

namespace anatomy {

namespace {
// Counter-clockwise turn of v in the sagittal plane (z anterior, y up) by a radians.
glm::vec3 turnSagittal(const glm::vec3& v, float a) {
  const float c = std::cos(a), s = std::sin(a);
  return {v.x, v.z * s + v.y * c, v.z * c - v.y * s};
}

float share(const SpurTilt& t, const glm::vec3& p) {
  const float along = glm::dot(p - t.pivot, t.axis);
  const float u = std::clamp(along / t.reachMm, 0.0f, 1.0f);
  return u * u * (3.0f - 2.0f * u);
}
}  // namespace

glm::vec3 SpurTilt::apply(const glm::vec3& p) const {
  if (radians == 0.0f) return p;
  return pivot + turnSagittal(p - pivot, radians * share(*this, p));
}

glm::vec3 SpurTilt::applyNormal(const glm::vec3& p, const glm::vec3& n) const {
  if (radians == 0.0f) return n;
  return turnSagittal(n, radians * share(*this, p));
}

SpurTilt planSpurTilt(const LandmarkMap& rest, float targetDeg) {
  SpurTilt t;
  const std::optional<float> length = spurLengthMm(rest), now = spurInclinationDeg(rest);
  if (!length || !now || !rest.count(lm::kSpurAxisEnd)) return t;  // a model without a spur's landmarks
  // The measurement reads the grown tip, or the planned axis end while the spur is short:
  // the tilt is planned on the same line, so the readout lands on the target.
  const bool grown = *length >= 1.0f;
  const glm::vec3& base = rest.at(lm::kSpurBase);
  const glm::vec3 end = grown ? rest.at(lm::kSpurTip) : rest.at(lm::kSpurAxisEnd);
  const glm::vec3 cortex = rest.at(lm::kCalcaneusPosterosuperiorProminence) - rest.at(lm::kCalcaneusPosteriorTangentPoint);
  const glm::vec2 a(end.z - base.z, end.y - base.y), c(cortex.z, cortex.y);
  if (glm::length(a) < 1e-4f || glm::length(c) < 1e-4f) return t;
  // Signed angle from the cortex to the spur: turning further the same way leans it more.
  const float side = (c.x * a.y - c.y * a.x) >= 0.0f ? 1.0f : -1.0f;
  t.pivot = base;
  t.axis = glm::normalize(glm::vec3(0.0f, a.y, a.x));
  t.radians = side * glm::radians(targetDeg - *now);
  const float tipAlong = grown ? glm::dot(rest.at(lm::kSpurTip) - base, t.axis) : 0.0f;
  t.reachMm = std::max(1.0f, 0.5f * tipAlong);
  return t;
}

}  // namespace anatomy
