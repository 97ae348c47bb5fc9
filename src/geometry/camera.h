// Orbit camera maths: a target point, a distance and a yaw/pitch direction, with the
// seven standard anatomical views, framing of a bounding box and smooth transitions.
// yaw 0 puts the eye on +Z (anterior) looking back; yaw +90 deg puts it on +X (medial
// side of the right limb); pitch +90 deg looks straight down.
#pragma once

#include "geometry/bounds.h"

#include <glm/glm.hpp>

#include <optional>
#include <vector>
#include <string_view>

namespace geometry {

// The heel views are close-ups of the back of the heel (the posterior calcaneus and the
// distal Achilles), from the side, from behind and from behind and outside.
enum class StandardView {
  Lateral,
  Medial,
  Posterior,
  Anterior,
  Plantar,
  Superior,
  WholeLeg,
  HeelLateral,
  HeelPosterior,
  HeelPosterolateral
};
inline constexpr StandardView kAllViews[] = {StandardView::Lateral,     StandardView::Medial,
                                             StandardView::Posterior,   StandardView::Anterior,
                                             StandardView::Plantar,     StandardView::Superior,
                                             StandardView::WholeLeg,    StandardView::HeelLateral,
                                             StandardView::HeelPosterior, StandardView::HeelPosterolateral};
bool isHeelView(StandardView v);
// Views drawn with a parallel (orthographic) projection: the lateral views look straight
// along the model's X axis like a lateral radiograph, so angles on screen are true.
bool isRadiographView(StandardView v);

const char* viewId(StandardView v);     // "lateral", ..., "whole-leg"
const char* viewLabel(StandardView v);  // "Lateral", ..., "Whole leg"
std::optional<StandardView> parseView(std::string_view id);

struct CameraBasis {
  glm::vec3 forward, right, up;
};

struct OrbitCamera {
  glm::vec3 target{0.0f};
  float distance = 500.0f;
  float yaw = 0.0f;    // radians
  float pitch = 0.0f;  // radians, clamped to [-pi/2, pi/2]
  float fovY = glm::radians(30.0f);
  float sceneRadius = 300.0f;  // keeps near/far planes sensible
  // Shifts the image centre (in normalised device units) so the model can sit in the
  // part of the window that panels leave free.
  glm::vec2 lensShift{0.0f};
  // When looking (nearly) straight down, nothing above this height is drawn: the
  // superior view of a whole limb shows the foot, not the cut end of the thigh.
  bool clipAbove = false;
  float clipAboveY = 0.0f;
  // Parallel projection showing the same height as the perspective one at the target
  // (distance * tan(fovY / 2) above and below it).
  bool orthographic = false;

  CameraBasis basis() const;
  glm::vec3 eye() const;
  glm::mat4 view() const;
  glm::mat4 projection(float aspect) const;

  void orbit(float deltaYaw, float deltaPitch);
  // Moves the target by a drag of (dx, dy) pixels in a viewport viewportHeight pixels tall.
  void pan(float dx, float dy, float viewportHeight);
  // factor > 1 moves closer.
  void zoom(float factor);
};

// Direction (yaw, pitch) of a standard view.
void viewAngles(StandardView v, float& yaw, float& pitch);
// A camera looking from (yaw, pitch) that fits bounds in the viewport with a margin.
// An orthographic camera needs no room for perspective: the box fills the frame as asked.
OrbitCamera frameBounds(const Bounds& bounds, float yaw, float pitch, float aspect, float margin = 1.1f,
                        bool orthographic = false);
OrbitCamera cameraForView(StandardView v, const Bounds& bounds, float aspect);

// The part of the viewport left free by panels, as fractions of its width and height
// from the left/bottom edge; {0,0,1,1} is the whole viewport.
struct FreeArea {
  float x0 = 0.0f, y0 = 0.0f, x1 = 1.0f, y1 = 1.0f;
};
// Frames into the free area: fits the box to that area and shifts the lens to its centre.
OrbitCamera cameraForView(StandardView v, const Bounds& bounds, float aspect, const FreeArea& area);
OrbitCamera frameBoundsInArea(const Bounds& bounds, float yaw, float pitch, float aspect, const FreeArea& area,
                              float margin = 1.1f, bool orthographic = false);

// Frames a cloud of points into the free area as tightly as the view allows: their extent
// along the view's own axes (not a box's corners, which leave wide slack in an oblique
// view), centred, with the eye exactly far enough back that every point lies inside the
// area with the margin. For close-ups, where a box would leave the subject small.
OrbitCamera framePointsInArea(const std::vector<glm::vec3>& points, float yaw, float pitch, float aspect,
                              const FreeArea& area, float margin = 1.1f, bool orthographic = false);

// Blend of two cameras at t in [0,1]: yaw takes the short way round, distance blends
// geometrically so zooming feels even.
OrbitCamera interpolate(const OrbitCamera& a, const OrbitCamera& b, float t);
float easeInOut(float t);

// Animates the camera toward a goal over a fixed duration.
class CameraAnimator {
 public:
  void start(const OrbitCamera& from, const OrbitCamera& to, float seconds = 0.6f);
  // Advances by dt seconds and writes the current camera; returns true while moving.
  bool update(float dt, OrbitCamera& camera);
  bool active() const { return active_; }
  void cancel() { active_ = false; }

 private:
  OrbitCamera from_, to_;
  float duration_ = 0.6f, elapsed_ = 0.0f;
  bool active_ = false;
};

}  // namespace geometry
