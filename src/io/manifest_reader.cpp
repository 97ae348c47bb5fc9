// Manifest reading: every field is checked for type and range before anything in the
// atlas changes, so a hostile or broken file gives one LoadError and no partial state.
#include "io/json_document.h"
#include "io/manifest.h"
#include "io/message_text.h"
#include "io/model_loader.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <unordered_map>
#include <sstream>

namespace io {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxManifestBytes = 32u << 20;
constexpr std::size_t kMaxStringLength = 4096;
// Far above what a model needs (the built-in one has 41 structures, 48 landmarks and 7
// joints), and low enough that a hostile list cannot make the checks or the posing slow.
constexpr std::size_t kMaxStructures = 100000;
constexpr std::size_t kMaxLandmarks = 10000;
constexpr std::size_t kMaxJoints = 1000;
constexpr std::size_t kMaxConditions = 1000;
constexpr std::size_t kMaxListItems = 1000;  // axes, structures or morphs of one entry

// Everything the manifest says, validated, before it is applied.
struct Parsed {
  std::string title;
  bool hasTitle = false;
  struct StructureInfo {
    std::string id, name;
    std::optional<anatomy::Category> category;
    std::optional<anatomy::Side> side;
  };
  std::vector<StructureInfo> structures;
  std::vector<anatomy::Landmark> landmarks;
  std::vector<anatomy::Joint> joints;
  std::vector<anatomy::ConditionMorph> conditionMorphs;
};

class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const std::string& where, const std::string& why) const {
    throw LoadError(path_, "manifest " + where + ": " + why);
  }

  const json& member(const json& obj, const char* key, const std::string& where) const {
    const auto it = obj.find(key);
    if (it == obj.end()) fail(where, std::string("missing \"") + key + "\"");
    return *it;
  }

  std::string text(const json& v, const std::string& where, bool allowEmpty = false) const {
    if (!v.is_string()) fail(where, "expected a string");
    const auto& s = v.get_ref<const std::string&>();
    if (!allowEmpty && s.empty()) fail(where, "must not be empty");
    if (s.size() > kMaxStringLength) fail(where, "string too long");
    return s;
  }

  std::string optionalText(const json& obj, const char* key, const std::string& where) const {
    const auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? std::string() : text(*it, where + "." + key, true);
  }

  float number(const json& v, const std::string& where) const {
    if (!v.is_number()) fail(where, "expected a number");
    const double d = v.get<double>();
    if (!std::isfinite(d) || std::abs(d) > 1e7) fail(where, "number out of range");
    return static_cast<float>(d);
  }

  glm::vec3 vec3(const json& v, const std::string& where) const {
    if (!v.is_array() || v.size() != 3) fail(where, "expected an array of 3 numbers");
    return {number(v[0], where + "[0]"), number(v[1], where + "[1]"), number(v[2], where + "[2]")};
  }

  const json& array(const json& v, const std::string& where, std::size_t maxItems = kMaxListItems) const {
    if (!v.is_array()) fail(where, "expected an array");
    if (v.size() > maxItems)
      fail(where, "has " + detail::formatCount(v.size()) + " entries; the limit is " + detail::formatCount(maxItems));
    return v;
  }

  const json& object(const json& v, const std::string& where) const {
    if (!v.is_object()) fail(where, "expected an object");
    return v;
  }

  static std::string at(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

  Parsed parse(const json& root) const;

 private:
  void parseStructures(const json& list, Parsed& out) const;
  void parseLandmarks(const json& list, Parsed& out) const;
  void parseJoints(const json& list, Parsed& out) const;
  void parseConditions(const json& list, Parsed& out) const;
  void checkHierarchy(const std::vector<anatomy::Joint>& joints) const;

  std::string path_;
};

std::optional<anatomy::Side> parseSide(const std::string& s) {
  if (s == "right") return anatomy::Side::Right;
  if (s == "left") return anatomy::Side::Left;
  if (s == "midline") return anatomy::Side::Midline;
  return std::nullopt;
}

