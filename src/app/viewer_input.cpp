// Mouse, trackpad and keyboard: each gesture becomes a Command (orbit, pan, zoom, select,
// focus, shortcuts, file drop) for the Controller.
#include "app/key_map.h"
#include "app/scene_builder.h"
#include "app/viewer.h"
#include "app/view_picking.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <glm/gtc/constants.hpp>

#include <cmath>

namespace app {

namespace {
constexpr double kDoubleClickSeconds = 0.35;
constexpr double kClickSlopPixels = 4.0;
// Section plane drags: a 200-pixel drag moves the plane 40 mm (across the heel) or turns it 60 degrees.
constexpr float kSectionMmPerPixel = 0.2f;
constexpr float kSectionDegPerPixel = 0.3f;

Viewer* viewerOf(GLFWwindow* w) { return static_cast<Viewer*>(glfwGetWindowUserPointer(w)); }

// Whether the mouse is over a panel. ImGui also claims it while a menu is open, but a click
// on the model then only closes the menu in ImGui: the model should get it too, or the
// first click after a menu is lost.
bool uiHasMouse() {
  if (!ImGui::GetIO().WantCaptureMouse) return false;
  return ImGui::IsWindowHovered(ImGuiHoveredFlags_AnyWindow | ImGuiHoveredFlags_AllowWhenBlockedByPopup) ||
         ImGui::IsAnyItemActive();
}

ui::Command twoValues(ui::CommandKind kind, float a, float b) {
  ui::Command c = ui::makeCommand(kind);
  c.value = a;
  c.value2 = b;
  return c;
}
}  // namespace

// Every callback marks that something happened, so an idle window knows to draw again.
void installCallbacks(GLFWwindow* window) {
  glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int b, int a, int m) {
    viewerOf(w)->onAnyEvent();
    viewerOf(w)->onMouseButton(b, a, m);
  });
  glfwSetScrollCallback(window, [](GLFWwindow* w, double dx, double dy) {
    viewerOf(w)->onAnyEvent();
    viewerOf(w)->onScroll(dx, dy);
  });
  glfwSetKeyCallback(window, [](GLFWwindow* w, int k, int, int a, int m) {
    viewerOf(w)->onAnyEvent();
    viewerOf(w)->onKey(k, a, m);
  });
  glfwSetDropCallback(window, [](GLFWwindow* w, int n, const char** p) {
    viewerOf(w)->onAnyEvent();
    viewerOf(w)->onDrop(n, p);
  });
  glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { viewerOf(w)->onAnyEvent(); });
  glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int) { viewerOf(w)->onAnyEvent(); });
  glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int) { viewerOf(w)->onAnyEvent(); });
  glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int) { viewerOf(w)->onAnyEvent(); });
  glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { viewerOf(w)->onAnyEvent(); });
  glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { viewerOf(w)->onAnyEvent(); });
}

// The view under a window position (window coordinates, top-left origin).
int Viewer::viewAt(double x, double y) const {
  int winW = 1, winH = 1;
  glfwGetWindowSize(window_, &winW, &winH);
  const float fx = static_cast<float>(x) / static_cast<float>(std::max(winW, 1));
  const float fy = 1.0f - static_cast<float>(y) / static_cast<float>(std::max(winH, 1));
  for (std::size_t i = 0; i < state_.views.size(); ++i) {
    const ViewRect& r = state_.views[i].rect;
    if (fx >= r.x && fx <= r.x + r.width && fy >= r.y && fy <= r.y + r.height) return static_cast<int>(i);
  }
  return 0;
}

// The view under a window position and the position in its normalised device coordinates.
glm::vec2 Viewer::viewNdc(int view, double x, double y) const {
  int winW = 1, winH = 1;
  glfwGetWindowSize(window_, &winW, &winH);
  const ViewSlot& v = state_.views[static_cast<std::size_t>(view)];
  const glm::vec2 origin(v.rect.x * static_cast<float>(winW), (1.0f - v.rect.y - v.rect.height) * static_cast<float>(winH));
  const glm::vec2 size(v.rect.width * static_cast<float>(winW), v.rect.height * static_cast<float>(winH));
  return geometry::pixelToNdc(glm::vec2(static_cast<float>(x), static_cast<float>(y)) - origin, size);
}

