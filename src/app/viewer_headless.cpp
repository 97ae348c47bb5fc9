// Offscreen jobs: one screenshot to PNG, the frame-time benchmark, and F12 screenshots
// from the interactive viewer.
#include "app/viewer.h"
#include "app/soak_script.h"
#include "app/gl_window.h"

#include "io/file_error.h"
#include "io/png_writer.h"
#include "ui/imgui_setup.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>

#include <malloc.h>

namespace app {

namespace {
// Applies --hide and --select; unknown ids are bad input.
bool applyStructureOptions(const AppOptions& o, const anatomy::Atlas& atlas, anatomy::ViewState& view) {
  const auto missing = anatomy::hideByIds(atlas, view, o.hide);
  if (!missing.empty()) {
    std::cerr << "ankle-atlas: --hide: no structure with id '" << io::printable(missing.front())
              << "' (see --list-structures)\n";
    return false;
  }
  if (!o.select.empty()) {
    view.selected = atlas.indexOf(o.select);
    if (view.selected < 0) {
      std::cerr << "ankle-atlas: --select: no structure with id '" << io::printable(o.select) << "' (see --list-structures)\n";
      return false;
    }
  }
  return true;
}

// Bytes the program holds from malloc (every arena, plus large mapped blocks), in kB: unlike
// RSS it does not move with the allocator's caching and fragmentation.
long heapInUseKb() {
  const struct mallinfo2 m = mallinfo2();
  return static_cast<long>((m.uordblks + m.hblkhd) / 1024);
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(std::ceil(p * v.size())) - (p > 0 ? 1 : 0));
  return v[i];
}
}  // namespace

