// Case file reading and writing. The reader checks every field before it builds the
// record, so a bad file gives one LoadError and nothing half-read reaches the app.
#include "io/case_file.h"

#include "io/atomic_write.h"
#include "io/json_document.h"

#include "anatomy/measure_all.h"

#include <algorithm>
#include <cmath>

namespace io {

namespace {

using nlohmann::json;
using detail::FieldReader;
using detail::TextKind;

constexpr detail::DocumentKind kCaseKind{kCaseFormat, "case file", kCaseVersionMajor, kCaseVersionMinor,
                                         kMaxCaseFileBytes};

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// "YYYY-MM-DD" naming a real calendar day.
bool isCalendarDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
}

std::string quotedSide(const std::string& name) {
  return detail::quoted(name) + " is not a side (use right or left)";
}

std::string optionalText(const FieldReader& r, const json& root, const char* key, std::size_t max, TextKind kind) {
  const json* v = FieldReader::find(root, key);
  return v ? r.text(*v, detail::field("", key), max, kind) : std::string();
}

anatomy::Side readSide(const FieldReader& r, const json& v) {
  const std::string name = r.text(v, "\"side\"", 16, TextKind::SingleLine);
  if (name == "right") return anatomy::Side::Right;
  if (name == "left") return anatomy::Side::Left;
  r.fail("\"side\"", quotedSide(name));
}

// {"calcaneal_pitch_deg": 14, ...}: --measure keys with the values a radiograph showed, in
// the --measure order (a JSON object has no order of its own, so the writer uses this too).
std::vector<anatomy::FitTarget> readFitted(const FieldReader& r, const json& v) {
  const std::string where = "\"fitted\"";
  std::vector<anatomy::FitTarget> out;
  const auto& keys = anatomy::measurementKeys();
  for (const auto& [key, value] : r.object(v, where).items())
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
      r.fail(where, "unknown measurement " + detail::quoted(key) + " (use a --measure key such as calcaneal_pitch_deg)");
  for (const std::string& key : keys)
    if (const json* value = FieldReader::find(v, key.c_str()))
      out.push_back({key, r.number(*value, where, key, -kMaxCaseNumber, kMaxCaseNumber)});
  return out;
}

glm::vec3 readPoint(const FieldReader& r, const json& v, const std::string& where) {
  const json& a = r.array(v, where, 3);
  if (a.size() != 3) r.fail(where, "must be [x, y, z] in mm");
  glm::vec3 p;
  for (int i = 0; i < 3; ++i) p[i] = r.number(a[static_cast<std::size_t>(i)], where, "coordinate", -kMaxCaseNumber, kMaxCaseNumber);
  return p;
}

std::string readStructureId(const FieldReader& r, const json& v, const std::string& where) {
  const json one = json::array({v});
  return r.ids(one, where, 1).front();
}

std::vector<anatomy::CasePin> readPins(const FieldReader& r, const json& v) {
  std::vector<anatomy::CasePin> out;
  for (const json& item : r.array(v, "\"pins\"", kMaxCasePins)) {
    const std::string where = "pin " + std::to_string(out.size() + 1);
    r.object(item, where);
    anatomy::CasePin pin;
    const json* id = FieldReader::find(item, "structure");
    const json* point = FieldReader::find(item, "point");
    if (!id || !point) r.fail(where, "needs \"structure\" and \"point\"");
    pin.structure = readStructureId(r, *id, detail::field(where + " ", "structure"));
    pin.point = readPoint(r, *point, detail::field(where + " ", "point"));
    pin.text = optionalText(r, item, "text", kMaxCasePinTextBytes, TextKind::SingleLine);
    out.push_back(pin);
  }
  return out;
}

std::vector<anatomy::CaseBookmark> readBookmarks(const FieldReader& r, const json& v) {
  std::vector<anatomy::CaseBookmark> out;
  for (const json& item : r.array(v, "\"bookmarks\"", kMaxCaseBookmarks)) {
    const std::string where = "bookmark " + std::to_string(out.size() + 1);
    r.object(item, where);
    anatomy::CaseBookmark b;
    b.name = optionalText(r, item, "name", kMaxCaseTitleBytes, TextKind::SingleLine);
    if (const json* view = FieldReader::find(item, "view")) b.view = r.view(*view, detail::field(where + " ", "view"));
    if (const json* target = FieldReader::find(item, "target")) b.target = readPoint(r, *target, detail::field(where + " ", "target"));
    const auto number = [&](const char* key, float fallback, double lo, double hi) {
      const json* n = FieldReader::find(item, key);
      return n ? r.number(*n, detail::field(where + " ", key), key, lo, hi) : fallback;
    };
    b.distance = number("distance", b.distance, 1.0, kMaxCaseNumber);
    b.yawDeg = number("yaw_deg", 0.0f, -360.0, 360.0);
    b.pitchDeg = number("pitch_deg", 0.0f, -90.0, 90.0);
    out.push_back(b);
  }
  return out;
}

anatomy::CaseRecord readRecord(const json& root, const FieldReader& r) {
  anatomy::CaseRecord c;
  c.title = optionalText(r, root, "title", kMaxCaseTitleBytes, TextKind::SingleLine);
  c.date = optionalText(r, root, "date", 10, TextKind::SingleLine);
  if (!c.date.empty() && !isCalendarDate(c.date))
    r.fail("\"date\"", detail::quoted(c.date) + " is not a date like 2026-12-03 (year-month-day)");
  c.notes = optionalText(r, root, "notes", kMaxCaseNotesBytes, TextKind::Multiline);
  if (const json* v = FieldReader::find(root, "preset")) c.preset = r.preset(*v, "\"preset\"");
  if (const json* v = FieldReader::find(root, "severities"))
    for (const auto& [id, severity] : r.severities(*v, "\"severities\"")) c.conditions.set(id, severity);
  if (const json* v = FieldReader::find(root, "spur_inclination_deg"))
    c.conditions.spurInclinationDeg = r.number(*v, "\"spur_inclination_deg\"", "spur inclination",
                                               anatomy::kSpurInclinationMinDeg, anatomy::kSpurInclinationMaxDeg);
  if (const json* v = FieldReader::find(root, "overlays")) c.overlays = r.overlays(*v, "\"overlays\"");
  if (const json* v = FieldReader::find(root, "view")) c.view = r.view(*v, "\"view\"");
  if (const json* v = FieldReader::find(root, "hidden")) c.hidden = r.ids(*v, "\"hidden\"", kMaxCaseHiddenIds);
  if (const json* v = FieldReader::find(root, "side")) c.side = readSide(r, *v);
  if (const json* v = FieldReader::find(root, "fitted")) c.fitted = readFitted(r, *v);
  if (const json* v = FieldReader::find(root, "pins")) c.pins = readPins(r, *v);
  if (const json* v = FieldReader::find(root, "bookmarks")) c.bookmarks = readBookmarks(r, *v);
  return c;
}

}  // namespace