void Reader::parseStructures(const json& list, Parsed& out) const {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < array(list, "structures", kMaxStructures).size(); ++i) {
    const std::string where = at("structures", i);
    const json& item = object(list[i], where);
    Parsed::StructureInfo info;
    info.id = text(member(item, "id", where), where + ".id");
    if (!seen.insert(info.id).second) fail(where, "duplicate structure id \"" + info.id + "\"");
    info.name = optionalText(item, "name", where);
    const std::string category = optionalText(item, "category", where);
    if (!category.empty()) {
      info.category = anatomy::parseCategory(category);
      if (!info.category) fail(where + ".category", "unknown category \"" + category + "\"");
    }
    const std::string side = optionalText(item, "side", where);
    if (!side.empty()) {
      info.side = parseSide(side);
      if (!info.side) fail(where + ".side", "unknown side \"" + side + "\" (right, left or midline)");
    }
    out.structures.push_back(std::move(info));
  }
}

void Reader::parseLandmarks(const json& list, Parsed& out) const {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < array(list, "landmarks", kMaxLandmarks).size(); ++i) {
    const std::string where = at("landmarks", i);
    const json& item = object(list[i], where);
    anatomy::Landmark l;
    l.id = text(member(item, "id", where), where + ".id");
    if (!seen.insert(l.id).second) fail(where, "duplicate landmark id \"" + l.id + "\"");
    l.position = vec3(member(item, "position", where), where + ".position");
    l.structureId = optionalText(item, "structure", where);
    if (const auto it = item.find("morphs"); it != item.end()) {
      for (std::size_t k = 0; k < array(*it, where + ".morphs").size(); ++k) {
        const std::string w = where + ".morphs[" + std::to_string(k) + "]";
        const json& m = object((*it)[k], w);
        l.morphs.push_back({text(member(m, "target", w), w + ".target"), vec3(member(m, "delta", w), w + ".delta")});
      }
    }
    out.landmarks.push_back(std::move(l));
  }
}

void Reader::parseJoints(const json& list, Parsed& out) const {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < array(list, "joints", kMaxJoints).size(); ++i) {
    const std::string where = at("joints", i);
    const json& item = object(list[i], where);
    anatomy::Joint j;
    j.id = text(member(item, "id", where), where + ".id");
    if (!seen.insert(j.id).second) fail(where, "duplicate joint id \"" + j.id + "\"");
    j.parent = optionalText(item, "parent", where);
    j.pivot = vec3(member(item, "pivot", where), where + ".pivot");
    const glm::vec3 axis = vec3(member(item, "axis", where), where + ".axis");
    if (glm::length(axis) < 1e-6f) fail(where + ".axis", "axis has zero length");
    j.axis = glm::normalize(axis);
    if (const auto it = item.find("axes"); it != item.end()) {
      for (std::size_t k = 0; k < array(*it, where + ".axes").size(); ++k) {
        const std::string w = where + ".axes[" + std::to_string(k) + "]";
        const json& a = object((*it)[k], w);
        const glm::vec3 d = vec3(member(a, "direction", w), w + ".direction");
        if (glm::length(d) < 1e-6f) fail(w + ".direction", "axis has zero length");
        j.axes.push_back({text(member(a, "id", w), w + ".id"), glm::normalize(d)});
      }
    }
    if (j.axes.empty()) j.axes.push_back({"main", j.axis});
    if (const auto it = item.find("structures"); it != item.end())
      for (std::size_t k = 0; k < array(*it, where + ".structures").size(); ++k)
        j.structures.push_back(text((*it)[k], where + ".structures[" + std::to_string(k) + "]"));
    out.joints.push_back(std::move(j));
  }
  checkHierarchy(out.joints);
}

// Every parent exists and no chain of parents loops. Linear: each joint is walked once,
// and a walk stops at the first joint already known to reach the root.
void Reader::checkHierarchy(const std::vector<anatomy::Joint>& joints) const {
  std::unordered_map<std::string, std::size_t> indexOf;
  for (std::size_t i = 0; i < joints.size(); ++i) indexOf.emplace(joints[i].id, i);
  std::vector<std::size_t> parentOf(joints.size(), joints.size());  // joints.size(): a root
  for (std::size_t i = 0; i < joints.size(); ++i) {
    if (joints[i].parent.empty()) continue;
    const auto it = indexOf.find(joints[i].parent);
    if (it == indexOf.end()) fail("joint \"" + joints[i].id + "\"", "parent \"" + joints[i].parent + "\" is not a joint");
    parentOf[i] = it->second;
  }
  enum class State : unsigned char { Unseen, OnPath, ReachesRoot };
  std::vector<State> state(joints.size(), State::Unseen);
  std::vector<std::size_t> path;
  for (std::size_t start = 0; start < joints.size(); ++start) {
    path.clear();
    std::size_t at = start;
    while (at < joints.size() && state[at] == State::Unseen) {
      state[at] = State::OnPath;
      path.push_back(at);
      at = parentOf[at];
    }
    if (at < joints.size() && state[at] == State::OnPath) fail("joint \"" + joints[at].id + "\"", "the parent chain loops");
    for (std::size_t i : path) state[i] = State::ReachesRoot;
  }
}

