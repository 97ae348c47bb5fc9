#include "app/label_anchors.h"

#include "anatomy/see_through.h"
#include "app/scene_builder.h"

#include <algorithm>
#include <optional>

namespace app {

namespace {
constexpr float kOpaqueEnoughToHide = 0.5f;  // as picking: faint skin does not hide what is under it
constexpr float kSurfaceToleranceMm = 1.5f;

const geometry::PickTarget* targetOf(const std::vector<geometry::PickTarget>& targets, int structure) {
  for (const geometry::PickTarget& t : targets)
    if (t.id == structure) return &t;  // the right limb's copy (left copies have larger ids)
  return nullptr;
}

std::optional<glm::vec2> toNdc(const glm::mat4& viewProjection, const glm::vec3& p) {
  const glm::vec4 clip = viewProjection * glm::vec4(p, 1.0f);
  if (clip.w <= 1e-4f) return std::nullopt;
  return glm::vec2(clip) / clip.w;
}

// The vertex nearest the middle of the structure's bounds: on the structure even when the
// middle itself is not (a curved tendon, a ring).
glm::vec3 nearestVertexToCentre(const geometry::PickTarget& t) {
  const glm::vec3 c = t.localBounds.center();
  glm::vec3 best = c;
  float bestD = 1e30f;
  for (const glm::vec3& p : *t.positions) {
    const float d = glm::dot(p - c, p - c);
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return glm::vec3(t.model * glm::vec4(best, 1.0f));
}

// A structure reaching beyond the frame (the talus above a heel close-up) is named where it
// shows: at the vertex on screen nearest to where its middle would be.
std::optional<glm::vec3> onScreenVertex(const geometry::PickTarget& t, const glm::mat4& vp, glm::vec2 centreNdc) {
  const glm::vec2 goal = glm::clamp(centreNdc, glm::vec2(-0.85f), glm::vec2(0.85f));
  const std::size_t n = t.positions->size(), step = std::max<std::size_t>(1, n / 4000);  // a sample is enough
  std::optional<glm::vec3> best;
  float bestD = 1e30f;
  for (std::size_t i = 0; i < n; i += step) {
    const glm::vec3 world = glm::vec3(t.model * glm::vec4((*t.positions)[i], 1.0f));
    const auto ndc = toNdc(vp, world);
    if (!ndc || std::abs(ndc->x) > 0.9f || std::abs(ndc->y) > 0.9f) continue;
    const float d = glm::dot(*ndc - goal, *ndc - goal);
    if (d < bestD) {
      bestD = d;
      best = world;
    }
  }
  return best;
}

// Whether the hit on a structure is the first thing the ray meets (within the tolerance).
bool seenAlong(const AppState& state, const geometry::Ray& ray, const geometry::PickHit& hit,
               const std::vector<geometry::PickTarget>& occluders) {
  const auto front = geometry::pickNearest(ray, occluders);
  return !front || structureFromPickId(state.atlas, front->id) == hit.id ||
         front->distance >= hit.distance - kSurfaceToleranceMm;
}

// A point of the structure's surface that nothing hides, for a label whose middle is hidden:
// the structure's screen footprint is cut into a 4x4 grid, the vertex nearest the camera in
// each cell is tried, middle cells first. nullopt when no candidate shows.
std::optional<glm::vec3> visibleSurfacePoint(const AppState& state, const ViewSlot& v, float aspect,
                                             const geometry::PickTarget& own,
                                             const std::vector<geometry::PickTarget>& occluders) {
  constexpr int kGrid = 4;
  const glm::mat4 vp = v.camera.projection(aspect) * v.camera.view();
  const std::size_t n = own.positions->size(), step = std::max<std::size_t>(1, n / 2000);
  std::vector<std::pair<glm::vec2, float>> projected;  // ndc, depth
  glm::vec2 lo(1e30f), hi(-1e30f);
  for (std::size_t i = 0; i < n; i += step) {
    const glm::vec3 world = glm::vec3(own.model * glm::vec4((*own.positions)[i], 1.0f));
    const glm::vec4 clip = vp * glm::vec4(world, 1.0f);
    if (clip.w <= 1e-4f) continue;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    if (std::abs(ndc.x) > 0.95f || std::abs(ndc.y) > 0.95f) continue;
    projected.push_back({ndc, clip.w});
    lo = glm::min(lo, ndc);
    hi = glm::max(hi, ndc);
  }
  if (projected.empty()) return std::nullopt;
  std::vector<int> best(kGrid * kGrid, -1);
  const glm::vec2 span = glm::max(hi - lo, glm::vec2(1e-6f));
  for (std::size_t i = 0; i < projected.size(); ++i) {
    const glm::ivec2 cell = glm::clamp(glm::ivec2((projected[i].first - lo) / span * float(kGrid)), 0, kGrid - 1);
    int& b = best[static_cast<std::size_t>(cell.y * kGrid + cell.x)];
    if (b < 0 || projected[i].second < projected[static_cast<std::size_t>(b)].second) b = static_cast<int>(i);
  }
  const glm::vec2 middle = 0.5f * (lo + hi);
  std::vector<int> order;
  for (int b : best)
    if (b >= 0) order.push_back(b);
  std::sort(order.begin(), order.end(), [&](int x, int y) {
    return glm::distance(projected[static_cast<std::size_t>(x)].first, middle) <
           glm::distance(projected[static_cast<std::size_t>(y)].first, middle);
  });
  for (int i : order) {
    const geometry::Ray ray = geometry::rayThroughPixel(v.camera, aspect, projected[static_cast<std::size_t>(i)].first);
    const std::optional<geometry::PickHit> hit = geometry::pickNearest(ray, {own});
    if (hit && seenAlong(state, ray, *hit, occluders)) return hit->point;
  }
  return std::nullopt;
}

std::optional<LabelAnchor> anchorFor(const AppState& state, const ViewSlot& v, float aspect, int structure,
                                     const std::vector<geometry::PickTarget>& all,
                                     const std::vector<geometry::PickTarget>& occluders) {
  const geometry::PickTarget* own = targetOf(all, structure);
  if (!own || !own->positions || own->positions->empty()) return std::nullopt;
  // A growth no condition grows (calcific deposits at rest) is a point: nothing to name.
  if (glm::length(own->localBounds.size()) < 0.5f) return std::nullopt;
  const glm::mat4 vp = v.camera.projection(aspect) * v.camera.view();
  // First try straight at the middle of the structure; else at its most central vertex.
  const glm::vec3 centre = glm::vec3(own->model * glm::vec4(own->localBounds.center(), 1.0f));
  std::optional<geometry::PickHit> hit;
  geometry::Ray ray;
  const auto centreNdc = toNdc(vp, centre);
  const bool onScreen = centreNdc && std::abs(centreNdc->x) < 0.95f && std::abs(centreNdc->y) < 0.95f;
  if (onScreen) {
    ray = geometry::rayThroughPixel(v.camera, aspect, *centreNdc);
    hit = geometry::pickNearest(ray, {*own});
  }
  if (!hit) {
    const std::optional<glm::vec3> shown = onScreen || !centreNdc ? std::nullopt : onScreenVertex(*own, vp, *centreNdc);
    const glm::vec3 vertex = shown ? *shown : nearestVertexToCentre(*own);
    const auto ndc = toNdc(vp, vertex);
    if (!ndc) return std::nullopt;
    ray = geometry::rayThroughPixel(v.camera, aspect, *ndc);
    hit = geometry::PickHit{structure, glm::dot(vertex - ray.origin, ray.direction), vertex};
  }
  LabelAnchor a;
  a.structure = structure;
  a.text = state.atlas.structures[static_cast<std::size_t>(structure)].name;
  a.point = hit->point;
  a.visible = seenAlong(state, ray, *hit, occluders);
  if (!a.visible) {
    // The middle is behind something (a spur at the edge of the calcaneus): name it where it shows.
    if (const std::optional<glm::vec3> shown = visibleSurfacePoint(state, v, aspect, *own, occluders)) {
      a.point = *shown;
      a.visible = true;
    }
  }
  return a;
}
}  // namespace

std::vector<int> labelledStructures(const AppState& state) {
  const anatomy::ViewState& d = state.display;
  const int count = static_cast<int>(state.atlas.structures.size());
  std::vector<int> out;
  switch (state.ui.labelMode) {
    case ui::LabelMode::Lesson: out = d.labelled; break;
    case ui::LabelMode::Selected: out = anatomy::selection(d); break;
    case ui::LabelMode::Off: break;
    case ui::LabelMode::All:
      for (int i = 0; i < count; ++i)
        if (anatomy::isShown(d, i)) out.push_back(i);
      // Larger structures first: when the screen fills up, the small ones give way.
      std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return state.atlas.structures[static_cast<std::size_t>(a)].mesh.bounds().radius() >
               state.atlas.structures[static_cast<std::size_t>(b)].mesh.bounds().radius();
      });
      break;
  }
  out.erase(std::remove_if(out.begin(), out.end(), [&](int i) { return i < 0 || i >= count || !anatomy::isShown(d, i); }),
            out.end());
  if (state.ui.labelMode == ui::LabelMode::All && d.selected >= 0) {  // the selection leads
    const auto at = std::find(out.begin(), out.end(), d.selected);
    if (at != out.end()) std::rotate(out.begin(), at, at + 1);
  }
  return out;
}

