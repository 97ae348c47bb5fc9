// Lesson writing: the inverse of lesson_file.cpp's reader, in the key order a person
// would write by hand, with fields a step does not use left out.
#include "io/json_document.h"
#include "io/lesson_file.h"

namespace io {

namespace {

using Json = nlohmann::ordered_json;

const char* audienceId(anatomy::Audience a) {
  switch (a) {
    case anatomy::Audience::Student: return "student";
    case anatomy::Audience::Patient: return "patient";
    default: return "any";
  }
}

Json encodeStep(const anatomy::LessonStep& s) {
  Json j;
  j["title"] = s.title;
  j["text"] = s.text;
  if (s.view) j["view"] = geometry::viewId(*s.view);
  if (s.orbit) {
    j["orbit"] = {{"yaw_deg", detail::tidyNumber(s.orbit->yawDeg)},
                  {"pitch_deg", detail::tidyNumber(s.orbit->pitchDeg)},
                  {"zoom", detail::tidyNumber(s.orbit->zoom)}};
    const glm::vec3& pan = s.orbit->panMm;
    if (pan != glm::vec3(0.0f))
      j["orbit"]["pan_mm"] = {detail::tidyNumber(pan.x), detail::tidyNumber(pan.y), detail::tidyNumber(pan.z)};
  }
  if (!s.focus.empty()) j["focus"] = s.focus;
  if (s.mode != anatomy::ViewMode::Normal) j["mode"] = anatomy::viewModeId(s.mode);
  if (s.ankleDeg != 0.0f) j["ankle_deg"] = detail::tidyNumber(s.ankleDeg);
  if (!s.preset.empty()) j["preset"] = s.preset;
  if (!s.severities.empty()) {
    Json severities = Json::object();
    for (const auto& [id, severity] : s.severities) severities[anatomy::conditionInfo(id).key] = detail::tidyNumber(severity);
    j["severities"] = severities;
  }
  if (!s.overlays.empty()) {
    j["overlays"] = Json::array();
    for (anatomy::OverlayKind k : s.overlays) j["overlays"].push_back(anatomy::overlayId(k));
  }
  if (!s.highlighted.empty()) j["highlighted"] = s.highlighted;
  if (!s.faded.empty()) j["faded"] = s.faded;
  if (!s.labelled.empty()) j["labelled"] = s.labelled;
  if (!s.hidden.empty()) j["hidden"] = s.hidden;
  if (!s.isolated.empty()) j["isolated"] = s.isolated;
  return j;
}

}  // namespace

std::string encodeLesson(const anatomy::Lesson& lesson) {
  Json j;
  j["format"] = kLessonFormat;
  j["version"] = std::to_string(kLessonVersionMajor) + "." + std::to_string(kLessonVersionMinor);
  j["title"] = lesson.title;
  if (!lesson.summary.empty()) j["summary"] = lesson.summary;
  if (lesson.audience != anatomy::Audience::Any) j["audience"] = audienceId(lesson.audience);
  j["steps"] = Json::array();
  for (const anatomy::LessonStep& s : lesson.steps) j["steps"].push_back(encodeStep(s));
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace io