void Reader::parseConditions(const json& list, Parsed& out) const {
  for (std::size_t i = 0; i < array(list, "conditions", kMaxConditions).size(); ++i) {
    const std::string where = at("conditions", i);
    const json& item = object(list[i], where);
    const std::string id = text(member(item, "id", where), where + ".id");
    const json& morphs = array(member(item, "morphs", where), where + ".morphs");
    for (std::size_t k = 0; k < morphs.size(); ++k) {
      const std::string w = where + ".morphs[" + std::to_string(k) + "]";
      const json& m = object(morphs[k], w);
      anatomy::ConditionMorph cm;
      cm.condition = id;
      cm.structureId = text(member(m, "structure", w), w + ".structure");
      cm.target = text(member(m, "target", w), w + ".target");
      if (const auto it = m.find("weight"); it != m.end()) cm.weight = number(*it, w + ".weight");
      out.conditionMorphs.push_back(std::move(cm));
    }
  }
}

Parsed Reader::parse(const json& root) const {
  if (!root.is_object()) fail("root", "expected a JSON object");
  if (const auto it = root.find("format"); it != root.end() && text(*it, "format") != kManifestFormat)
    fail("format", "is not \"" + std::string(kManifestFormat) + "\"");
  if (const auto it = root.find("version"); it != root.end()) {
    const float v = number(*it, "version");
    if (v != static_cast<float>(kManifestVersion)) fail("version", "unsupported version (this build reads 1)");
  }
  Parsed out;
  if (const auto it = root.find("title"); it != root.end()) {
    out.title = text(*it, "title", true);
    out.hasTitle = true;
  }
  if (const auto it = root.find("structures"); it != root.end()) parseStructures(*it, out);
  if (const auto it = root.find("landmarks"); it != root.end()) parseLandmarks(*it, out);
  if (const auto it = root.find("joints"); it != root.end()) parseJoints(*it, out);
  if (const auto it = root.find("conditions"); it != root.end()) parseConditions(*it, out);
  return out;
}

}  // namespace

void applyManifestText(const std::string& text, const std::string& path, anatomy::Atlas& atlas) {
  if (text.size() > kMaxManifestBytes) throw LoadError(path, "manifest is larger than 32 MB");
  const json root = detail::parseJsonText(text, path, "manifest: ");
  const Parsed parsed = Reader(path).parse(root);
  for (const Parsed::StructureInfo& info : parsed.structures) {
    const int index = atlas.indexOf(info.id);
    if (index < 0) continue;  // the manifest may describe more than this file holds
    anatomy::Structure& s = atlas.structures[static_cast<std::size_t>(index)];
    if (!info.name.empty()) s.name = info.name;
    if (info.category) s.category = *info.category;
    if (info.side) s.side = *info.side;
  }
  if (parsed.hasTitle) atlas.title = parsed.title;
  atlas.landmarks = parsed.landmarks;
  atlas.joints = parsed.joints;
  atlas.conditionMorphs = parsed.conditionMorphs;
}

void applyManifest(const std::string& manifestPath, anatomy::Atlas& atlas) {
  std::ifstream f(manifestPath, std::ios::binary);
  if (!f) throw LoadError(manifestPath, "cannot open manifest");
  std::string text;
  if (!detail::readAtMost(f, kMaxManifestBytes, text)) throw LoadError(manifestPath, "manifest is larger than 32 MB");
  if (f.bad()) throw LoadError(manifestPath, "cannot read manifest");
  applyManifestText(text, manifestPath, atlas);
}

}  // namespace io
