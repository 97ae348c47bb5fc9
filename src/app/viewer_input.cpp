// Mouse, trackpad and keyboard: orbit, pan, zoom, picking, shortcuts, file drop.
#include "app/scene_builder.h"
#include "app/viewer.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>

namespace app {

namespace {
constexpr double kDoubleClickSeconds = 0.35;
constexpr double kClickSlopPixels = 4.0;
constexpr float kOrbitRadiansPerPixel = 0.008f;
constexpr float kKeyOrbitRadiansPerSecond = 1.6f;
constexpr float kOpaqueEnoughToPick = 0.5f;

Viewer* viewerOf(GLFWwindow* w) { return static_cast<Viewer*>(glfwGetWindowUserPointer(w)); }
}  // namespace

void installCallbacks(GLFWwindow* window) {
  glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int b, int a, int m) { viewerOf(w)->onMouseButton(b, a, m); });
  glfwSetScrollCallback(window, [](GLFWwindow* w, double dx, double dy) { viewerOf(w)->onScroll(dx, dy); });
  glfwSetKeyCallback(window, [](GLFWwindow* w, int k, int, int a, int m) { viewerOf(w)->onKey(k, a, m); });
  glfwSetDropCallback(window, [](GLFWwindow* w, int n, const char** p) { viewerOf(w)->onDrop(n, p); });
}

int Viewer::pickAt(double x, double y, float minOpacity) const {
  int winW = 1, winH = 1;
  glfwGetWindowSize(window_, &winW, &winH);
  const glm::vec2 ndc = geometry::pixelToNdc({static_cast<float>(x), static_cast<float>(y)},
                                             {static_cast<float>(winW), static_cast<float>(winH)});
  const geometry::Ray ray = geometry::rayThroughPixel(camera_, aspect(), ndc);
  const SceneOptions scene = sceneOptions();  // posed, so clicks find what is drawn
  auto hit = geometry::pickNearest(ray, pickTargets(atlas_, view_, scene, minOpacity));
  if (!hit && minOpacity > 0.0f) hit = geometry::pickNearest(ray, pickTargets(atlas_, view_, scene, 0.0f));
  return hit ? structureFromPickId(atlas_, hit->id) : -1;
}

void Viewer::updateHover(double x, double y) {
  view_.hovered = ImGui::GetIO().WantCaptureMouse ? -1 : pickAt(x, y, kOpaqueEnoughToPick);
}

void Viewer::onMouseButton(int button, int action, int mods) {
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window_, &x, &y);
  if (action == GLFW_PRESS) {
    if (ImGui::GetIO().WantCaptureMouse) return;
    dragButton_ = button;
    dragShift_ = (mods & GLFW_MOD_SHIFT) != 0;
    pressX_ = lastX_ = x;
    pressY_ = lastY_ = y;
    return;
  }
  if (action != GLFW_RELEASE || button != dragButton_) return;
  dragButton_ = -1;
  const bool click = std::hypot(x - pressX_, y - pressY_) < kClickSlopPixels;
  if (!click || button != GLFW_MOUSE_BUTTON_LEFT) return;
  const int picked = pickAt(x, y, kOpaqueEnoughToPick);
  const double now = glfwGetTime();
  if (picked >= 0 && now - lastClickTime_ < kDoubleClickSeconds) {
    focusStructure(picked);
  }
  view_.selected = picked;
  lastClickTime_ = now;
}

void Viewer::handleDrag(double x, double y) {
  const double dx = x - lastX_, dy = y - lastY_;
  lastX_ = x;
  lastY_ = y;
  if (dragButton_ < 0 || (dx == 0.0 && dy == 0.0)) return;
  animator_.cancel();
  const bool pan = dragButton_ == GLFW_MOUSE_BUTTON_RIGHT || dragButton_ == GLFW_MOUSE_BUTTON_MIDDLE || dragShift_;
  int winW = 1, winH = 1;
  glfwGetWindowSize(window_, &winW, &winH);
  if (pan)
    camera_.pan(static_cast<float>(dx), static_cast<float>(dy), static_cast<float>(winH));
  else
    camera_.orbit(-static_cast<float>(dx) * kOrbitRadiansPerPixel, static_cast<float>(dy) * kOrbitRadiansPerPixel);
}

void Viewer::onScroll(double dx, double dy) {
  (void)dx;
  if (ImGui::GetIO().WantCaptureMouse) return;
  animator_.cancel();
  camera_.zoom(std::pow(1.12f, static_cast<float>(dy)));
}

void Viewer::handleHeldKeys(float dt) {
  if (ImGui::GetIO().WantCaptureKeyboard) return;
  const bool shift = glfwGetKey(window_, GLFW_KEY_LEFT_SHIFT) == GLFW_PRESS;
  const float step = kKeyOrbitRadiansPerSecond * dt;
  const float panPixels = 400.0f * dt;
  const auto held = [&](int key) { return glfwGetKey(window_, key) == GLFW_PRESS; };
  float dx = 0.0f, dy = 0.0f;
  if (held(GLFW_KEY_LEFT)) dx -= 1.0f;
  if (held(GLFW_KEY_RIGHT)) dx += 1.0f;
  if (held(GLFW_KEY_UP)) dy -= 1.0f;
  if (held(GLFW_KEY_DOWN)) dy += 1.0f;
  if (dx == 0.0f && dy == 0.0f) return;
  animator_.cancel();
  if (shift)
    camera_.pan(dx * panPixels, dy * panPixels, static_cast<float>(viewportHeight_));
  else
    camera_.orbit(-dx * step, -dy * step);
}

void Viewer::onDrop(int count, const char** paths) {
  if (count > 0 && paths && paths[0]) {
    ui::Command cmd = ui::makeCommand(ui::CommandKind::OpenFile);
    cmd.text = paths[0];
    pending_.push_back(cmd);
  }
}

}  // namespace app
