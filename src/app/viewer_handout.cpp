// --case FILE --handout OUT: renders "a normal heel" and "your heel" offscreen in the
// case's heel view (same side, same camera), projects the case's pins onto the second
// picture, and writes the A4 page (handout_layout.h, handout_render.h).
#include "app/viewer.h"

#include "app/handout_render.h"
#include "app/scene_builder.h"
#include "io/file_error.h"
#include "render/gl_context.h"

#include <ctime>
#include <iostream>

namespace app {

namespace {
// Rendered at about 300 dpi for the page's picture boxes.
constexpr int kPictureWidth = 1000;
constexpr int kPictureHeight = static_cast<int>(kPictureWidth / kHandoutPictureAspect);

std::string today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[64];
  std::strftime(text, sizeof text, "%d %B %Y", &local);
  return text[0] == '0' ? text + 1 : text;  // "7 December 2026"
}

// Where each pin lands in the picture, in pixels from the top left; pins behind the camera
// or outside the picture are left off.
std::vector<std::pair<float, float>> projectPins(const std::vector<anatomy::CasePin>& pins,
                                                 const geometry::OrbitCamera& camera, bool mirrored) {
  std::vector<std::pair<float, float>> out;
  const glm::mat4 toClip = camera.projection(kHandoutPictureAspect) * camera.view() *
                           (mirrored ? leftLimbTransform() : glm::mat4(1.0f));
  for (const anatomy::CasePin& pin : pins) {
    const glm::vec4 clip = toClip * glm::vec4(pin.point, 1.0f);
    if (clip.w <= 0.0f) continue;
    const float x = (clip.x / clip.w * 0.5f + 0.5f) * kPictureWidth, y = (0.5f - clip.y / clip.w * 0.5f) * kPictureHeight;
    if (x < 0 || y < 0 || x > kPictureWidth || y > kPictureHeight) continue;
    out.emplace_back(x, y);
  }
  return out;
}
}  // namespace

struct Viewer::HandoutShot {
  HandoutPicture picture;
};

Viewer::HandoutShot Viewer::renderHandoutPicture(const anatomy::Conditions& conditions, geometry::StandardView view) {
  controller_->setConditions(conditions);
  for (ViewSlot& v : state_.views) controller_->setView(v, view, false);
  renderFrame(kPictureWidth, kPictureHeight, Layers::SceneAndOverlays);  // resolved, ready to read
  render::finishFrame();
  HandoutShot shot;
  shot.picture.width = kPictureWidth;
  shot.picture.height = kPictureHeight;
  shot.picture.rgba = target_->readPixels();
  return shot;
}

bool Viewer::exportHandout(const std::string& path, geometry::StandardView view, std::string& error) {
  const anatomy::CaseRecord record = controller_->currentCase();
  // The pictures borrow the views: what the window showed comes back afterwards.
  const Snapshot before = controller_->snapshot();
  const int width = state_.viewportWidth, height = state_.viewportHeight;
  const bool panels = state_.panelsOnScreen;
  state_.viewportWidth = kPictureWidth;
  state_.viewportHeight = kPictureHeight;
  state_.panelsOnScreen = false;
  // The pictures are the scene alone: no ImGui frame inside the window's own (the caller
  // may be a menu in the middle of one).
  const bool imgui = imguiReady_;
  imguiReady_ = false;
  const HandoutShot normal = renderHandoutPicture(anatomy::Conditions{}, view);
  HandoutShot patient = renderHandoutPicture(before.conditions, view);  // the case's, measured below
  patient.picture.pins = projectPins(record.pins, controller_->activeView().camera, controller_->activeView().mirrored);
  const HandoutContent content = handoutContent(record, controller_->activeView().measurements, today());
  const HandoutPage page = layoutHandout(content, cairoTextWidth());
  state_.viewportWidth = width;
  state_.viewportHeight = height;
  state_.panelsOnScreen = panels;
  imguiReady_ = imgui;
  for (std::size_t i = 0; i < state_.views.size() && i < before.views.size(); ++i) {
    ViewSlot& v = state_.views[i];
    v.standardView = before.views[i].standardView;
    v.atStandardView = before.views[i].atStandardView;
    v.bothLimbs = before.views[i].bothLimbs;
    v.camera = before.views[i].camera;
  }
  if (!page.fits) controller_->setStatus("The handout's text was shortened to fit one page");
  return writeHandout(page, normal.picture, patient.picture, path, error);
}

int Viewer::runHandout(anatomy::Atlas atlas, const io::LoadReport& report) {
  std::string error;
  if (!startOffscreen(error)) {
    std::cerr << "ankle-atlas: " << error << "\n";
    return kExitNoOpenGL;
  }
  setAtlas(std::move(atlas), report);
  if (!applyStructureOptions()) return kExitBadInput;
  const geometry::StandardView view = geometry::parseView(options_.view).value_or(geometry::StandardView::HeelLateral);
  if (!exportHandout(options_.handout, view, error)) {
    std::cerr << "ankle-atlas: " << io::printable(error) << "\n";
    return kExitBadInput;
  }
  std::cout << "Wrote " << io::printable(options_.handout) << " (A4 handout, " << geometry::viewId(view) << " view)\n";
  return kExitOk;
}

}  // namespace app
