// A read-only description of one frame: camera matrices and what to draw with which
// look. The app builds it from its state; the renderer only reads it.
#pragma once

#include "render/materials.h"

#include <glm/glm.hpp>

#include <vector>

namespace render {

struct DrawItem {
  int mesh = -1;  // index into the uploaded meshes
  glm::mat4 model{1.0f};
  Material material;
  float opacity = 1.0f;
  // Above 0: after the translucent pass the item is drawn again, blended at this opacity,
  // over what hid it (a growth inside a see-through tendon).
  float revealOpacity = 0.0f;
  bool selected = false;
  bool hovered = false;
};

// How the scene is drawn: shaded surfaces, a radiograph-like projection (brightness adds
// up through each tissue's thickness), or cut by a plane with solid faces where it cuts.
enum class SceneStyle { Shaded, XRay, Section };

struct FrameDesc {
  SceneStyle style = SceneStyle::Shaded;
  // Section: the plane (n, d) in world space; what lies where dot(n, x) + d < 0 is cut away.
  glm::vec4 sectionPlane{0.0f, 0.0f, 0.0f, 1.0f};
  glm::mat4 view{1.0f};
  glm::mat4 projection{1.0f};
  int width = 1, height = 1;  // of this view, in pixels at full quality
  // The part of the bound framebuffer this frame is drawn into, as fractions (x, y from the
  // left/bottom, width, height): a split screen draws two frames into one target.
  glm::vec4 viewportRect{0.0f, 0.0f, 1.0f, 1.0f};
  glm::vec3 backgroundTop{0.20f, 0.23f, 0.29f};
  glm::vec3 backgroundBottom{0.06f, 0.07f, 0.09f};
  float outlineWidthPixels = 3.0f;
  // The view is changing (camera moving, slider dragged): draw the coarse meshes and each
  // translucent surface as one layer, its front. Still frames and screenshots leave it off.
  bool moving = false;
  std::vector<DrawItem> items;
};

}  // namespace render
