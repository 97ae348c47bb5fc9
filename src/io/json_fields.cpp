// The domain fields the case and lesson files share (view, preset, overlays, condition
// severities, structure ids), checked against the app's own tables so that a file can
// only name what the app can show.
#include "io/json_document.h"

#include "anatomy/structure.h"

#include <algorithm>
#include <set>

namespace io::detail {

using nlohmann::json;

namespace {

std::string viewNames() {
  std::string names;
  for (geometry::StandardView v : geometry::kAllViews) names += std::string(names.empty() ? "" : ", ") + geometry::viewId(v);
  return names;
}

std::string presetNames() {
  std::string names;
  for (const anatomy::Preset& p : anatomy::presets()) names += std::string(names.empty() ? "" : ", ") + p.id;
  return names;
}

}  // namespace

geometry::StandardView FieldReader::view(const json& v, const std::string& where) const {
  const std::string name = text(v, where, 64, TextKind::SingleLine);
  const auto view = geometry::parseView(name);
  if (!view) fail(where, "unknown view " + quoted(name) + " (use " + viewNames() + ")");
  return *view;
}

std::string FieldReader::preset(const json& v, const std::string& where) const {
  const std::string name = text(v, where, 64, TextKind::SingleLine);
  if (const anatomy::Preset* p = anatomy::findPreset(name)) return p->id;
  fail(where, "unknown preset " + quoted(name) + " (use " + presetNames() + ")");
}

std::vector<anatomy::OverlayKind> FieldReader::overlays(const json& v, const std::string& where) const {
  std::vector<anatomy::OverlayKind> out;
  for (const json& item : array(v, where, anatomy::kOverlayCount)) {
    const std::string name = text(item, where, 64, TextKind::SingleLine);
    const auto kind = anatomy::parseOverlay(name);
    if (!kind) fail(where, "unknown overlay " + quoted(name) + " (use lateral, posterior or whole-leg)");
    if (std::find(out.begin(), out.end(), *kind) != out.end()) fail(where, "overlay " + quoted(name) + " is listed twice");
    out.push_back(*kind);
  }
  return out;
}

std::vector<std::pair<anatomy::ConditionId, float>> FieldReader::severities(const json& v,
                                                                            const std::string& where) const {
  std::vector<std::pair<anatomy::ConditionId, float>> out;
  for (const auto& [key, value] : object(v, where).items()) {
    const auto id = anatomy::parseCondition(key);
    if (!id) {
      std::string known;
      for (const auto& info : anatomy::conditionInfos()) known += std::string(known.empty() ? "" : ", ") + info.key;
      fail(where, "unknown condition " + quoted(key) + " (known: " + known + ")");
    }
    const char* canonical = anatomy::conditionInfo(*id).key;
    for (const auto& seen : out)
      if (seen.first == *id) fail(where, "condition '" + std::string(canonical) + "' is given twice");
    out.emplace_back(*id, number(value, where, "severity of '" + std::string(canonical) + "'", 0.0, 1.0));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

std::vector<std::string> FieldReader::ids(const json& v, const std::string& where, std::size_t maxItems) const {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const json& item : array(v, where, maxItems)) {
    if (!item.is_string()) fail(where, "structure ids must be text, not " + typeText(item));
    const std::string& id = item.get_ref<const std::string&>();
    if (!anatomy::isWellFormedId(id))
      fail(where, quoted(id) + " is not a structure id (lower-case letters and digits joined by single underscores, "
                               "at most " + std::to_string(anatomy::kMaxIdLength) + " characters)");
    if (!seen.insert(id).second) fail(where, "structure " + quoted(id) + " is listed twice");
    out.push_back(id);
  }
  return out;
}

}  // namespace io::detail
