// Case file reading and writing. The reader checks every field before it builds the
// record, so a bad file gives one LoadError and nothing half-read reaches the app.
#include "io/case_file.h"

#include "io/atomic_write.h"
#include "io/json_document.h"

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

std::string optionalText(const FieldReader& r, const json& root, const char* key, std::size_t max, TextKind kind) {
  const json* v = FieldReader::find(root, key);
  return v ? r.text(*v, detail::field("", key), max, kind) : std::string();
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
  if (const json* v = FieldReader::find(root, "overlays")) c.overlays = r.overlays(*v, "\"overlays\"");
  if (const json* v = FieldReader::find(root, "view")) c.view = r.view(*v, "\"view\"");
  if (const json* v = FieldReader::find(root, "hidden")) c.hidden = r.ids(*v, "\"hidden\"", kMaxCaseHiddenIds);
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
  j["overlays"] = nlohmann::ordered_json::array();
  for (anatomy::OverlayKind k : c.overlays) j["overlays"].push_back(anatomy::overlayId(k));
  j["view"] = geometry::viewId(c.view);
  j["hidden"] = c.hidden;
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
