// Ankle motion: the ankle slider and the eccentric heel-drop animation. The animation's
// clock advances in tick(), so tests drive it with explicit time steps.
#include "anatomy/heel_region.h"
#include "anatomy/motion.h"
#include "app/controller.h"

#include <cmath>

namespace app {

namespace {
anatomy::HeelDrop heelDrop(const MotionPlayer& m) {
  anatomy::HeelDrop drop;
  drop.belowStep = m.belowStep;
  return drop;
}
}  // namespace

glm::vec3 Controller::heelShift(const ViewSlot& view) const {
  if (!state_.atlas.builtIn || !view.posed || !geometry::isHeelView(view.standardView)) return glm::vec3(0.0f);
  const glm::vec3 heel = anatomy::heelRegionBounds(state_.atlas).center();
  return view.posed->heelMotion(heel) - heel;
}

void Controller::setAnkle(float degrees) {
  if (!canPose()) return;
  anatomy::Conditions next = conditions();
  next.ankleDeg = anatomy::clampAnkle(degrees);
  if (next == conditions()) return;
  std::vector<glm::vec3> before;
  for (const ViewSlot& v : state_.views) before.push_back(heelShift(v));
  setConditions(next);
  // A heel close-up keeps the heel in frame while it drops below the step and rises again.
  for (std::size_t i = 0; i < state_.views.size(); ++i) {
    ViewSlot& v = state_.views[i];
    if (!v.atStandardView) continue;
    const glm::vec3 move = heelShift(v) - before[i];
    v.camera.target += move;
    if (v.pivot) *v.pivot += move;
  }
}

void Controller::applyMotion(const ui::Command& c) {
  using K = ui::CommandKind;
  MotionPlayer& m = state_.motion;
  switch (c.kind) {
    case K::SetAnkle:
      m.playing = false;  // the hand on the slider wins
      setAnkle(c.value);
      break;
    case K::ToggleHeelDrop:
      if (!canPose()) return setStatus("Motion needs the built-in model", 3.0);
      m.playing = !m.playing;
      setStatus(m.playing ? "Heel drop: playing (D pauses)" : "Heel drop: paused", 2.0);
      break;
    case K::SetHeelDropBelowStep: m.belowStep = c.flag; break;
    default: break;
  }
}

ui::MotionInfo Controller::motionInfo() const {
  const MotionPlayer& m = state_.motion;
  ui::MotionInfo info;
  info.ankleDeg = conditions().ankleDeg;
  info.restTendonMm = m.restTendonMm;
  info.playing = m.playing;
  info.belowStep = m.belowStep;
  if (m.playing) info.phase = heelDrop(m).phaseAt(m.seconds);
  if (const ViewSlot& v = activeView(); v.posed) {
    info.tendonMm = v.posed->tendonLengthMm();
    info.bursaFraction = v.posed->bursaFraction();
  }
  return info;
}

bool Controller::advanceMotion(float dt) {
  MotionPlayer& m = state_.motion;
  if (!m.playing) return false;
  if (!canPose()) {
    m.playing = false;
    return false;
  }
  m.seconds = std::fmod(m.seconds + static_cast<double>(dt), static_cast<double>(heelDrop(m).period()));
  setAnkle(heelDrop(m).angleAt(m.seconds));
  return true;
}

}  // namespace app
