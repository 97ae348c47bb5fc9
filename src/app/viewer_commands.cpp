// Applying the panels' and keys' commands to the viewer's state in one place.
#include "app/model_source.h"
#include "app/viewer.h"

#include "ui/imgui_setup.h"

#include <imgui.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace app {

namespace {
LoadOutcome loadInBackground(AppOptions options) {
  LoadOutcome outcome;
  try {
    outcome.atlas = std::make_unique<anatomy::Atlas>(loadRequestedModel(options, &outcome.report));
  } catch (const io::LoadError& e) {
    outcome.error = e.what();
  } catch (const std::exception& e) {
    outcome.error = (options.file.empty() ? std::string("built-in model") : options.file) + ": " + e.what();
  }
  return outcome;
}

std::string automaticScreenshotName() {
  const std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  return std::string("ankle-atlas-") + stamp + ".png";
}
}  // namespace

void Viewer::startLoading(const std::string& path, bool builtIn) {
  if (loading_.valid()) return;  // one load at a time
  AppOptions request = options_;
  request.file = builtIn ? std::string() : path;
  ui_.loadingFile = builtIn ? std::string("built-in model") : path;
  loading_ = std::async(std::launch::async, loadInBackground, request);
}

namespace {
// A model is imported on a worker thread, whose malloc arena keeps the freed import
// buffers; hand them back so a lecture's worth of reloads keeps memory flat.
void releaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}
}  // namespace

void Viewer::pollLoading() {
  if (!loading_.valid() || loading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
  LoadOutcome outcome = loading_.get();
  ui_.loadingFile.clear();
  if (!outcome.error.empty()) {
    ui_.errorMessage = outcome.error;  // the previous model stays
    return;
  }
  setAtlas(std::move(*outcome.atlas), outcome.report);
  outcome = LoadOutcome();
  releaseFreedMemory();
  ui_.statusMessage = "Opened " + (atlas_.sourcePath.empty() ? atlas_.title : atlas_.sourcePath);
  ui_.statusUntil = ImGui::GetTime() + 4.0;
}

void Viewer::applyCommands() {
  ui::Commands commands;
  commands.swap(pending_);
  for (const ui::Command& c : commands) applyCommand(c);
}

void Viewer::applyCommand(const ui::Command& c) {
  using ui::CommandKind;
  switch (c.kind) {
    case CommandKind::SetView: setView(c.view, true); break;
    case CommandKind::ResetView:
      view_ = anatomy::makeViewState(atlas_);
      setView(currentView_, true);
      break;
    case CommandKind::FocusStructure: focusStructure(c.index); break;
    case CommandKind::Select: view_.selected = c.index; break;
    case CommandKind::SetVisible: anatomy::setVisible(view_, c.index, c.flag); break;
    case CommandKind::SetOpacity: anatomy::setOpacity(view_, c.index, c.value); break;
    case CommandKind::SetCategoryVisible: anatomy::setCategoryVisible(atlas_, view_, c.category, c.flag); break;
    case CommandKind::SetCategoryOpacity: anatomy::setCategoryOpacity(atlas_, view_, c.category, c.value); break;
    case CommandKind::Isolate: anatomy::isolate(view_, {c.index}); break;
    case CommandKind::IsolateCategory: anatomy::isolateCategory(atlas_, view_, c.category); break;
    case CommandKind::ShowAll: anatomy::showAll(atlas_, view_); break;
    case CommandKind::SetBothLimbs: bothLimbs_ = c.flag && atlas_.builtIn; break;
    case CommandKind::OpenFile: startLoading(c.text, false); break;
    case CommandKind::OpenBuiltIn: startLoading({}, true); break;
    case CommandKind::SaveScreenshot: saveScreenshot(c.text.empty() ? automaticScreenshotName() : c.text); break;
    case CommandKind::SetUiScale: pendingUiScale_ = c.value; break;
    case CommandKind::SetPreset:
      if (const auto preset = anatomy::presetConditions(c.text)) setConditions(*preset);
      break;
    case CommandKind::SetSeverity:
      if (posed_ && c.index >= 0 && c.index < static_cast<int>(anatomy::kConditionCount)) {
        anatomy::Conditions next = posed_->conditions();
        next.set(static_cast<anatomy::ConditionId>(c.index), c.value);
        setConditions(next);
      }
      break;
    case CommandKind::SetOverlay:
      if (c.index >= 0 && c.index < static_cast<int>(anatomy::kOverlayCount))
        setOverlay(static_cast<anatomy::OverlayKind>(c.index), c.flag);
      break;
    case CommandKind::Quit: quit_ = true; break;
  }
}

}  // namespace app
