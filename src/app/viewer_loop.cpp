// The interactive window loop: events -> Commands -> Controller, camera glides, drawing, and
// the requests the state makes of the window (load a model in the background, save a
// screenshot, change the text size).
#include "app/gl_window.h"
#include "app/model_source.h"
#include "app/viewer.h"
#include "io/atomic_write.h"
#include "io/model_settings.h"
#include "io/recent_files.h"

#include "render/gl_context.h"
#include "ui/imgui_setup.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace app {

void installCallbacks(GLFWwindow* window);

namespace {
void writeFrameCount(const char* path, long frames) {
  if (std::FILE* f = std::fopen(path, "w")) {
    std::fprintf(f, "%ld\n", frames);
    std::fclose(f);
  }
}

LoadOutcome loadInBackground(AppOptions options) {
  LoadOutcome outcome;
  try {
    outcome.atlas = std::make_unique<anatomy::Atlas>(loadRequestedModel(options, &outcome.report));
  } catch (const io::LoadError& e) {
    outcome.error = loadFailureMessage(e.path(), e.reason());
  } catch (const std::exception& e) {
    outcome.error = loadFailureMessage(options.file, e.what());
  }
  return outcome;
}

std::string automaticScreenshotName() {
  const std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  return std::string("ankle-atlas-") + stamp + ".png";
}

// A model is imported on a worker thread, whose malloc arena keeps the freed import
// buffers; hand them back so a lecture's worth of reloads keeps memory flat.
void releaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}
}  // namespace

// How long an idle window may sleep: until the status line's message expires, or while a
// text field has the keyboard, until its cursor blinks.
double Viewer::idleTimeout(double now) const {
  if (ImGui::GetIO().WantTextInput) return 0.5;
  if (!state_.ui.statusMessage.empty() && state_.ui.statusUntil > now) return state_.ui.statusUntil - now + 0.05;
  return 60.0;
}

bool Viewer::statusExpired(double now) {
  if (state_.ui.statusMessage.empty() || now < state_.ui.statusUntil) return false;
  state_.ui.statusMessage.clear();
  return true;  // one more frame without it
}

void Viewer::carryOutRequests() {
  if (state_.load.pending && !loading_.valid()) {  // one load at a time
    AppOptions request = options_;
    request.file = state_.load.builtIn ? std::string() : state_.load.path;
    inFlight_ = state_.load;
    if (!inFlight_.builtIn && !inFlight_.axesChosen) inFlight_.axes = io::rememberedAxes(inFlight_.path);
    if (!inFlight_.builtIn) {
      request.up = inFlight_.axes.up;
      request.units = inFlight_.axes.units;
    }
    state_.ui.loadingFile = state_.load.builtIn ? std::string("built-in model") : state_.load.path;
    loading_ = std::async(std::launch::async, loadInBackground, request);
  }
  state_.load.pending = false;
  std::vector<std::string> shots;
  shots.swap(state_.screenshotRequests);
  for (const std::string& path : shots) saveScreenshot(path.empty() ? automaticScreenshotName() : path);
  std::vector<std::string> handouts;
  handouts.swap(state_.handoutRequests);
  for (const std::string& path : handouts) exportHandoutFromWindow(path);
  if (state_.pendingUiScale > 0.0f) {
    state_.ui.uiScale = state_.pendingUiScale;
    state_.pendingUiScale = 0.0f;
    if (imguiReady_) ui::rebuildFonts(state_.ui.uiScale);
  }
  matchFullScreen();
}

// File > Export handout: the case's pictures in its heel view (a split screen is left for
// the moment the pictures take, then comes back).
void Viewer::exportHandoutFromWindow(const std::string& path) {
  const bool compare = state_.compare.on;
  if (compare) controller_->setCompare(false);
  const geometry::StandardView current = controller_->activeView().standardView;
  const geometry::StandardView view = geometry::isHeelView(current) ? current : geometry::StandardView::HeelLateral;
  std::string error;
  if (exportHandout(path, view, error))
    controller_->setStatus("Wrote the handout " + path);
  else
    state_.ui.errorMessage = error;
  if (compare) controller_->setCompare(true);
}

