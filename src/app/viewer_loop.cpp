// The interactive window loop: events, UI, commands, camera animation, drawing.
#include "app/gl_window.h"
#include "app/viewer.h"

#include "ui/imgui_setup.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <iostream>

namespace app {

void installCallbacks(GLFWwindow* window);

int Viewer::runInteractive(anatomy::Atlas atlas, const io::LoadReport& report) {
  std::string error;
  if (!startGraphics(true, error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return kExitNoOpenGL;
  }
  glfwSetWindowSizeLimits(window_, 640, 400, GLFW_DONT_CARE, GLFW_DONT_CARE);
  glfwMaximizeWindow(window_);
  glfwSwapInterval(1);
  installCallbacks(window_);  // before ImGui, which chains to them
  float xscale = 1.0f, yscale = 1.0f;
  glfwGetWindowContentScale(window_, &xscale, &yscale);
  ui_.uiScale = std::max(1.0f, xscale);
  imguiReady_ = ui::initImGui(window_, true, ui_.uiScale);
  uiOnScreen_ = true;
  glfwGetFramebufferSize(window_, &viewportWidth_, &viewportHeight_);
  setAtlas(std::move(atlas), report);
  applyOverlayOptions(false);

  double lastTime = glfwGetTime();
  glm::mat4 lastView = camera_.view();
  double lastMotion = -1.0;
  while (!glfwWindowShouldClose(window_) && !quit_) {
    const bool busy = animator_.active() || dragButton_ >= 0 || loading_.valid();
    if (busy)
      glfwPollEvents();
    else
      glfwWaitEventsTimeout(0.1);  // idle laptops stay cool between interactions
    const double now = glfwGetTime();
    const float dt = static_cast<float>(now - lastTime);
    lastTime = now;
    if (pendingUiScale_ > 0.0f) {
      ui_.uiScale = pendingUiScale_;
      pendingUiScale_ = 0.0f;
      ui::rebuildFonts(ui_.uiScale);
    }
    glfwGetFramebufferSize(window_, &viewportWidth_, &viewportHeight_);
    if (viewportWidth_ <= 0 || viewportHeight_ <= 0) continue;  // minimised

    double x = 0.0, y = 0.0;
    glfwGetCursorPos(window_, &x, &y);
    const bool moved = x != lastX_ || y != lastY_;
    handleDrag(x, y);
    if (moved && dragButton_ < 0) updateHover(x, y);
    handleHeldKeys(dt);
    animator_.update(dt, camera_);
    pollLoading();

    // While the view changes, and for a moment after (wheel zooms come in bursts), the
    // scene may be drawn at reduced resolution; the first still frame is full quality.
    const glm::mat4 view = camera_.view();
    if (view != lastView || dragButton_ >= 0 || animator_.active() || ImGui::IsAnyItemActive()) lastMotion = now;
    lastView = view;
    target_->setInteractive(lastMotion >= 0.0 && now - lastMotion < 0.25);
    renderFrame(viewportWidth_, viewportHeight_, Layers::Scene);
    target_->presentToDefault(viewportWidth_, viewportHeight_);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, viewportWidth_, viewportHeight_);
    ui::beginFrame();
    if (overlaysVisible()) drawOverlayLayer(true);
    drawUi();
    ui::endFrameAndRender(target_->reduced());
    glfwSwapBuffers(window_);
    target_->reportFrameTime((glfwGetTime() - now) * 1000.0);
    applyCommands();
  }
  return kExitOk;
}

}  // namespace app
