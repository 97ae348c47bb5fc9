#include "geometry/camera.h"

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace geometry {

namespace {
struct ViewInfo {
  StandardView view;
  const char* id;
  const char* label;
  float yawDeg, pitchDeg;
};
// Right limb: lateral is -X, so the lateral view's eye sits on -X with the toes to the right.
constexpr ViewInfo kViews[] = {
    {StandardView::Lateral, "lateral", "Lateral", -90.0f, 0.0f},
    {StandardView::Medial, "medial", "Medial", 90.0f, 0.0f},
    {StandardView::Posterior, "posterior", "Posterior", 180.0f, 0.0f},
    {StandardView::Anterior, "anterior", "Anterior", 0.0f, 0.0f},
    {StandardView::Plantar, "plantar", "Plantar", 0.0f, -90.0f},
    {StandardView::Superior, "superior", "Superior", 180.0f, 90.0f},
    {StandardView::WholeLeg, "whole-leg", "Whole leg", 0.0f, 0.0f},
    {StandardView::HeelLateral, "heel-lateral", "Heel, side", -90.0f, 0.0f},
    {StandardView::HeelPosterior, "heel-posterior", "Heel, back", 180.0f, 0.0f},
    // From behind and outside, a little above: where a "pump bump" shows.
    {StandardView::HeelPosterolateral, "heel-posterolateral", "Heel, back-outside", -140.0f, 12.0f},
};
constexpr float kHalfPi = glm::half_pi<float>();

// The heel close-ups' bounds already hold a little room around the heel: fill the frame.
float viewMargin(StandardView v) { return isHeelView(v) ? 1.0f : 1.1f; }

const ViewInfo& info(StandardView v) {
  for (const auto& i : kViews)
    if (i.view == v) return i;
  return kViews[0];
}
}  // namespace

bool isHeelView(StandardView v) {
  return v == StandardView::HeelLateral || v == StandardView::HeelPosterior || v == StandardView::HeelPosterolateral;
}

bool isRadiographView(StandardView v) { return v == StandardView::Lateral || v == StandardView::HeelLateral; }

const char* viewId(StandardView v) { return info(v).id; }
const char* viewLabel(StandardView v) { return info(v).label; }

std::optional<StandardView> parseView(std::string_view id) {
  for (const auto& i : kViews)
    if (id == i.id) return i.view;
  if (id == "wholeleg" || id == "whole_leg" || id == "leg") return StandardView::WholeLeg;
  return std::nullopt;
}

CameraBasis OrbitCamera::basis() const {
  const float cp = std::cos(pitch), sp = std::sin(pitch), cy = std::cos(yaw), sy = std::sin(yaw);
  CameraBasis b;
  b.forward = -glm::vec3(cp * sy, sp, cp * cy);
  b.right = glm::vec3(cy, 0.0f, -sy);
  b.up = glm::cross(b.right, b.forward);
  return b;
}

glm::vec3 OrbitCamera::eye() const { return target - basis().forward * distance; }

glm::mat4 OrbitCamera::view() const {
  const CameraBasis b = basis();
  const glm::vec3 e = eye();
  glm::mat4 m(1.0f);
  m[0][0] = b.right.x;
  m[1][0] = b.right.y;
  m[2][0] = b.right.z;
  m[0][1] = b.up.x;
  m[1][1] = b.up.y;
  m[2][1] = b.up.z;
  m[0][2] = -b.forward.x;
  m[1][2] = -b.forward.y;
  m[2][2] = -b.forward.z;
  m[3][0] = -glm::dot(b.right, e);
  m[3][1] = -glm::dot(b.up, e);
  m[3][2] = glm::dot(b.forward, e);
  return m;
}

glm::mat4 OrbitCamera::projection(float aspect) const {
  const float reach = std::max(sceneRadius, 1.0f) * 2.0f;
  float nearPlane = std::max({distance - reach, distance * 0.01f, 0.5f});
  const float clipDepth = (eye().y - clipAboveY) / std::max(std::sin(pitch), 1e-3f);
  if (clipAbove && pitch > glm::radians(80.0f) && clipDepth < distance) nearPlane = std::max(nearPlane, clipDepth);
  const float farPlane = distance + reach;
  const glm::mat4 shift = glm::translate(glm::mat4(1.0f), glm::vec3(lensShift, 0.0f));
  if (orthographic) {
    const float halfH = distance * std::tan(fovY * 0.5f), halfW = halfH * std::max(aspect, 1e-3f);
    return shift * glm::ortho(-halfW, halfW, -halfH, halfH, nearPlane, farPlane);
  }
  return shift * glm::perspective(fovY, std::max(aspect, 1e-3f), nearPlane, farPlane);
}

void OrbitCamera::orbit(float deltaYaw, float deltaPitch) {
  if (deltaYaw != 0.0f || deltaPitch != 0.0f) orthographic = false;  // a film is only true straight on
  yaw = std::remainder(yaw + deltaYaw, glm::two_pi<float>());
  pitch = std::clamp(pitch + deltaPitch, -kHalfPi, kHalfPi);
}

void OrbitCamera::pan(float dx, float dy, float viewportHeight) {
  const float worldPerPixel = 2.0f * distance * std::tan(fovY * 0.5f) / std::max(viewportHeight, 1.0f);
  const CameraBasis b = basis();
  target += (-dx * b.right + dy * b.up) * worldPerPixel;
}

void OrbitCamera::zoom(float factor) {
  if (factor <= 0.0f) return;
  distance = std::clamp(distance / factor, 1.0f, std::max(sceneRadius, 1.0f) * 50.0f);
}

void viewAngles(StandardView v, float& yaw, float& pitch) {
  yaw = glm::radians(info(v).yawDeg);
  pitch = glm::radians(info(v).pitchDeg);
}

OrbitCamera frameBounds(const Bounds& bounds, float yaw, float pitch, float aspect, float margin, bool orthographic) {
  OrbitCamera cam;
  cam.orthographic = orthographic;
  cam.yaw = yaw;
  cam.pitch = pitch;
  if (!bounds.valid()) return cam;
  cam.sceneRadius = std::max(bounds.radius(), 1.0f);
  const CameraBasis b = cam.basis();
  const glm::vec3 c = bounds.center();
  // Extents of the box as seen in the view plane, so the model fills the screen.
  float halfW = 0.0f, halfH = 0.0f, halfD = 0.0f;
  for (int i = 0; i < 8; ++i) {
    const glm::vec3 p((i & 1) ? bounds.max.x : bounds.min.x, (i & 2) ? bounds.max.y : bounds.min.y,
                      (i & 4) ? bounds.max.z : bounds.min.z);
    const glm::vec3 d = p - c;
    halfW = std::max(halfW, std::abs(glm::dot(d, b.right)));
    halfH = std::max(halfH, std::abs(glm::dot(d, b.up)));
    halfD = std::max(halfD, std::abs(glm::dot(d, b.forward)));
  }
  const float tanY = std::tan(cam.fovY * 0.5f);
  const float tanX = tanY * std::max(aspect, 1e-3f);
  const float fit = std::max(halfH / tanY, halfW / tanX) * margin;
  cam.target = c;
  // Perspective: the near face of the box is closer, so the eye steps back by its depth.
  // Parallel rays need no such room (the eye only has to stay in front of the box).
  cam.distance = std::max(orthographic ? std::max(fit, halfD + 1.0f) : fit + halfD, 1.0f);
  return cam;
}

OrbitCamera cameraForView(StandardView v, const Bounds& bounds, float aspect) {
  float yaw = 0.0f, pitch = 0.0f;
  viewAngles(v, yaw, pitch);
  return frameBounds(bounds, yaw, pitch, aspect, viewMargin(v), isRadiographView(v));
}

OrbitCamera frameBoundsInArea(const Bounds& bounds, float yaw, float pitch, float aspect, const FreeArea& area,
                              float margin, bool orthographic) {
  const float w = std::clamp(area.x1 - area.x0, 0.1f, 1.0f);
  const float h = std::clamp(area.y1 - area.y0, 0.1f, 1.0f);
  // Fit to the free area's shape, then scale up so that area (not the window) is filled.
  OrbitCamera cam = frameBounds(bounds, yaw, pitch, aspect * w / h, margin, orthographic);
  // Scaling the whole distance (depth offset included) errs on the side of a margin.
  OrbitCamera full = cam;
  full.distance = std::max(cam.distance / h, 1.0f);
  full.lensShift = glm::vec2(area.x0 + area.x1 - 1.0f, area.y0 + area.y1 - 1.0f);
  return full;
}

OrbitCamera cameraForView(StandardView v, const Bounds& bounds, float aspect, const FreeArea& area) {
  float yaw = 0.0f, pitch = 0.0f;
  viewAngles(v, yaw, pitch);
  return frameBoundsInArea(bounds, yaw, pitch, aspect, area, viewMargin(v), isRadiographView(v));
}

OrbitCamera framePointsInArea(const std::vector<glm::vec3>& points, float yaw, float pitch, float aspect,
                              const FreeArea& area, float margin, bool orthographic) {
  OrbitCamera cam;
  cam.orthographic = orthographic;
  cam.yaw = yaw;
  cam.pitch = pitch;
  if (points.empty()) return cam;
  const CameraBasis b = cam.basis();
  glm::vec3 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
  Bounds box;
  for (const glm::vec3& p : points) {
    const glm::vec3 v(glm::dot(p, b.right), glm::dot(p, b.up), glm::dot(p, b.forward));
    lo = glm::min(lo, v);
    hi = glm::max(hi, v);
    box.extend(p);
  }
  const glm::vec3 mid = 0.5f * (lo + hi);
  cam.target = mid.x * b.right + mid.y * b.up + mid.z * b.forward;
  cam.sceneRadius = std::max(box.radius(), 1.0f);
  const float w = std::clamp(area.x1 - area.x0, 0.1f, 1.0f);
  const float h = std::clamp(area.y1 - area.y0, 0.1f, 1.0f);
  // The free area is a smaller window with the same eye: its half-angles are these.
  const float tanY = std::tan(cam.fovY * 0.5f) * h;
  const float tanX = std::tan(cam.fovY * 0.5f) * std::max(aspect, 1e-3f) * w;
  const float nearest = mid.z - lo.z;  // how far the nearest point stands in front of the target
  float distance = nearest + 1.0f;
  if (orthographic) {
    const glm::vec3 half = 0.5f * (hi - lo) * margin;
    distance = std::max({distance, half.y / tanY, half.x / tanX});
  } else {
    for (const glm::vec3& p : points) {
      const glm::vec3 v(glm::dot(p - cam.target, b.right), glm::dot(p - cam.target, b.up),
                        glm::dot(p - cam.target, b.forward));
      // A point at depth distance + v.z from the eye must stay inside the half-angles.
      distance = std::max({distance, std::abs(v.y) * margin / tanY - v.z, std::abs(v.x) * margin / tanX - v.z});
    }
  }
  cam.distance = std::max(distance, 1.0f);
  cam.lensShift = glm::vec2(area.x0 + area.x1 - 1.0f, area.y0 + area.y1 - 1.0f);
  return cam;
}

float easeInOut(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

OrbitCamera interpolate(const OrbitCamera& a, const OrbitCamera& b, float t) {
  OrbitCamera out = b;
  const float dyaw = std::remainder(b.yaw - a.yaw, glm::two_pi<float>());
  out.yaw = std::remainder(a.yaw + dyaw * t, glm::two_pi<float>());
  out.pitch = a.pitch + (b.pitch - a.pitch) * t;
  out.target = a.target + (b.target - a.target) * t;
  out.distance = a.distance * std::pow(b.distance / a.distance, t);
  out.sceneRadius = a.sceneRadius + (b.sceneRadius - a.sceneRadius) * t;
  out.fovY = a.fovY + (b.fovY - a.fovY) * t;
  out.lensShift = a.lensShift + (b.lensShift - a.lensShift) * t;
  out.orthographic = t < 0.5f ? a.orthographic : b.orthographic;  // a projection cannot blend
  return out;
}

void CameraAnimator::start(const OrbitCamera& from, const OrbitCamera& to, float seconds) {
  from_ = from;
  to_ = to;
  duration_ = std::max(seconds, 1e-3f);
  elapsed_ = 0.0f;
  active_ = true;
}

bool CameraAnimator::update(float dt, OrbitCamera& camera) {
  if (!active_) return false;
  elapsed_ += dt;
  const float t = elapsed_ / duration_;
  camera = interpolate(from_, to_, easeInOut(t));
  if (t >= 1.0f) {
    camera = to_;
    active_ = false;
  }
  return active_;
}

}  // namespace geometry
