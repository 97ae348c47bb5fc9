#include "app/scene_builder.h"

#include "anatomy/heel_region.h"
#include "anatomy/see_through.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>

namespace app {

namespace {
// Close views of the built-in model frame everything below this height (foot, ankle,
// lower Achilles).
constexpr float kFootRegionTopMm = 150.0f;

bool isFaintCategory(anatomy::Category c) { return c == anatomy::Category::Skin; }

// Looking down with the leg cut away above the ankle, a structure the cut passes through
// would show as an open shell (its inside through the hole): it is left out instead.
bool cutOpenByCamera(const geometry::OrbitCamera& camera, const geometry::Mesh& mesh) {
  if (!camera.clipAbove || camera.pitch <= glm::radians(80.0f) || mesh.positions.empty()) return false;
  const geometry::Bounds b = mesh.bounds();
  return b.min.y < camera.clipAboveY && b.max.y > camera.clipAboveY;
}

glm::mat4 modelMatrix(const SceneOptions& options, int limb, int structure) {
  const bool left = (limb == 1) != options.mirrored;
  const glm::mat4 limbMatrix = left ? leftLimbTransform() : glm::mat4(1.0f);
  return options.posed ? limbMatrix * options.posed->transform(structure) : limbMatrix;
}
}  // namespace

glm::mat4 leftLimbTransform() { return glm::scale(glm::mat4(1.0f), glm::vec3(-1.0f, 1.0f, 1.0f)); }

SceneOptions sceneOptionsFor(const ViewSlot& view, int viewIndex, const anatomy::Atlas& atlas) {
  SceneOptions options;
  options.bothLimbs = view.bothLimbs;
  options.mirrored = view.mirrored;
  if (view.posed && view.posed->canPose()) {
    options.posed = view.posed.get();
    options.posedBounds = &view.posedBounds;
  }
  options.meshOffset = viewIndex * static_cast<int>(atlas.structures.size());
  return options;
}

render::FrameDesc buildFrame(const anatomy::Atlas& atlas, const anatomy::ViewState& view,
                             const geometry::OrbitCamera& camera, int width, int height, const SceneOptions& options) {
  render::FrameDesc frame;
  frame.width = width;
  frame.height = height;
  frame.view = camera.view();
  frame.projection = camera.projection(static_cast<float>(width) / static_cast<float>(std::max(height, 1)));
  frame.outlineWidthPixels = std::max(2.0f, static_cast<float>(height) / 360.0f);
  const int limbs = options.bothLimbs ? 2 : 1;
  std::vector<float> caps(atlas.structures.size(), 1.0f), reveal(atlas.structures.size(), 0.0f);
  if (options.posed) caps = anatomy::seeThroughOpacities(atlas), reveal = anatomy::revealOpacities(atlas);
  for (int limb = 0; limb < limbs; ++limb) {
    for (std::size_t i = 0; i < atlas.structures.size(); ++i) {
      if (!anatomy::isShown(view, static_cast<int>(i))) continue;
      if (cutOpenByCamera(camera, atlas.structures[i].mesh)) continue;
      render::DrawItem item;
      item.mesh = options.meshOffset + static_cast<int>(i);
      item.model = modelMatrix(options, limb, static_cast<int>(i));
      item.material = render::materialFor(anatomy::tissueClassOf(atlas, i));
      item.opacity = std::min(view.display[i].opacity, caps[i]);
      if (item.opacity >= 0.999f) item.revealOpacity = reveal[i];
      item.selected = anatomy::isOutlined(view, static_cast<int>(i));
      item.hovered = !item.selected && view.hovered == static_cast<int>(i);
      frame.items.push_back(item);
    }
  }
  return frame;
}

std::vector<geometry::PickTarget> pickTargets(const anatomy::Atlas& atlas, const anatomy::ViewState& view,
                                              const SceneOptions& options, float minOpacity) {
  std::vector<geometry::PickTarget> targets;
  const int count = static_cast<int>(atlas.structures.size());
  const int limbs = options.bothLimbs ? 2 : 1;
  for (int limb = 0; limb < limbs; ++limb) {
    for (int i = 0; i < count; ++i) {
      if (!anatomy::isShown(view, i) || view.display[static_cast<std::size_t>(i)].opacity < minOpacity) continue;
      if (options.skip && (*options.skip)[static_cast<std::size_t>(i)]) continue;
      const anatomy::Structure& s = atlas.structures[static_cast<std::size_t>(i)];
      if (minOpacity > 0.0f && isFaintCategory(s.category)) continue;
      geometry::PickTarget t;
      t.id = i + limb * count;
      const bool posed = options.posed && options.posedBounds;
      t.positions = posed ? &options.posed->positions(i) : &s.mesh.positions;
      t.indices = &s.mesh.indices;
      t.localBounds = posed ? (*options.posedBounds)[static_cast<std::size_t>(i)] : s.mesh.bounds();
      t.model = modelMatrix(options, limb, i);
      targets.push_back(t);
    }
  }
  return targets;
}

int structureFromPickId(const anatomy::Atlas& atlas, int pickId) {
  const int count = static_cast<int>(atlas.structures.size());
  return count == 0 || pickId < 0 ? -1 : pickId % count;
}

geometry::Bounds framingBounds(const anatomy::Atlas& atlas, const anatomy::ViewState& view,
                               geometry::StandardView v) {
  geometry::Bounds all, foot;
  for (std::size_t i = 0; i < atlas.structures.size(); ++i) {
    const anatomy::Structure& s = atlas.structures[i];
    const bool shown = anatomy::isShown(view, static_cast<int>(i));
    for (const glm::vec3& p : s.mesh.positions) {
      all.extend(p);
      if (shown && p.y <= kFootRegionTopMm && s.category != anatomy::Category::Skin) foot.extend(p);
    }
  }
  if (!atlas.builtIn) return all;
  if (geometry::isHeelView(v)) {
    const geometry::Bounds heel = anatomy::heelRegionBounds(atlas);
    if (heel.valid()) return heel;
  }
  if (v == geometry::StandardView::WholeLeg) {
    all.extend(glm::vec3(-all.max.x, all.min.y, all.min.z));
    all.extend(glm::vec3(-all.min.x, all.max.y, all.max.z));
    return all;
  }
  return foot.valid() ? foot : all;
}

}  // namespace app

