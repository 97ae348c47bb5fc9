#include "render/scene_renderer.h"

#include <epoxy/gl.h>

#include "geometry/decimate.h"

#include <glm/gtc/matrix_inverse.hpp>

#include <algorithm>

namespace render {

namespace {
// Coarse meshes keep about a quarter of the triangles: moving frames on a software
// renderer then cost about a quarter of the vertex work, and the surface still reads.
constexpr float kCoarseRatio = 0.25f;
// Triangles reduced per frame at most (the simplifier takes 0.5-1.6 us a triangle, lightly
// to heavily loaded: 8-25 ms), so the first drag does not stall while the coarse meshes are
// made; until then the full ones are drawn. A larger mesh (the skin) still goes in one frame.
constexpr std::size_t kCoarseTrianglesPerFrame = 15000;
}  // namespace

SceneRenderer::~SceneRenderer() {
  if (emptyVao_) glDeleteVertexArrays(1, &emptyVao_);
}

bool SceneRenderer::init(std::string& error) {
  if (!meshProgram_.build("mesh.vert", "mesh.frag", error)) return false;
  if (!outlineProgram_.build("outline.vert", "outline.frag", error)) return false;
  if (!backgroundProgram_.build("background.vert", "background.frag", error)) return false;
  if (!xray_.init(error) || !section_.init(error)) return false;
  glGenVertexArrays(1, &emptyVao_);
  return true;
}

void SceneRenderer::setMeshes(const std::vector<const geometry::Mesh*>& meshes) {
  meshes_.clear();
  centers_.clear();
  sources_ = meshes;
  coarseTried_.assign(meshes.size(), false);
  meshes_.resize(meshes.size());
  for (std::size_t i = 0; i < meshes.size(); ++i) {
    meshes_[i].upload(*meshes[i]);
    centers_.push_back(meshes[i]->bounds().center());
  }
}

void SceneRenderer::updateMeshVertices(int mesh, const std::vector<glm::vec3>& positions,
                                       const std::vector<glm::vec3>& normals) {
  if (mesh >= 0 && mesh < static_cast<int>(meshes_.size()))
    meshes_[static_cast<std::size_t>(mesh)].updateVertices(positions, normals);
}

void SceneRenderer::drawBackground(const FrameDesc& frame) {
  glDisable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);
  backgroundProgram_.use();
  backgroundProgram_.set("uTop", frame.backgroundTop);
  backgroundProgram_.set("uBottom", frame.backgroundBottom);
  glBindVertexArray(emptyVao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glDepthMask(GL_TRUE);
}

void SceneRenderer::drawItem(const FrameDesc& frame, const DrawItem& item) {
  const glm::mat4 modelView = frame.view * item.model;
  meshProgram_.set("uModelView", modelView);
  meshProgram_.set("uNormalMatrix", glm::inverseTranspose(glm::mat3(modelView)));
  meshProgram_.set("uBaseColor", item.material.baseColor);
  meshProgram_.set("uOpacity", item.opacity);
  meshProgram_.set("uSpecular", item.material.specular);
  meshProgram_.set("uShininess", item.material.shininess);
  meshProgram_.set("uWrap", item.material.wrap);
  meshProgram_.set("uRim", item.material.rim);
  const bool highlighted = item.selected || item.hovered;
  meshProgram_.set("uHighlightColor", item.selected ? kSelectColor : kHoverColor);
  meshProgram_.set("uHighlight", item.selected ? 0.22f : (highlighted ? 0.15f : 0.0f));
  // A mirrored model (left limb) flips the winding of its triangles.
  glFrontFace(glm::determinant(glm::mat3(item.model)) < 0.0f ? GL_CW : GL_CCW);
  meshes_[static_cast<std::size_t>(item.mesh)].drawVisible(frame.projection * modelView, detail_);
}

bool SceneRenderer::coarsePrepared() const {
  for (std::size_t i = 0; i < coarseTried_.size(); ++i)
    if (!coarseTried_[i] && sources_[i]) return false;
  return true;
}

void SceneRenderer::prepareCoarse(const FrameDesc& frame) {
  if (coarsePrepared()) return;
  // What is on screen first, then every other mesh, so memory settles within a few moving
  // frames instead of growing whenever a hidden structure is first shown.
  std::vector<std::size_t> order;
  for (const DrawItem& item : frame.items)
    if (item.mesh >= 0 && item.mesh < static_cast<int>(meshes_.size())) order.push_back(static_cast<std::size_t>(item.mesh));
  for (std::size_t i = 0; i < meshes_.size(); ++i) order.push_back(i);
  std::size_t budget = kCoarseTrianglesPerFrame;
  for (std::size_t i : order) {
    if (coarseTried_[i] || !sources_[i]) continue;
    const std::size_t triangles = sources_[i]->triangleCount();
    if (triangles > budget && budget < kCoarseTrianglesPerFrame) break;  // next frame; always one
    coarseTried_[i] = true;
    budget -= std::min(budget, triangles);
    const geometry::ReducedMesh reduced = geometry::reduceMesh(*sources_[i], kCoarseRatio);
    if (reduced.reduced) meshes_[i].setCoarse(reduced.indices);
  }
}

std::vector<const DrawItem*> SceneRenderer::sortedTranslucent(const FrameDesc& frame) const {
  std::vector<std::pair<float, const DrawItem*>> keyed;
  for (const DrawItem& item : frame.items) {
    if (item.opacity >= 0.999f || item.mesh < 0 || item.mesh >= static_cast<int>(meshes_.size())) continue;
    const glm::vec3 c = centers_[static_cast<std::size_t>(item.mesh)];
    const float depth = (frame.view * item.model * glm::vec4(c, 1.0f)).z;  // more negative = farther
    keyed.emplace_back(depth, &item);
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const DrawItem*> out;
  for (const auto& k : keyed) out.push_back(k.second);
  return out;
}

void SceneRenderer::draw(const FrameDesc& frame) {
  if (frame.moving) prepareCoarse(frame);
  detail_ = frame.moving ? GpuMesh::Detail::Coarse : GpuMesh::Detail::Full;
  timer_.start();
  // The viewport is the bound target's (RenderTarget::bindScene), which may be smaller
  // than frame.width x frame.height while the view moves; a view of a split screen takes
  // its part of it, and clears only that.
  GLint target[4] = {0, 0, 1, 1};
  glGetIntegerv(GL_VIEWPORT, target);
  const glm::vec4& r = frame.viewportRect;
  PixelRect view;
  view.x = target[0] + static_cast<int>(r.x * static_cast<float>(target[2]));
  view.y = target[1] + static_cast<int>(r.y * static_cast<float>(target[3]));
  view.width = std::max(1, static_cast<int>(r.z * static_cast<float>(target[2])));
  view.height = std::max(1, static_cast<int>(r.w * static_cast<float>(target[3])));
  glViewport(view.x, view.y, view.width, view.height);
  glEnable(GL_SCISSOR_TEST);
  glScissor(view.x, view.y, view.width, view.height);
  glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  glClearStencil(0);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
  if (frame.style == SceneStyle::XRay) {
    xray_.draw(frame, meshes_, detail_, view);
    timer_.mark("xray");
  } else {
    drawBackground(frame);
    timer_.mark("background");
    if (frame.style == SceneStyle::Section)
      drawSection(frame);
    else
      drawShaded(frame);
  }
  drawOutlines(frame);
  timer_.mark("outlines");
  timer_.finish("scene");
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glBindVertexArray(0);
  glDisable(GL_SCISSOR_TEST);
  glViewport(target[0], target[1], target[2], target[3]);
}

void SceneRenderer::beginOpaque(const FrameDesc& frame) {
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LEQUAL);
  glEnable(GL_CULL_FACE);
  glCullFace(GL_BACK);
  glDisable(GL_BLEND);
  meshProgram_.use();
  meshProgram_.set("uProjection", frame.projection);
}

void SceneRenderer::drawShaded(const FrameDesc& frame) {
  beginOpaque(frame);
  for (const DrawItem& item : frame.items) {
    if (item.opacity < 0.999f || item.mesh < 0 || item.mesh >= static_cast<int>(meshes_.size())) continue;
    drawItem(frame, item);
  }

  timer_.mark("opaque");
  // Translucent: no depth writes; each closed surface back faces first, then front.
  // Moving frames draw the front alone: half the work, and the far wall of a faint
  // surface adds little while the view turns.
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDepthMask(GL_FALSE);
  if (frame.moving) beginOneLayerEach();
  int layerId = 0;
  for (const DrawItem* item : sortedTranslucent(frame)) {
    if (!frame.moving) {
      glCullFace(GL_FRONT);
      drawItem(frame, *item);
    } else {
      nextOneLayerId(layerId);
    }
    glCullFace(GL_BACK);
    drawItem(frame, *item);
  }
  glDisable(GL_STENCIL_TEST);
  glCullFace(GL_BACK);
  // Growths inside a see-through structure: their own depth is already in the buffer
  // (opaque pass), so LEQUAL redraws exactly their visible front over the translucent layers.
  for (const DrawItem& item : frame.items) {
    if (item.revealOpacity <= 0.0f || item.mesh < 0 || item.mesh >= static_cast<int>(meshes_.size())) continue;
    DrawItem again = item;
    again.opacity = item.revealOpacity;
    drawItem(frame, again);
  }
  glDepthMask(GL_TRUE);
  glFrontFace(GL_CCW);
  timer_.mark("translucent");
}

// Everything shown is drawn solid and clipped by the plane: a slice shows each tissue
// whole, faded or not. The caps then close every cut structure.
void SceneRenderer::drawSection(const FrameDesc& frame) {
  beginOpaque(frame);
  meshProgram_.set("uClipPlane", SectionPass::viewPlane(frame));
  glEnable(GL_CLIP_DISTANCE0);
  for (const DrawItem& item : frame.items) {
    if (item.mesh < 0 || item.mesh >= static_cast<int>(meshes_.size())) continue;
    DrawItem solid = item;
    solid.opacity = 1.0f;
    drawItem(frame, solid);
  }
  glFrontFace(GL_CCW);
  timer_.mark("clipped");
  section_.drawCaps(frame, meshes_, detail_, meshProgram_);
  glDisable(GL_CLIP_DISTANCE0);
  meshProgram_.use();
  meshProgram_.set("uClipPlane", glm::vec4(0.0f, 0.0f, 0.0f, 1.0f));
  timer_.mark("caps");
}

// A coarse mesh may keep a few folds and fins, where two triangles of one surface cover
// the same pixels; see-through, each shows as a light speck. While the view moves each
// translucent surface therefore blends at most once per pixel: the stencil holds the id of
// the surface last drawn there (the frame's clear set it to 0).
void SceneRenderer::beginOneLayerEach() const {
  glEnable(GL_STENCIL_TEST);
  glStencilMask(0xFF);
  glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
}

void SceneRenderer::nextOneLayerId(int& id) const {
  if (++id > 255) {  // ids are 8 bits: start again on a cleared stencil
    glClear(GL_STENCIL_BUFFER_BIT);
    id = 1;
  }
  glStencilFunc(GL_NOTEQUAL, id, 0xFF);
}

void SceneRenderer::drawOutlines(const FrameDesc& frame) {
  // The whole silhouette of each highlighted structure is stamped into the stencil, then
  // the same mesh pushed outward by a few pixels is drawn outside it: a ring that shows
  // even where the structure is hidden behind others.
  // Nothing highlighted, nothing to do: clearing the stencil alone rewrites the whole
  // packed depth-stencil buffer on a software renderer (tens of ms with multisampling).
  if (std::none_of(frame.items.begin(), frame.items.end(),
                   [](const DrawItem& item) { return item.selected || item.hovered; }))
    return;
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_STENCIL_TEST);
  glStencilMask(0xFF);
  glClear(GL_STENCIL_BUFFER_BIT);
  outlineProgram_.use();
  outlineProgram_.set("uProjection", frame.projection);
  outlineProgram_.set("uViewport", glm::vec2(frame.width, frame.height));
  for (int pass = 0; pass < 2; ++pass) {
    const bool stamp = pass == 0;
    glColorMask(!stamp, !stamp, !stamp, !stamp);
    glStencilFunc(stamp ? GL_ALWAYS : GL_NOTEQUAL, 1, 0xFF);
    glStencilOp(GL_KEEP, GL_KEEP, stamp ? GL_REPLACE : GL_KEEP);
    outlineProgram_.set("uWidthPixels", stamp ? 0.0f : frame.outlineWidthPixels);
    for (const DrawItem& item : frame.items) {
      if (!(item.selected || item.hovered) || item.mesh < 0 || item.mesh >= static_cast<int>(meshes_.size())) continue;
      const glm::mat4 modelView = frame.view * item.model;
      outlineProgram_.set("uModelView", modelView);
      outlineProgram_.set("uNormalMatrix", glm::inverseTranspose(glm::mat3(modelView)));
      outlineProgram_.set("uColor", glm::vec4(item.selected ? kSelectColor : kHoverColor, 0.95f));
      meshes_[static_cast<std::size_t>(item.mesh)].draw(detail_);
    }
  }
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_DEPTH_TEST);
}

}  // namespace render
