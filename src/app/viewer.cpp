#include "app/viewer.h"

#include "app/gl_window.h"
#include "app/scene_builder.h"
#include "ui/imgui_setup.h"
#include "ui/panels.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <iostream>
#include <stdexcept>

namespace app {

Viewer::Viewer(AppOptions options) : options_(std::move(options)) {}

Viewer::~Viewer() {
  if (loading_.valid()) loading_.wait();
  renderer_.reset();
  target_.reset();
  if (imguiReady_) ui::shutdownImGui();
  destroyGlWindow(window_);
}

bool Viewer::startGraphics(bool visible, std::string& error) {
  WindowRequest request;
  request.visible = visible;
  if (!visible) request.width = request.height = 64;
  window_ = createGlWindow(request, error);
  if (!window_) return false;
  glfwSetWindowUserPointer(window_, this);
  renderer_ = std::make_unique<render::SceneRenderer>();
  target_ = std::make_unique<render::RenderTarget>();
  if (!renderer_->init(error)) return false;
  return true;
}

bool Viewer::startOffscreen(std::string& error) {
  if (offscreenState_ == 0) offscreenState_ = startGraphics(false, offscreenError_) ? 1 : -1;
  error = offscreenError_;
  return offscreenState_ > 0;
}

float Viewer::aspect() const {
  return static_cast<float>(viewportWidth_) / static_cast<float>(std::max(viewportHeight_, 1));
}

geometry::FreeArea Viewer::freeArea() const {
  geometry::FreeArea area;
  if (!uiOnScreen_ || !ui_.showPanels) return area;
  const float w = static_cast<float>(std::max(viewportWidth_, 1)), h = static_cast<float>(std::max(viewportHeight_, 1));
  const float s = ui_.uiScale;
  area.x0 = std::min(0.4f, 360.0f * s / w);
  area.x1 = std::max(0.6f, 1.0f - 440.0f * s / w);
  area.y0 = std::min(0.3f, 70.0f * s / h);
  area.y1 = std::max(0.7f, 1.0f - 34.0f * s / h);
  return area;
}

void Viewer::setAtlas(anatomy::Atlas atlas, const io::LoadReport& report) {
  // A newly opened model keeps the conditions shown so far (the first, those of the options).
  const anatomy::Conditions conditions = posed_ ? posed_->conditions() : options_.conditions;
  posed_.reset();  // it refers to the atlas being replaced
  atlas_ = std::move(atlas);
  report_ = report;
  view_ = anatomy::makeViewState(atlas_);
  std::vector<const geometry::Mesh*> meshes;
  for (const anatomy::Structure& s : atlas_.structures) meshes.push_back(&s.mesh);
  renderer_->setMeshes(meshes);
  posed_ = std::make_unique<anatomy::PosedModel>(atlas_);
  posedBounds_.clear();
  for (const anatomy::Structure& s : atlas_.structures) posedBounds_.push_back(s.mesh.bounds());
  achillesPullNormalDeg_ = 0.0f;
  try {
    achillesPullNormalDeg_ = anatomy::achillesPullToHeelAxisDeg(posed_->landmarks());
  } catch (const std::out_of_range&) {
  }
  measurements_.clear();
  setConditions(conditions);
  currentView_ = geometry::parseView(options_.view).value_or(geometry::StandardView::Lateral);
  if (!atlas_.builtIn && currentView_ == geometry::StandardView::WholeLeg) currentView_ = geometry::StandardView::Anterior;
  setView(currentView_, false);
}

void Viewer::moveCamera(const geometry::OrbitCamera& goal, bool animate) {
  if (animate)
    animator_.start(camera_, goal);
  else {
    animator_.cancel();
    camera_ = goal;
  }
}

namespace {
constexpr float kSuperiorCutMm = 110.0f;  // above the malleoli, below the Achilles insertion's top
}  // namespace

void Viewer::setView(geometry::StandardView view, bool animate) {
  currentView_ = view;
  bothLimbs_ = atlas_.builtIn && view == geometry::StandardView::WholeLeg;
  geometry::OrbitCamera goal = geometry::cameraForView(view, framingBounds(atlas_, view_, view), aspect(), freeArea());
  if (atlas_.builtIn && view == geometry::StandardView::Superior) {
    goal.clipAbove = true;  // cut the leg just above the ankle so it does not hide the foot
    goal.clipAboveY = kSuperiorCutMm;
  }
  moveCamera(goal, animate);
}

void Viewer::focusStructure(int index) {
  if (index < 0 || index >= static_cast<int>(atlas_.structures.size())) return;
  geometry::Bounds b = atlas_.structures[static_cast<std::size_t>(index)].mesh.bounds();
  if (posed_ && posed_->canPose()) {  // where the structure is drawn now
    const geometry::Bounds& local = posedBounds_[static_cast<std::size_t>(index)];
    b = geometry::Bounds();
    for (int corner = 0; corner < 8; ++corner) {
      const glm::vec3 p((corner & 1) ? local.max.x : local.min.x, (corner & 2) ? local.max.y : local.min.y,
                        (corner & 4) ? local.max.z : local.min.z);
      b.extend(glm::vec3(posed_->transform(index) * glm::vec4(p, 1.0f)));
    }
  }
  geometry::OrbitCamera goal = geometry::frameBoundsInArea(b, camera_.yaw, camera_.pitch, aspect(), freeArea(), 1.6f);
  goal.sceneRadius = std::max(camera_.sceneRadius, goal.sceneRadius);
  moveCamera(goal, true);
}

std::string Viewer::sceneNote() const {
  std::string note = std::to_string(atlas_.structures.size()) + " structures, " +
                     std::to_string(atlas_.triangleCount()) + " triangles";
  // The built-in model's unit conversion (glTF metres) is not news to anyone.
  if (!report_.note.empty() && !atlas_.builtIn) note += "  |  " + report_.note;
  return note;
}

void Viewer::renderFrame(int width, int height, Layers layers) {
  std::string error;
  if (!target_->resize(width, height, options_.samples, error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return;
  }
  frameTimer_.start();
  target_->bindScene();
  render::FrameDesc frame = buildFrame(atlas_, view_, camera_, width, height, sceneOptions());
  frame.moving = target_->reduced();
  renderer_->draw(frame);
  frameTimer_.mark("scene");
  if (layers == Layers::Scene) {  // the interactive loop presents the scene itself
    frameTimer_.finish("frame");
    return;
  }
  target_->resolve();
  frameTimer_.mark("resolve");
  const bool withUi = layers == Layers::Everything;
  const bool withOverlays = layers != Layers::Scene && imguiReady_ && overlaysVisible();
  if (withUi || withOverlays) {
    target_->bindResolved();
    ui::beginFrame(width, height);
    if (withOverlays) drawOverlayLayer(withUi);
    if (withUi) drawUi();
    frameTimer_.mark("ui-build");
    ui::endFrameAndRender(target_->reduced());
    frameTimer_.mark("ui-draw");
  }
  frameTimer_.finish("frame");
}

void Viewer::drawUi() {
  ui::PanelContext ctx{atlas_, view_, currentView_, bothLimbs_, glDescription(), sceneNote()};
  if (posed_ && posed_->canPose()) {
    ctx.conditions = &posed_->conditions();
    ctx.measurements = &measurements_;
    ctx.achillesPullNormalDeg = achillesPullNormalDeg_;
    try {
      ctx.achillesPullDeg = anatomy::achillesPullToHeelAxisDeg(posed_->landmarks());
    } catch (const std::out_of_range&) {
    }
  }
  ctx.overlays = overlays_;
  ui::drawUi(ctx, ui_, pending_);
}

}  // namespace app
