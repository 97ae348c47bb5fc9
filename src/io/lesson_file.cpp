// Lesson reading. Steps are read one by one with their number in every message; a step's
// lists are checked against each other (nothing both hidden and highlighted, faded or
// labelled) because such a step would show something other than its text says.
#include "io/lesson_file.h"

#include "anatomy/motion.h"

#include "io/json_document.h"

#include <algorithm>

namespace io {

namespace {

using nlohmann::json;
using detail::FieldReader;
using detail::TextKind;

constexpr detail::DocumentKind kLessonKind{kLessonFormat, "lesson file", kLessonVersionMajor, kLessonVersionMinor,
                                           kMaxLessonFileBytes};

// A title that must be present and not blank.
std::string requiredTitle(const FieldReader& r, const json& object, const std::string& where) {
  const json* title = FieldReader::find(object, "title");
  if (!title) r.fail(where, where.empty() ? "the lesson needs a \"title\"" : "needs a \"title\"");
  const std::string text = r.text(*title, detail::field(where, "title"), kMaxLessonTitleBytes, TextKind::SingleLine);
  if (text.find_first_not_of(" \t") == std::string::npos) r.fail(detail::field(where, "title"), "must not be empty");
  return text;
}

bool contains(const std::vector<std::string>& list, const std::string& id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

// "text" as one string, or a list of paragraphs joined by blank lines.
std::string stepText(const FieldReader& r, const json& v, const std::string& where) {
  if (!v.is_array()) return r.text(v, where, kMaxStepTextBytes, TextKind::Multiline);
  std::string joined;
  for (const json& paragraph : r.array(v, where, kMaxStepParagraphs)) {
    joined += (joined.empty() ? "" : "\n\n") + r.text(paragraph, where, kMaxStepTextBytes, TextKind::Multiline);
    if (joined.size() > kMaxStepTextBytes) r.fail(where, "is longer than " + std::to_string(kMaxStepTextBytes) + " bytes");
  }
  return joined;
}

anatomy::CameraOrbit readOrbit(const FieldReader& r, const json& v, const std::string& where) {
  anatomy::CameraOrbit o;
  r.object(v, where);
  if (const json* x = FieldReader::find(v, "yaw_deg")) o.yawDeg = r.number(*x, where, "yaw_deg", -kMaxOrbitYawDeg, kMaxOrbitYawDeg);
  if (const json* x = FieldReader::find(v, "pitch_deg"))
    o.pitchDeg = r.number(*x, where, "pitch_deg", -kMaxOrbitPitchDeg, kMaxOrbitPitchDeg);
  if (const json* x = FieldReader::find(v, "zoom")) o.zoom = r.number(*x, where, "zoom", kMinOrbitZoom, kMaxOrbitZoom);
  if (const json* x = FieldReader::find(v, "pan_mm")) {
    const std::string field = detail::field(where, "pan_mm");
    const json& xyz = r.array(*x, field, 3);
    if (xyz.size() != 3) r.fail(field, "needs three numbers, [x, y, z] in mm");
    for (int i = 0; i < 3; ++i)
      o.panMm[i] = r.number(xyz[static_cast<std::size_t>(i)], where, "pan_mm", -kMaxOrbitPanMm, kMaxOrbitPanMm);
  }
  return o;
}

// A step that would show something other than its text says is refused: a structure
// both hidden and shown in some way, or shown in a way that a non-empty isolate list hides.
void checkStepLists(const FieldReader& r, const std::string& step, const anatomy::LessonStep& s) {
  for (const std::string& id : s.hidden) {
    if (contains(s.highlighted, id)) r.fail(step, "'" + id + "' is both highlighted and hidden");
    if (contains(s.isolated, id)) r.fail(step, "'" + id + "' is both isolated and hidden");
    if (contains(s.faded, id)) r.fail(step, "'" + id + "' is both faded and hidden");
    if (contains(s.labelled, id)) r.fail(step, "'" + id + "' is labelled but hidden");
    if (contains(s.focus, id)) r.fail(step, "'" + id + "' is in focus but hidden");
  }
  for (const std::string& id : s.faded)
    if (contains(s.highlighted, id)) r.fail(step, "'" + id + "' is both highlighted and faded");
  if (s.isolated.empty()) return;
  const std::pair<const std::vector<std::string>*, const char*> shown[] = {
      {&s.highlighted, "highlighted"}, {&s.faded, "faded"}, {&s.labelled, "labelled"}, {&s.focus, "in focus"}};
  for (const auto& [list, what] : shown)
    for (const std::string& id : *list)
      if (!contains(s.isolated, id)) r.fail(step, "'" + id + "' is " + what + " but not among the isolated structures");
}

void readStepLists(const FieldReader& r, const json& v, const std::string& step, anatomy::LessonStep& s) {
  const std::pair<const char*, std::vector<std::string>*> lists[] = {{"highlighted", &s.highlighted},
                                                                     {"hidden", &s.hidden},
                                                                     {"isolated", &s.isolated},
                                                                     {"faded", &s.faded},
                                                                     {"labelled", &s.labelled},
                                                                     {"focus", &s.focus}};
  for (const auto& [key, list] : lists)
    if (const json* x = FieldReader::find(v, key)) *list = r.ids(*x, detail::field(step, key), kMaxStepIds);
  checkStepLists(r, step, s);
}

anatomy::ViewMode readMode(const FieldReader& r, const json& v, const std::string& where) {
  const std::string name = r.text(v, where, 32, TextKind::SingleLine);
  if (const auto mode = anatomy::parseViewMode(name)) return *mode;
  r.fail(where, "unknown mode " + detail::quoted(name) + " (use normal, xray or section)");
}

anatomy::LessonStep readStep(const FieldReader& r, const json& v, const std::string& step) {
  r.object(v, step);
  anatomy::LessonStep s;
  s.title = requiredTitle(r, v, step);
  if (const json* x = FieldReader::find(v, "text")) s.text = stepText(r, *x, detail::field(step, "text"));
  if (const json* x = FieldReader::find(v, "view")) s.view = r.view(*x, detail::field(step, "view"));
  if (const json* x = FieldReader::find(v, "orbit")) {
    if (!s.view) r.fail(step, "an \"orbit\" needs a \"view\" to turn from");
    s.orbit = readOrbit(r, *x, detail::field(step, "orbit"));
  }
  if (const json* x = FieldReader::find(v, "mode")) s.mode = readMode(r, *x, detail::field(step, "mode"));
  if (const json* x = FieldReader::find(v, "ankle_deg"))
    s.ankleDeg = static_cast<float>(r.number(*x, step, "ankle_deg", anatomy::kAnkleMinDeg, anatomy::kAnkleMaxDeg));
  if (const json* x = FieldReader::find(v, "preset")) s.preset = r.preset(*x, detail::field(step, "preset"));
  if (const json* x = FieldReader::find(v, "severities")) s.severities = r.severities(*x, step);
  if (const json* x = FieldReader::find(v, "overlays")) s.overlays = r.overlays(*x, detail::field(step, "overlays"));
  readStepLists(r, v, step, s);
  if (!s.focus.empty() && !s.view) r.fail(step, "a \"focus\" needs a \"view\" to look from");
  return s;
}

anatomy::Audience readAudience(const FieldReader& r, const json& v) {
  const std::string a = r.text(v, "\"audience\"", 32, TextKind::SingleLine);
  if (a == "student") return anatomy::Audience::Student;
  if (a == "patient") return anatomy::Audience::Patient;
  if (a == "any") return anatomy::Audience::Any;
  r.fail("\"audience\"", detail::quoted(a) + " is not student, patient or any");
}

anatomy::Lesson readLesson(const json& root, const FieldReader& r) {
  anatomy::Lesson lesson;
  lesson.title = requiredTitle(r, root, "");
  if (const json* x = FieldReader::find(root, "summary"))
    lesson.summary = r.text(*x, "\"summary\"", kMaxLessonSummaryBytes, TextKind::Multiline);
  if (const json* x = FieldReader::find(root, "audience")) lesson.audience = readAudience(r, *x);
  const json* steps = FieldReader::find(root, "steps");
  if (!steps) r.fail("", "the lesson needs \"steps\"");
  for (const json& step : r.array(*steps, "\"steps\"", kMaxLessonSteps))
    lesson.steps.push_back(readStep(r, step, "step " + std::to_string(lesson.steps.size() + 1)));
  if (lesson.steps.empty()) r.fail("\"steps\"", "the lesson has no steps");
  return lesson;
}

}  // namespace

anatomy::Lesson parseLesson(const std::string& text, const std::string& path) {
  const json root = detail::parseDocument(text, path, kLessonKind);
  return readLesson(root, FieldReader(path));
}

anatomy::Lesson readLessonFile(const std::string& path) {
  return parseLesson(detail::readDocumentFile(path, kLessonKind), path);
}

}  // namespace io
