// Playing a lesson: each step sets the whole scene (view and camera, what is shown, faded and
// outlined, conditions, overlays), so a presenter can jump to any step; leaving the lesson
// brings back what was shown before it.
#include "app/controller.h"

#include "app/lesson_library.h"
#include "io/lesson_file.h"
#include "io/model_loader.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>

namespace app {

namespace {
// Ids the open model lacks (a lesson for the built-in model over a user's file) are skipped.
std::vector<int> indicesOf(const anatomy::Atlas& atlas, const std::vector<std::string>& ids) {
  std::vector<int> out;
  for (const std::string& id : ids)
    if (const int i = atlas.indexOf(id); i >= 0) out.push_back(i);
  return out;
}
}  // namespace

void Controller::startLesson(anatomy::Lesson lesson, std::string path, bool animate) {
  if (!state_.lesson.active()) state_.lesson.before = snapshot();
  state_.lesson.lesson = std::move(lesson);
  state_.lesson.path = std::move(path);
  goToLessonStep(0, animate);
}

void Controller::goToLessonStep(int step, bool animate) {
  if (!state_.lesson.active()) return;
  const int count = static_cast<int>(state_.lesson.lesson->steps.size());
  state_.lesson.step = std::clamp(step < 0 ? count - 1 : step, 0, count - 1);
  showLessonStep(state_.lesson.step, animate);
}

void Controller::showLessonStep(int index, bool animate) {
  const anatomy::LessonStep& step = state_.lesson.lesson->steps[static_cast<std::size_t>(index)];
  const anatomy::Atlas& atlas = state_.atlas;
  anatomy::ViewState& d = state_.display;
  const int hovered = d.hovered;
  d = anatomy::makeViewState(atlas);
  d.hovered = hovered;
  const auto indices = [&](const std::vector<std::string>& ids) { return indicesOf(atlas, ids); };
  if (!step.isolated.empty()) anatomy::isolate(d, indices(step.isolated));
  for (int i : indices(step.hidden)) anatomy::setVisible(d, i, false);
  for (int i : indices(step.faded)) anatomy::setOpacity(d, i, anatomy::kFadedOpacity);
  d.highlighted = indices(step.highlighted);
  d.labelled = indices(step.labelled);
  setConditions(step.conditions());
  for (ViewSlot& v : state_.views) {
    v.overlays.fill(false);
    for (anatomy::OverlayKind k : step.overlays) v.overlays[static_cast<std::size_t>(k)] = true;
    v.mode = step.mode;
  }
  state_.lesson.cameraFromStep = false;
  if (!step.view) return;  // the camera stays where it is
  frameLessonStep(step, animate);
  state_.lesson.cameraFromStep = true;
}

// Where the step puts the camera: its view, closed in on its focus, turned, zoomed and
// panned by its orbit, framed in the part of the window the caption leaves free.
void Controller::frameLessonStep(const anatomy::LessonStep& step, bool animate) {
  const auto indices = [&](const std::vector<std::string>& ids) { return indicesOf(state_.atlas, ids); };
  // What the camera closes in on: the step's focus, else what it isolates.
  const std::vector<int> focus = indices(step.focus.empty() ? step.isolated : step.focus);
  for (ViewSlot& v : state_.views) {
    const geometry::OrbitCamera from = v.camera;
    setView(v, *step.view, false);  // where the step's view puts the camera
    if (!focus.empty()) frameStructures(v, focus);
    geometry::OrbitCamera goal = v.camera;
    if (step.orbit) {
      goal.orbit(glm::radians(step.orbit->yawDeg), glm::radians(step.orbit->pitchDeg));
      goal.zoom(step.orbit->zoom);
      goal.target += step.orbit->panMm;
      v.atStandardView = false;
    }
    v.camera = from;
    moveCamera(v, goal, animate);  // and it glides there
  }
}

// The caption was drawn at a new size (another step's words, a resized window, a new text
// scale): a camera the step placed is framed again above it, gliding on if it was gliding.
void Controller::placeLessonCaption(const ui::Command& c) {
  ui::UiState::CaptionRect rect;
  rect.x = std::clamp(c.point.x, 0.0f, 1.0f);
  rect.y = std::clamp(c.point.y, 0.0f, 1.0f);
  rect.width = std::clamp(c.point.z, 0.0f, 1.0f);
  rect.height = std::clamp(c.value, 0.0f, 1.0f);
  ui::UiState::CaptionRect& was = state_.ui.lessonCaption;
  constexpr float kMoved = 0.005f;  // of the window (4 px at 720p): less leaves the camera be
  const bool moved = std::abs(rect.y - was.y) > kMoved || std::abs(rect.height - was.height) > kMoved ||
                     std::abs(rect.x - was.x) > kMoved || std::abs(rect.width - was.width) > kMoved;
  was = rect;
  const LessonPlayer& player = state_.lesson;
  if (!moved || !player.active() || !player.cameraFromStep) return;
  const bool gliding = std::any_of(state_.views.begin(), state_.views.end(),
                                   [](const ViewSlot& v) { return v.animator.active(); });
  frameLessonStep(player.lesson->steps[static_cast<std::size_t>(player.step)], gliding);
}

void Controller::applyLesson(const ui::Command& c) {
  using K = ui::CommandKind;
  LessonPlayer& player = state_.lesson;
  switch (c.kind) {
    case K::OpenLesson: {
      const std::string path = resolveLesson(c.text);
      if (path.empty()) {
        state_.ui.errorMessage = "No lesson named '" + c.text + "' (the shipped lessons are in the Lessons menu)";
        return;
      }
      try {
        startLesson(io::readLessonFile(path), path);
      } catch (const io::LoadError& e) {
        state_.ui.errorMessage = e.what();  // what was shown stays
      }
      break;
    }
    case K::LessonStep:
      if (player.active()) goToLessonStep(player.step + (c.index < 0 ? -1 : 1));
      break;
    case K::LessonGoTo:
      if (player.active()) goToLessonStep(c.index);
      break;
    case K::LessonCaptionPlaced: placeLessonCaption(c); break;
    case K::LeaveLesson:
      if (!player.active()) return;
      player.lesson.reset();
      restore(player.before, true);
      break;
    default: break;
  }
}

}  // namespace app