int Viewer::runScreenshot(anatomy::Atlas atlas, const io::LoadReport& report) {
  std::string error;
  if (!startOffscreen(error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return kExitNoOpenGL;
  }
  viewportWidth_ = options_.width;
  viewportHeight_ = options_.height;
  uiOnScreen_ = options_.withUi;
  if (options_.withUi || !options_.overlays.empty()) {  // overlays are drawn with ImGui too
    ui_.uiScale = std::max(1.0f, static_cast<float>(options_.height) / 1080.0f);
    imguiReady_ = ui::initImGui(window_, false, ui_.uiScale);
  }
  setAtlas(std::move(atlas), report);
  if (!applyStructureOptions(options_, atlas_, view_)) return kExitBadInput;
  applyOverlayOptions(true);
  if (options_.withUi) warmUpUi(options_.width, options_.height);
  const Layers layers = options_.withUi ? Layers::Everything : Layers::SceneAndOverlays;
  if (options_.movingLevel > 0) {
    // As while the view turns: reduced resolution and coarse meshes, which are made over
    // the first moving frames (a few tens of thousands of triangles each).
    target_->setInteractive(true);
    target_->setMovingLevel(options_.movingLevel);
    // Each moving frame makes at least one, so this ends within a frame per structure.
    for (std::size_t i = 0; i <= atlas_.structures.size(); ++i) {
      renderFrame(options_.width, options_.height, layers);
      if (renderer_->coarsePrepared()) break;
    }
  }
  renderFrame(options_.width, options_.height, layers);
  glFinish();
  if (!io::writePng(options_.screenshot, options_.width, options_.height, target_->readPixels(), error)) {
    std::cerr << "ankle-atlas: " << io::printable(error) << "\n";
    return kExitBadInput;
  }
  std::cout << "Wrote " << io::printable(options_.screenshot) << " (" << options_.width << "x" << options_.height << ", "
            << geometry::viewId(currentView_) << " view)\n";
  return kExitOk;
}

int Viewer::runBenchmark(anatomy::Atlas atlas, const io::LoadReport& report) {
  std::string error;
  if (!startOffscreen(error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return kExitNoOpenGL;
  }
  viewportWidth_ = options_.width;
  viewportHeight_ = options_.height;
  ui_.uiScale = std::max(1.0f, static_cast<float>(options_.height) / 1080.0f);
  imguiReady_ = ui::initImGui(window_, false, ui_.uiScale);
  setAtlas(std::move(atlas), report);
  if (!applyStructureOptions(options_, atlas_, view_)) return kExitBadInput;
  if (view_.selected < 0 && !atlas_.structures.empty()) view_.selected = 0;  // the info card is part of the UI cost
  applyOverlayOptions(false);
  warmUpUi(options_.width, options_.height);
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(options_.benchFrames));
  std::vector<long> heapKb;  // soak: heap in use every 100 frames
  target_->setInteractive(true);  // the camera turns every frame, as in the viewer while dragging
  for (int i = 0; i < options_.benchFrames; ++i) {
    const auto start = std::chrono::steady_clock::now();
    if (options_.soak) playSoakStep(i);
    camera_.orbit(0.01f, 0.0f);  // a slowly turning model, as during a lecture
    view_.hovered = i % static_cast<int>(std::max<std::size_t>(atlas_.structures.size(), 1));
    renderFrame(options_.width, options_.height, Layers::Everything);
    glFinish();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    // The soak run's levels come from its script (frame count): frame times would make the
    // run, and the memory it holds, differ between a loaded and a quiet machine.
    if (!options_.soak) target_->reportFrameTime(ms.back());
    if (options_.soak && i % 100 == 99) heapKb.push_back(heapInUseKb());
  }
  const float movingScale = target_->quality().scale;
  const std::vector<double> still = benchStillFrames(std::min(options_.benchFrames, 10));
  std::vector<double> update;  // the pose, upload and measuring part of each change
  const std::vector<double> change = benchSeverityChanges(std::min(options_.benchFrames, 120), update);
  const auto stat = [](const std::vector<double>& v, double p) {
    return v.empty() ? nlohmann::json() : nlohmann::json(percentile(v, p));
  };
  nlohmann::json out = {{"frames", options_.benchFrames},
                        {"soak", options_.soak},
                        {"width", options_.width},
                        {"height", options_.height},
                        {"triangles", atlas_.triangleCount()},
                        {"median_ms", percentile(ms, 0.5)},
                        {"p95_ms", percentile(ms, 0.95)},
                        {"moving_scene_scale", movingScale},
                        {"still_median_ms", stat(still, 0.5)},
                        {"severity_change_frames", change.size()},
                        {"severity_change_median_ms", stat(change, 0.5)},
                        {"severity_change_p95_ms", stat(change, 0.95)},
                        {"severity_update_median_ms", stat(update, 0.5)},
                        {"renderer", glDescription()}};
  if (options_.soak) out["heap_in_use_kb"] = heapKb;
  std::cout << out.dump() << "\n";
  return kExitOk;
}

// Full-quality frames of a still view (what the viewer shows once the camera stops):
// full resolution and multisampling, UI included.
std::vector<double> Viewer::benchStillFrames(int frames) {
  std::vector<double> ms;
  target_->setInteractive(false);
  for (int i = 0; i < frames; ++i) {
    const auto start = std::chrono::steady_clock::now();
    renderFrame(options_.width, options_.height, Layers::Everything);
    glFinish();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  target_->setInteractive(true);  // as in the viewer, where a dragged slider counts as moving
  return ms;
}

// One step of the scripted soak session, plus what the interactive loop would do
// between frames (camera animation, background loading).
void Viewer::playSoakStep(int frame) {
  const SoakStep step = soakStep(frame, static_cast<int>(atlas_.structures.size()));
  for (const ui::Command& c : step.commands) applyCommand(c);
  if (step.togglePanels) ui_.showPanels = !ui_.showPanels;
  if (step.toggleHelp) ui_.showHelp = !ui_.showHelp;
  if (step.movingLevel > 0) target_->setMovingLevel(step.movingLevel);
  animator_.update(1.0f / 60.0f, camera_);
  pollLoading();
}

// A severity slider dragged back and forth through flat foot's range, one change per
// frame: each sample is pose update + upload + measurements + overlays + panels + render,
// until the GPU has finished.
std::vector<double> Viewer::benchSeverityChanges(int frames, std::vector<double>& updateMs) {
  std::vector<double> ms;
  if (!posed_ || !posed_->canPose()) return ms;
  anatomy::Conditions conditions = posed_->conditions();
  for (int i = 0; i < frames; ++i) {
    const float t = static_cast<float>(i % 20 + 1) / 10.0f;
    conditions.set(anatomy::ConditionId::FlatFoot, t <= 1.0f ? t : 2.0f - t);
    const auto start = std::chrono::steady_clock::now();
    setConditions(conditions);
    updateMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    renderFrame(options_.width, options_.height, Layers::Everything);
    glFinish();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return ms;
}

// --overlay: turns the overlays on; without an explicit --view the first one's view is shown.
void Viewer::applyOverlayOptions(bool warnIfHidden) {
  for (anatomy::OverlayKind k : options_.overlays) overlays_[static_cast<std::size_t>(k)] = true;
  if (options_.overlays.empty()) return;
  if (!options_.viewGiven) setOverlay(options_.overlays.front(), true, false);
  if (warnIfHidden && !overlaysVisible())
    std::cerr << "ankle-atlas: note: no overlay named by --overlay belongs to the " << geometry::viewId(currentView_)
              << " view (lateral: lateral/medial, posterior: posterior, whole-leg: whole-leg)\n";
}

void Viewer::warmUpUi(int width, int height) {
  // Auto-sized windows and the menu bar's reserved space settle over a couple of frames.
  for (int i = 0; i < 3; ++i) {
    ui::beginFrame(width, height);
    drawUi();
    ImGui::EndFrame();
  }
  pending_.clear();
}

void Viewer::saveScreenshot(const std::string& path) {
  target_->setInteractive(false);  // screenshots are always full quality
  renderFrame(viewportWidth_, viewportHeight_, Layers::SceneAndOverlays);
  std::string error;
  if (io::writePng(path, viewportWidth_, viewportHeight_, target_->readPixels(), error)) {
    ui_.statusMessage = "Saved screenshot " + path;
    ui_.statusUntil = ImGui::GetTime() + 4.0;
  } else {
    ui_.errorMessage = error;
  }
}

}  // namespace app