std::vector<LabelAnchor> labelAnchors(const AppState& state, int viewIndex, float aspect) {
  std::vector<LabelAnchor> out;
  if (viewIndex < 0 || viewIndex >= static_cast<int>(state.views.size())) return out;
  const std::vector<int> wanted = labelledStructures(state);
  if (wanted.empty()) return out;
  const ViewSlot& v = state.views[static_cast<std::size_t>(viewIndex)];
  SceneOptions scene = sceneOptionsFor(v, viewIndex, state.atlas);
  const std::vector<geometry::PickTarget> all = pickTargets(state.atlas, state.display, scene, 0.0f);
  // What is drawn see-through (the tendon around a growth) hides nothing, as for clicks.
  const std::vector<float> caps = anatomy::seeThroughOpacities(state.atlas);
  std::vector<bool> seeThrough(caps.size());
  for (std::size_t i = 0; i < caps.size(); ++i) seeThrough[i] = caps[i] < kOpaqueEnoughToHide;
  scene.skip = &seeThrough;
  const std::vector<geometry::PickTarget> occluders = pickTargets(state.atlas, state.display, scene, kOpaqueEnoughToHide);
  const bool dropHidden = state.ui.labelMode == ui::LabelMode::All;
  for (int s : wanted)
    if (auto a = anchorFor(state, v, aspect, s, all, occluders); a && (a->visible || !dropHidden)) out.push_back(*a);
  return out;
}

}  // namespace app