void Viewer::pollLoading() {
  if (!loading_.valid() || loading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  LoadOutcome outcome = loading_.get();
  state_.ui.loadingFile.clear();
  if (!outcome.error.empty()) {
    state_.ui.errorMessage = outcome.error;  // the previous model stays
    return;
  }
  setAtlas(std::move(*outcome.atlas), outcome.report);
  ui::resetAfterLoad(state_.ui);
  state_.modelAxes = inFlight_.builtIn ? io::ModelAxes() : inFlight_.axes;
  if (inFlight_.axesChosen) {
    try {
      io::rememberAxes(inFlight_.path, inFlight_.axes);
    } catch (const io::WriteError& e) {
      state_.ui.errorMessage = std::string("The model opened, but its up axis and units could not be remembered: ") + e.what();
    }
  }
  outcome = LoadOutcome();
  releaseFreedMemory();
  controller_->setStatus("Opened " + (state_.atlas.sourcePath.empty() ? state_.atlas.title : state_.atlas.sourcePath));
}

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
  state_.ui.baseScale = std::max(1.0f, xscale);
  state_.ui.uiScale = std::clamp(state_.ui.baseScale * static_cast<float>(options_.textSizePercent) / 100.0f, 0.75f, 3.0f);
  imguiReady_ = ui::initImGui(window_, true, state_.ui.uiScale);
  state_.panelsOnScreen = true;
  glfwGetFramebufferSize(window_, &state_.viewportWidth, &state_.viewportHeight);
  setAtlas(std::move(atlas), report);
  state_.caseDoc.recentListPath = io::defaultRecentCasesPath();  // File > Recent
  state_.caseDoc.recent = io::readRecentFiles(state_.caseDoc.recentListPath);
  applyOverlayOptions(false);
  applyPresentationOptions();
  listLessons();
  if (!startLessonFromOptions()) return kExitBadInput;

  double lastTime = glfwGetTime();
  double lastMotion = -1.0;
  glm::mat4 lastView = controller_->activeView().camera.view();
  bool moving = false;
  int settleFrames = 3;  // ImGui settles hover and layout over a few frames after an event
  const char* frameLog = std::getenv("AA_FRAME_LOG");  // tests: a file that counts drawn frames
  long framesDrawn = 0;
  while (!glfwWindowShouldClose(window_) && !state_.quit) {
    const double before = glfwGetTime();
    // Busy: something changes by itself (a glide, a drag, a load, the last moving frame
    // still to be replaced by a full-quality one). Otherwise wait for an event: an idle
    // classroom laptop draws nothing and stays cool.
    const bool busy = moving || dragButton_ >= 0 || loading_.valid() || target_->reduced() ||
                      (lastMotion >= 0.0 && before - lastMotion < 0.3);  // reduced: a full frame is owed
    if (busy || settleFrames > 0) {
      glfwPollEvents();
    } else {
      eventSeen_ = false;
      glfwWaitEventsTimeout(idleTimeout(before));
      if (!eventSeen_ && !statusExpired(glfwGetTime())) continue;
    }
    if (eventSeen_) settleFrames = 3;
    eventSeen_ = false;
    const double now = glfwGetTime();
    const float dt = static_cast<float>(std::min(now - lastTime, 0.1));
    lastTime = now;
    glfwGetFramebufferSize(window_, &state_.viewportWidth, &state_.viewportHeight);
    if (state_.viewportWidth <= 0 || state_.viewportHeight <= 0) continue;  // minimised

    double x = 0.0, y = 0.0;
    glfwGetCursorPos(window_, &x, &y);
    const bool cursorMoved = x != lastX_ || y != lastY_;
    handleDrag(x, y);
    if (cursorMoved && dragButton_ < 0) updateHover(x, y);
    handleHeldKeys(dt);
    applyCommands();
    controller_->layoutViews();  // the patient panel's column follows the window and text size
    moving = controller_->tick(dt);
    pollLoading();

    // While the view changes, and for a moment after (wheel zooms come in bursts), the
    // scene may be drawn at reduced resolution; the first still frame is full quality.
    const glm::mat4 cameraView = controller_->activeView().camera.view();
    // A slider being dragged counts as motion; a text field being typed in does not.
    const bool dragging = ImGui::IsAnyItemActive() && !ImGui::GetIO().WantTextInput;
    if (cameraView != lastView || moving || dragButton_ >= 0 || dragging) lastMotion = now;
    lastView = cameraView;
    target_->setInteractive(lastMotion >= 0.0 && now - lastMotion < 0.25);
    const int width = state_.viewportWidth, height = state_.viewportHeight;
    renderFrame(width, height, Layers::Scene);
    target_->presentToDefault(width, height);
    render::bindWindowFramebuffer(width, height);
    ui::beginFrame();
    if (overlaysVisible() || compareMarksVisible()) drawOverlayLayer(true);
    drawUi();
    ui::endFrameAndRender(target_->reduced());
    glfwSwapBuffers(window_);
    target_->reportFrameTime((glfwGetTime() - now) * 1000.0);
    if (!pending_.empty()) settleFrames = 3;  // a panel asked for something: show its result
    applyCommands();
    carryOutRequests();
    if (settleFrames > 0) --settleFrames;
    if (frameLog) writeFrameCount(frameLog, ++framesDrawn);
  }
  return kExitOk;
}

}  // namespace app