anatomy::CaseRecord parseCase(const std::string& text, const std::string& path) {
  const json root = detail::parseDocument(text, path, kCaseKind);
  return readRecord(root, FieldReader(path));
}

anatomy::CaseRecord readCaseFile(const std::string& path) {
  return parseCase(detail::readDocumentFile(path, kCaseKind), path);
}

std::string encodeCase(const anatomy::CaseRecord& c) {
  // ordered_json keeps the order below, which reads well when a person opens the file.
  nlohmann::ordered_json j;
  j["format"] = kCaseFormat;
  j["version"] = detail::versionText(kCaseKind);
  j["title"] = c.title;
  j["date"] = c.date;
  j["notes"] = c.notes;
  j["preset"] = c.preset.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(c.preset);
  nlohmann::ordered_json severities = nlohmann::ordered_json::object();
  for (const auto& info : anatomy::conditionInfos())
    if (c.conditions[info.id] > 0.0f) severities[info.key] = detail::tidyNumber(c.conditions[info.id]);
  j["severities"] = severities;
  if (c.conditions.spurInclinationDeg != anatomy::kSpurInclinationDefaultDeg)
    j["spur_inclination_deg"] = detail::tidyNumber(c.conditions.spurInclinationDeg);
  j["overlays"] = nlohmann::ordered_json::array();
  for (anatomy::OverlayKind k : c.overlays) j["overlays"].push_back(anatomy::overlayId(k));
  j["view"] = geometry::viewId(c.view);
  j["hidden"] = c.hidden;
  j["side"] = c.side == anatomy::Side::Left ? "left" : "right";
  j["fitted"] = nlohmann::ordered_json::object();
  for (const anatomy::FitTarget& t : anatomy::inMeasureOrder(c.fitted)) j["fitted"][t.key] = detail::tidyNumber(t.value);
  const auto point = [](glm::vec3 p) {
    return nlohmann::ordered_json::array({detail::tidyNumber(p.x), detail::tidyNumber(p.y), detail::tidyNumber(p.z)});
  };
  j["pins"] = nlohmann::ordered_json::array();
  for (const anatomy::CasePin& p : c.pins)
    j["pins"].push_back({{"structure", p.structure}, {"point", point(p.point)}, {"text", p.text}});
  j["bookmarks"] = nlohmann::ordered_json::array();
  for (const anatomy::CaseBookmark& b : c.bookmarks)
    j["bookmarks"].push_back({{"name", b.name},
                              {"view", geometry::viewId(b.view)},
                              {"target", point(b.target)},
                              {"distance", detail::tidyNumber(b.distance)},
                              {"yaw_deg", detail::tidyNumber(b.yawDeg)},
                              {"pitch_deg", detail::tidyNumber(b.pitchDeg)}});
  // Invalid UTF-8 in a title typed into the app becomes U+FFFD instead of failing the save.
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

void writeCaseFile(const std::string& path, const anatomy::CaseRecord& record) {
  const std::string text = encodeCase(record);
  // A file the reader would refuse is worse than no save: say why, keep the old file.
  try {
    parseCase(text, path);
  } catch (const LoadError& e) {
    throw WriteError(path, "not saved: " + e.reason());
  }
  writeFileAtomically(path, text);
}

}  // namespace io