std::optional<geometry::PickHit> Viewer::pickAt(double x, double y) const {
  const int view = viewAt(x, y);
  return pickInView(state_, view, viewNdc(view, x, y), controller_->aspect(state_.views[static_cast<std::size_t>(view)]));
}

void Viewer::updateHover(double x, double y) {
  const auto hit = uiHasMouse() ? std::nullopt : pickAt(x, y);
  state_.display.hovered = hit ? pickedStructure(state_, *hit) : -1;
}

void Viewer::onMouseButton(int button, int action, int mods) {
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window_, &x, &y);
  if (action == GLFW_PRESS) {
    if (uiHasMouse()) return;
    dragButton_ = button;
    dragShift_ = (mods & GLFW_MOD_SHIFT) != 0;
    dragCtrl_ = (mods & GLFW_MOD_CONTROL) != 0;
    pressX_ = lastX_ = x;
    pressY_ = lastY_ = y;
    if (penDrags()) pending_.push_back(penPoint(x, y, true));
    return;
  }
  if (action != GLFW_RELEASE || button != dragButton_) return;
  const bool drew = penDrags();
  dragButton_ = -1;
  if (drew) return;  // the pen draws; it does not select
  const bool click = std::hypot(x - pressX_, y - pressY_) < kClickSlopPixels;
  if (!click || button != GLFW_MOUSE_BUTTON_LEFT) return;
  const auto hit = pickAt(x, y);
  const int picked = hit ? pickedStructure(state_, *hit) : -1;
  if (state_.ui.pinning) {  // the click places the note typed for it
    if (hit && picked >= 0) {
      ui::Command pin = ui::makeCommand(ui::CommandKind::AddPin, picked);
      pin.point = hit->point;
      pin.text = state_.ui.pinText;
      pending_.push_back(pin);
    }
    return;
  }
  const double now = glfwGetTime();
  const bool ctrl = glfwGetKey(window_, GLFW_KEY_LEFT_CONTROL) == GLFW_PRESS || glfwGetKey(window_, GLFW_KEY_RIGHT_CONTROL) == GLFW_PRESS;
  if (ctrl && picked >= 0)
    pending_.push_back(ui::makeCommand(ui::CommandKind::ToggleSelect, picked));
  else
    pending_.push_back(ui::makeCommand(ui::CommandKind::Select, picked));
  if (hit && now - lastClickTime_ < kDoubleClickSeconds) {  // double-click: turn about that spot
    ui::Command pivot = ui::makeCommand(ui::CommandKind::SetPivot);
    pivot.point = hit->point;
    pending_.push_back(pivot);
  }
  lastClickTime_ = now;
}

void Viewer::handleDrag(double x, double y) {
  const double dx = x - lastX_, dy = y - lastY_;
  lastX_ = x;
  lastY_ = y;
  if (dragButton_ < 0 || (dx == 0.0 && dy == 0.0)) return;
  if (penDrags()) {
    pending_.push_back(penPoint(x, y, false));
    return;
  }
  if (dragSection(dx, dy)) return;
  const bool pan = dragButton_ == GLFW_MOUSE_BUTTON_RIGHT || dragButton_ == GLFW_MOUSE_BUTTON_MIDDLE || dragShift_;
  if (pan) {
    pending_.push_back(twoValues(ui::CommandKind::Pan, static_cast<float>(dx), static_cast<float>(dy)));
    return;
  }
  // A drag across half the view turns it half way round.
  int winW = 1, winH = 1;
  glfwGetWindowSize(window_, &winW, &winH);
  const ViewSlot& v = state_.views[static_cast<std::size_t>(viewAt(pressX_, pressY_))];
  const float perPixel = glm::pi<float>() / std::max(1.0f, 0.5f * v.rect.width * static_cast<float>(winW));
  pending_.push_back(twoValues(ui::CommandKind::Orbit, -static_cast<float>(dx) * perPixel, static_cast<float>(dy) * perPixel));
}

