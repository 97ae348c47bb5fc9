// Presentation mode in the window (full screen on the monitor the window is on, and back),
// the label, palette and presentation options, and --print-labels.
#include "app/viewer.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <nlohmann/json.hpp>

#include <iostream>

namespace app {

void Viewer::applyPresentationOptions() {
  for (std::size_t i = 0; i < std::size(ui::kAllLabelModes); ++i)
    if (options_.labels == ui::labelModeId(ui::kAllLabelModes[i])) state_.ui.labelMode = ui::kAllLabelModes[i];
  state_.ui.palette = anatomy::parsePalette(options_.palette).value_or(anatomy::Palette::Default);
  if (options_.presentation && !state_.ui.presentation) {
    state_.ui.presentation = true;
    state_.ui.panelsBeforePresentation = state_.ui.showPanels;
    state_.ui.scaleBeforePresentation = state_.ui.uiScale;
    state_.ui.showPanels = false;
    if (window_ && glfwGetWindowAttrib(window_, GLFW_VISIBLE)) state_.pendingUiScale = std::max(state_.ui.uiScale, 2.0f);
  }
}

// Offscreen windows never change; a window system without monitors (some Xvfb set-ups)
// leaves the window as it is.
void Viewer::matchFullScreen() {
  if (!window_ || !glfwGetWindowAttrib(window_, GLFW_VISIBLE) || fullScreen_ == state_.ui.presentation) return;
  if (state_.ui.presentation) {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) return;
    glfwGetWindowPos(window_, &windowedX_, &windowedY_);
    glfwGetWindowSize(window_, &windowedW_, &windowedH_);
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window_, nullptr, windowedX_, windowedY_, windowedW_, windowedH_, GLFW_DONT_CARE);
  }
  fullScreen_ = state_.ui.presentation;
}

void Viewer::printLabels() const {
  // Ordered: "labels" first, as the tests and scripts reading this line expect.
  nlohmann::ordered_json labels = nlohmann::ordered_json::array();
  for (const ui::DrawnLabel& l : drawnLabels_)
    labels.push_back({{"text", l.text},
                      {"box", {l.box.min.x, l.box.min.y, l.box.max.x, l.box.max.y}},
                      {"anchor", {l.anchor.x, l.anchor.y}},
                      {"visible", l.visible}});
  // Names come from the model file: invalid UTF-8 is replaced rather than thrown on.
  nlohmann::ordered_json out{{"labels", labels}};
  if (state_.lesson.active()) {  // the caption's box in pixels, as the labels' boxes
    const ui::UiState::CaptionRect& c = state_.ui.lessonCaption;
    const float w = static_cast<float>(state_.viewportWidth), h = static_cast<float>(state_.viewportHeight);
    out["caption"] = {c.x * w, c.y * h, (c.x + c.width) * w, (c.y + c.height) * h};
  }
  std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace app
