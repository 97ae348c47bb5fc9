// Writing a lesson in the app: "Add step" captures the scene as it is (the inverse of
// showLessonStep in controller_lesson.cpp), steps are reordered, re-captured, reworded and
// deleted, and the lesson is saved atomically as a .aalesson that the player opens.
#include "app/controller.h"

#include "io/atomic_write.h"
#include "io/lesson_file.h"
#include "io/model_loader.h"

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace app {

namespace {
// "Title\nWords..." -> title and words (the panel sends both in one command).
std::pair<std::string, std::string> splitCaption(const std::string& text) {
  const std::size_t nl = text.find('\n');
  if (nl == std::string::npos) return {text, {}};
  return {text.substr(0, nl), text.substr(nl + 1)};
}

float wrapDegrees(float deg) {
  while (deg > 180.0f) deg -= 360.0f;
  while (deg < -180.0f) deg += 360.0f;
  return deg;
}

// What the player's fades do: a structure faded below its opening opacity.
bool fadedBelowDefault(const anatomy::ViewState& start, const anatomy::ViewState& now, std::size_t i) {
  return now.display[i].opacity < start.display[i].opacity - 1e-3f;
}
}  // namespace

anatomy::LessonStep Controller::captureStep(std::string title, std::string text) {
  const anatomy::Atlas& atlas = state_.atlas;
  const anatomy::ViewState& d = state_.display;
  const anatomy::ViewState start = anatomy::makeViewState(atlas);
  anatomy::LessonStep step;
  step.title = std::move(title);
  step.text = std::move(text);
  for (std::size_t i = 0; i < d.display.size() && i < atlas.structures.size(); ++i) {
    const std::string& id = atlas.structures[i].id;
    if (d.isolated && d.display[i].visible) step.isolated.push_back(id);
    if (!d.isolated && !d.display[i].visible) step.hidden.push_back(id);
    if (d.display[i].visible && fadedBelowDefault(start, d, i)) step.faded.push_back(id);
  }
  const auto ids = [&](const std::vector<int>& indices) {
    std::vector<std::string> out;
    // Only shown structures: the reader refuses an id both hidden and outlined or labelled.
    for (int i : indices)
      if (i >= 0 && i < static_cast<int>(atlas.structures.size()) && d.display[static_cast<std::size_t>(i)].visible)
        if (const std::string& id = atlas.structures[static_cast<std::size_t>(i)].id;
            std::find(out.begin(), out.end(), id) == out.end())
          out.push_back(id);
    return out;
  };
  std::vector<int> outlined = d.highlighted;  // what the teacher selected is outlined in the step
  for (int i : anatomy::selection(d)) outlined.push_back(i);
  step.highlighted = ids(outlined);
  step.labelled = ids(d.labelled);
  const anatomy::Conditions& c = conditions();
  for (const anatomy::ConditionInfo& info : anatomy::conditionInfos())
    if (c[info.id] > 0.0f) step.severities.emplace_back(info.id, c[info.id]);
  step.ankleDeg = c.ankleDeg;
  ViewSlot& v = activeView();
  for (anatomy::OverlayKind k : anatomy::kAllOverlays)
    if (v.overlays[static_cast<std::size_t>(k)]) step.overlays.push_back(k);
  step.mode = v.mode;
  step.view = v.standardView;
  // The turn, zoom and pan from where the player puts the camera for this step, so the step
  // comes back at the direction, distance and centre chosen.
  if (!v.atStandardView || d.isolated) {
    std::vector<int> isolated;
    for (std::size_t i = 0; d.isolated && i < d.display.size(); ++i)
      if (d.display[i].visible) isolated.push_back(static_cast<int>(i));
    const geometry::OrbitCamera played = playerFraming(v, isolated);
    anatomy::CameraOrbit orbit;
    orbit.yawDeg = wrapDegrees(glm::degrees(v.camera.yaw - played.yaw));
    orbit.pitchDeg = std::clamp(glm::degrees(v.camera.pitch - played.pitch), -90.0f, 90.0f);
    orbit.zoom = std::clamp(played.distance / std::max(v.camera.distance, 1e-3f), 0.25f, 8.0f);
    // A pan (or a zoom toward the cursor) moved what the camera looks at; a tenth of a
    // millimetre is rounding, not a pan.
    const glm::vec3 pan = v.camera.target - played.target;
    if (glm::length(pan) >= 0.1f)
      orbit.panMm = glm::clamp(pan, glm::vec3(-static_cast<float>(io::kMaxOrbitPanMm)),
                               glm::vec3(static_cast<float>(io::kMaxOrbitPanMm)));
    step.orbit = orbit;
  }
  return step;
}

// The camera showLessonStep sets before a step's orbit: the view's framing above the
// caption, closed in on what the step isolates. Computed by the player's own code on the
// view, which is then put back as it was.
geometry::OrbitCamera Controller::playerFraming(ViewSlot& v, const std::vector<int>& framed) {
  const geometry::OrbitCamera camera = v.camera;
  const geometry::CameraAnimator animator = v.animator;
  const bool atStandard = v.atStandardView, both = v.bothLimbs;
  const std::optional<glm::vec3> pivot = v.pivot;
  const bool playing = state_.lesson.active();
  if (!playing) state_.lesson.lesson.emplace();  // the caption's share of the window counts
  setView(v, v.standardView, false);
  if (!framed.empty()) frameStructures(v, framed);
  const geometry::OrbitCamera played = v.camera;
  if (!playing) state_.lesson.lesson.reset();
  v.camera = camera;
  v.animator = animator;
  v.atStandardView = atStandard;
  v.bothLimbs = both;
  v.pivot = pivot;
  return played;
}

void Controller::saveDraft(std::string path) {
  LessonDraft& draft = state_.draft;
  if (path.empty()) path = draft.path;
  if (path.empty()) return setStatus("Type a file name to save the lesson to", 4.0);
  if (path.size() < 9 || path.compare(path.size() - 9, 9, io::kLessonExtension) != 0) path += io::kLessonExtension;
  if (draft.lesson.steps.empty()) {
    state_.ui.errorMessage = path + ": a lesson needs at least one step (Add step)";
    return;
  }
  if (draft.lesson.title.empty()) draft.lesson.title = "Untitled lesson";
  try {
    io::writeFileAtomically(path, io::encodeLesson(draft.lesson));
  } catch (const std::exception& e) {
    state_.ui.errorMessage = e.what();  // names the file and why
    return;
  }
  draft.path = path;
  setStatus("Lesson saved: " + path, 4.0);
}

void Controller::applyAuthoring(const ui::Command& c) {
  using K = ui::CommandKind;
  LessonDraft& draft = state_.draft;
  std::vector<anatomy::LessonStep>& steps = draft.lesson.steps;
  const int count = static_cast<int>(steps.size());
  const bool valid = c.index >= 0 && c.index < count;
  const auto [title, text] = splitCaption(c.text);
  switch (c.kind) {
    case K::NewLessonDraft: draft = LessonDraft{}; break;
    case K::SetDraftTitle: draft.lesson.title = c.text; break;
    case K::AddLessonStep: {
      if (steps.size() >= io::kMaxLessonSteps) return setStatus("A lesson holds at most 500 steps", 3.0);
      const int at = valid ? c.index + 1 : count;
      steps.insert(steps.begin() + at, captureStep(title.empty() ? "Step " + std::to_string(at + 1) : title, text));
      draft.current = at;
      break;
    }
    case K::ReplaceLessonStep:
      if (valid) steps[static_cast<std::size_t>(c.index)] = captureStep(title, text);
      break;
    case K::SetLessonStepText:
      if (valid) {
        steps[static_cast<std::size_t>(c.index)].title = title;
        steps[static_cast<std::size_t>(c.index)].text = text;
      }
      break;
    case K::MoveLessonStep: {
      const int to = c.index + (c.value < 0.0f ? -1 : 1);
      if (!valid || to < 0 || to >= count) return;
      std::swap(steps[static_cast<std::size_t>(c.index)], steps[static_cast<std::size_t>(to)]);
      draft.current = to;
      break;
    }
    case K::DeleteLessonStep:
      if (!valid) return;
      steps.erase(steps.begin() + c.index);
      draft.current = std::min(c.index, static_cast<int>(steps.size()) - 1);
      break;
    case K::ShowLessonStep:
      if (!valid) return;
      draft.current = c.index;
      {
        // The player's own code shows it, so what the author sees is what the class will see.
        LessonPlayer saved = std::move(state_.lesson);
        state_.lesson.lesson = draft.lesson;
        showLessonStep(c.index, true);
        state_.lesson = std::move(saved);
      }
      break;
    case K::SaveLesson: saveDraft(c.text); break;
    default: break;
  }
}

}  // namespace app