// With the pen on (D), a plain left drag draws.
bool Viewer::penDrags() const {
  return state_.compare.drawing && dragButton_ == GLFW_MOUSE_BUTTON_LEFT && !dragShift_;
}

ui::Command Viewer::penPoint(double x, double y, bool start) const {
  ui::Command c = ui::makeCommand(ui::CommandKind::PenPoint, viewAt(x, y));
  c.point = glm::vec3(static_cast<float>(x), static_cast<float>(y), 0.0f);
  c.flag = start;
  return c;
}

// In section mode a left drag with Shift moves the plane (up: medial), with Ctrl+Shift turns it.
bool Viewer::dragSection(double dx, double dy) {
  if (dragButton_ != GLFW_MOUSE_BUTTON_LEFT || !dragShift_ || controller_->activeView().mode != anatomy::ViewMode::Section)
    return false;
  if (dragCtrl_)
    pending_.push_back(twoValues(ui::CommandKind::TurnSection, static_cast<float>(dx) * kSectionDegPerPixel,
                                 -static_cast<float>(dy) * kSectionDegPerPixel));
  else
    pending_.push_back(twoValues(ui::CommandKind::MoveSection, -static_cast<float>(dy) * kSectionMmPerPixel, 0.0f));
  return true;
}

void Viewer::onScroll(double, double dy) {
  if (uiHasMouse()) return;
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window_, &x, &y);
  ui::Command zoom = twoValues(ui::CommandKind::Zoom, std::pow(1.12f, static_cast<float>(dy)), 0.0f);
  zoom.flag = true;  // toward the cursor
  zoom.point = glm::vec3(viewNdc(viewAt(x, y), x, y), 0.0f);
  pending_.push_back(zoom);
}

void Viewer::onKey(int key, int action, int mods) {
  if (action != GLFW_PRESS && action != GLFW_REPEAT) return;
  const KeyPress press{key, mods, action == GLFW_REPEAT};
  KeyContext context;
  // A text field about to take the keyboard (Ctrl+F, the open or case prompts) counts as
  // focused already: on a slow frame the first letters typed must not act as shortcuts.
  const bool textComing = state_.ui.focusSearch || state_.ui.showOpenDialog || state_.ui.casePrompt != ui::CasePrompt::None;
  context.textFocused = ImGui::GetIO().WantCaptureKeyboard || (textComing && key != GLFW_KEY_ESCAPE);
  context.lessonPlaying = state_.lesson.active();
  context.searching = state_.ui.searchActive;
  context = withQuiz(context, state_.quiz.active() ? &*state_.quiz.quiz : nullptr);
  context.panelKeys = state_.ui.keyboardPanels;
  if (const auto command = commandForKey(press, context)) pending_.push_back(*command);
}

void Viewer::handleHeldKeys(float dt) {
  // A lesson steps with the arrows; in F2's mode they move between the panels' items.
  if (ImGui::GetIO().WantCaptureKeyboard || state_.lesson.active() || state_.ui.keyboardPanels) return;
  const auto held = [&](int key) { return glfwGetKey(window_, key) == GLFW_PRESS; };
  const bool shift = held(GLFW_KEY_LEFT_SHIFT) || held(GLFW_KEY_RIGHT_SHIFT);
  if (const auto command = commandForHeldArrows(held(GLFW_KEY_LEFT), held(GLFW_KEY_RIGHT), held(GLFW_KEY_UP),
                                                held(GLFW_KEY_DOWN), shift, dt))
    pending_.push_back(*command);
}

void Viewer::onDrop(int count, const char** paths) {
  if (count > 0 && paths && paths[0]) {
    ui::Command cmd = ui::makeCommand(ui::CommandKind::OpenFile);
    cmd.text = paths[0];
    pending_.push_back(cmd);
  }
}

}  // namespace app
