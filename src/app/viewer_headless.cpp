// Offscreen jobs: one screenshot to PNG, the frame-time benchmark, and F12 screenshots
// from the interactive viewer.
#include "app/viewer.h"
#include "app/soak_script.h"

#include "io/file_error.h"
#include "io/png_writer.h"
#include "render/gl_context.h"
#include "ui/imgui_setup.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>

#include <malloc.h>

namespace app {

namespace {
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

// Applies --hide and --select; unknown ids are bad input.
bool Viewer::applyStructureOptions() {
  const auto missing = anatomy::hideByIds(state_.atlas, state_.display, options_.hide);
  if (!missing.empty()) {
    std::cerr << "ankle-atlas: --hide: no structure with id '" << io::printable(missing.front())
              << "' (see --list-structures)\n";
    return false;
  }
  if (!options_.select.empty()) {
    state_.display.selected = state_.atlas.indexOf(options_.select);
    if (state_.display.selected < 0) {
      std::cerr << "ankle-atlas: --select: no structure with id '" << io::printable(options_.select)
                << "' (see --list-structures)\n";
      return false;
    }
  }
  return true;
}

int Viewer::runScreenshot(anatomy::Atlas atlas, const io::LoadReport& report) {
  std::string error;
  if (!startOffscreen(error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return kExitNoOpenGL;
  }
  state_.viewportWidth = options_.width;
  state_.viewportHeight = options_.height;
  state_.panelsOnScreen = options_.withUi;
  // Overlays, captions, name labels, compare labels, the ghost and pins are drawn with ImGui.
  const bool labels = options_.labels != "lesson" && options_.labels != "off";
  if (options_.withUi || !options_.overlays.empty() || !options_.lesson.empty() || labels || options_.compare ||
      options_.ghost || options_.quiz >= 0 || options_.caseRecord) {
    // Presentation mode draws text twice as large, as in the window.
    state_.ui.baseScale = std::max(1.0f, static_cast<float>(options_.height) / 1080.0f);
    state_.ui.uiScale = state_.ui.baseScale * (options_.presentation ? 2.0f : 1.0f) *
                        static_cast<float>(options_.textSizePercent) / 100.0f;
    imguiReady_ = ui::initImGui(window_, false, state_.ui.uiScale);
  }
  setAtlas(std::move(atlas), report);
  if (state_.pendingUiScale > 0.0f && imguiReady_) {  // patient mode's large type
    state_.ui.uiScale = state_.pendingUiScale * std::max(1.0f, static_cast<float>(options_.height) / 1080.0f);
    ui::rebuildFonts(state_.ui.uiScale);
  }
  state_.pendingUiScale = 0.0f;
  controller_->layoutViews();
  if (!applyStructureOptions()) return kExitBadInput;
  applyOverlayOptions(true);
  applyPresentationOptions();
  listLessons();
  if (!startLessonFromOptions()) return kExitBadInput;
  if (options_.withUi || state_.lesson.active() || state_.quiz.active()) warmUpUi(options_.width, options_.height);  // windows size themselves
  const Layers layers = options_.withUi ? Layers::Everything : Layers::SceneAndOverlays;
  if (options_.movingLevel > 0) {
    // As while the view turns: reduced resolution and coarse meshes, which are made over
    // the first moving frames (a few tens of thousands of triangles each).
    target_->setInteractive(true);
    target_->setMovingLevel(options_.movingLevel);
    // Each moving frame makes at least one, so this ends within a frame per structure.
    for (std::size_t i = 0; i <= state_.atlas.structures.size(); ++i) {
      renderFrame(options_.width, options_.height, layers);
      if (renderer_->coarsePrepared()) break;
    }
  }
  renderFrame(options_.width, options_.height, layers);
  render::finishFrame();
  if (!io::writePng(options_.screenshot, options_.width, options_.height, target_->readPixels(), error)) {
    std::cerr << "ankle-atlas: " << io::printable(error) << "\n";
    return kExitBadInput;
  }
  if (options_.printLabels) printLabels();
  std::cout << "Wrote " << io::printable(options_.screenshot) << " (" << options_.width << "x" << options_.height
            << ", " << geometry::viewId(controller_->activeView().standardView) << " view)\n";
  return kExitOk;
}

int Viewer::runBenchmark(anatomy::Atlas atlas, const io::LoadReport& report) {
  std::string error;
  if (!startOffscreen(error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return kExitNoOpenGL;
  }
  state_.viewportWidth = options_.width;
  state_.viewportHeight = options_.height;
  state_.ui.uiScale = std::max(1.0f, static_cast<float>(options_.height) / 1080.0f);
  imguiReady_ = ui::initImGui(window_, false, state_.ui.uiScale);
  setAtlas(std::move(atlas), report);
  if (!applyStructureOptions()) return kExitBadInput;
  if (state_.display.selected < 0 && !state_.atlas.structures.empty()) state_.display.selected = 0;  // the info card is part of the UI cost
  applyOverlayOptions(false);
  warmUpUi(options_.width, options_.height);
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(options_.benchFrames));
  std::vector<long> heapKb;  // soak: heap in use every 100 frames
  target_->setInteractive(true);  // the camera turns every frame, as in the viewer while dragging
  for (int i = 0; i < options_.benchFrames; ++i) {
    const auto start = std::chrono::steady_clock::now();
    if (options_.soak) playSoakStep(i);
    ui::Command turn = ui::makeCommand(ui::CommandKind::Orbit);  // a slowly turning model, as during a lecture
    turn.value = 0.01f;
    controller_->apply(turn);
    state_.display.hovered = i % static_cast<int>(std::max<std::size_t>(state_.atlas.structures.size(), 1));
    renderFrame(options_.width, options_.height, Layers::Everything);
    render::finishFrame();
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
                        {"triangles", state_.atlas.triangleCount()},
                        {"median_ms", percentile(ms, 0.5)},
                        {"p95_ms", percentile(ms, 0.95)},
                        {"moving_scene_scale", movingScale},
                        {"still_median_ms", stat(still, 0.5)},
                        {"severity_change_frames", change.size()},
                        {"severity_change_median_ms", stat(change, 0.5)},
                        {"severity_change_p95_ms", stat(change, 0.95)},
                        {"severity_update_median_ms", stat(update, 0.5)},
                        {"renderer", render::glDescription()}};
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
    render::finishFrame();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  target_->setInteractive(true);  // as in the viewer, where a dragged slider counts as moving
  return ms;
}

// One step of the scripted soak session, plus what the interactive loop would do
// between frames (camera animation, background loading).
void Viewer::playSoakStep(int frame) {
  const SoakStep step = soakStep(frame, static_cast<int>(state_.atlas.structures.size()));
  for (const ui::Command& c : step.commands) controller_->apply(c);
  if (step.togglePanels) controller_->apply(ui::makeCommand(ui::CommandKind::TogglePanels));
  if (step.toggleHelp) controller_->apply(ui::makeCommand(ui::CommandKind::ToggleHelp));
  if (step.movingLevel > 0) target_->setMovingLevel(step.movingLevel);
  controller_->tick(1.0f / 60.0f);
  carryOutRequests();
  pollLoading();
}

// A severity slider dragged back and forth through flat foot's range, one change per
// frame: each sample is pose update + upload + measurements + overlays + panels + render,
// until the GPU has finished.
std::vector<double> Viewer::benchSeverityChanges(int frames, std::vector<double>& updateMs) {
  std::vector<double> ms;
  if (!controller_->canPose()) return ms;
  anatomy::Conditions conditions = controller_->conditions();
  for (int i = 0; i < frames; ++i) {
    const float t = static_cast<float>(i % 20 + 1) / 10.0f;
    conditions.set(anatomy::ConditionId::FlatFoot, t <= 1.0f ? t : 2.0f - t);
    const auto start = std::chrono::steady_clock::now();
    controller_->setConditions(conditions);
    updateMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    renderFrame(options_.width, options_.height, Layers::Everything);
    render::finishFrame();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  return ms;
}

// --overlay: turns the overlays on; without an explicit --view the first one's view is shown.
void Viewer::applyOverlayOptions(bool warnIfHidden) {
  // --mode and --section-offset first: the overlays are drawn over every mode.
  for (ViewSlot& v : state_.views) {
    v.mode = options_.mode;
    v.section.offsetMm = options_.sectionOffsetMm;
  }
  for (anatomy::OverlayKind k : options_.overlays)
    for (ViewSlot& v : state_.views) v.overlays[static_cast<std::size_t>(k)] = true;
  if (options_.overlays.empty()) return;
  if (!options_.viewGiven) controller_->setOverlay(options_.overlays.front(), true, false);
  if (warnIfHidden && !overlaysVisible())
    std::cerr << "ankle-atlas: note: no overlay named by --overlay belongs to the "
              << geometry::viewId(controller_->activeView().standardView)
              << " view (lateral: lateral/medial, posterior: posterior, whole-leg: whole-leg)\n";
}

void Viewer::warmUpUi(int width, int height) {
  // Auto-sized windows and the menu bar's reserved space settle over a couple of frames.
  for (int i = 0; i < 3; ++i) {
    ui::beginFrame(width, height);
    // As the frame to come: the caption alone when the panels are not drawn (labels keep
    // clear of the windows of the frame before).
    if (options_.withUi || options_.benchFrames > 0)
      drawUi();
    else
      ui::drawLessonPanel(panelContext(), state_.ui, pending_);
    ImGui::EndFrame();
    // Where the caption landed: the lesson camera frames the model in the part above it.
    for (const ui::Command& c : pending_)
      if (c.kind == ui::CommandKind::LessonCaptionPlaced) controller_->apply(c);
    pending_.clear();
  }
}

void Viewer::saveScreenshot(const std::string& path) {
  target_->setInteractive(false);  // screenshots are always full quality
  renderFrame(state_.viewportWidth, state_.viewportHeight, Layers::SceneAndOverlays);
  std::string error;
  if (io::writePng(path, state_.viewportWidth, state_.viewportHeight, target_->readPixels(), error))
    controller_->setStatus("Saved screenshot " + path);
  else
    state_.ui.errorMessage = error;
}

}  // namespace app
