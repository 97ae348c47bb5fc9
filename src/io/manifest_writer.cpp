#include "io/atomic_write.h"
#include "io/manifest.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

namespace io {

namespace {

using nlohmann::json;

// Rounds to a thousandth so the text stays short and identical run to run.
double rounded(float v) { return std::round(static_cast<double>(v) * 1000.0) / 1000.0; }

json vec(const glm::vec3& v) { return json::array({rounded(v.x), rounded(v.y), rounded(v.z)}); }

const char* sideId(anatomy::Side s) {
  switch (s) {
    case anatomy::Side::Left: return "left";
    case anatomy::Side::Midline: return "midline";
    default: return "right";
  }
}

json structuresJson(const anatomy::Atlas& atlas) {
  json out = json::array();
  for (const anatomy::Structure& s : atlas.structures) {
    json targets = json::array();
    for (const geometry::MorphTarget& t : s.mesh.morphs) targets.push_back(t.name);
    out.push_back({{"id", s.id}, {"name", s.name}, {"category", anatomy::categoryId(s.category)},
                   {"side", sideId(s.side)}, {"morphTargets", targets}});
  }
  return out;
}

json landmarksJson(const anatomy::Atlas& atlas) {
  json out = json::array();
  for (const anatomy::Landmark& l : atlas.landmarks) {
    json item = {{"id", l.id}, {"structure", l.structureId}, {"position", vec(l.position)}};
    if (!l.morphs.empty()) {
      json morphs = json::array();
      for (const anatomy::LandmarkMorph& m : l.morphs) morphs.push_back({{"target", m.target}, {"delta", vec(m.delta)}});
      item["morphs"] = morphs;
    }
    out.push_back(item);
  }
  return out;
}

json jointsJson(const anatomy::Atlas& atlas) {
  json out = json::array();
  for (const anatomy::Joint& j : atlas.joints) {
    json axes = json::array();
    for (const anatomy::JointAxis& a : j.axes) axes.push_back({{"id", a.id}, {"direction", vec(a.direction)}});
    out.push_back({{"id", j.id}, {"parent", j.parent}, {"pivot", vec(j.pivot)}, {"axis", vec(j.axis)},
                   {"axes", axes}, {"structures", j.structures}});
  }
  return out;
}

json conditionsJson(const anatomy::Atlas& atlas) {
  // Grouped by condition in order of first appearance.
  json out = json::array();
  std::vector<std::string> order;
  for (const anatomy::ConditionMorph& m : atlas.conditionMorphs)
    if (std::find(order.begin(), order.end(), m.condition) == order.end()) order.push_back(m.condition);
  for (const std::string& id : order) {
    json morphs = json::array();
    for (const anatomy::ConditionMorph& m : atlas.conditionMorphs)
      if (m.condition == id)
        morphs.push_back({{"structure", m.structureId}, {"target", m.target}, {"weight", rounded(m.weight)}});
    out.push_back({{"id", id}, {"morphs", morphs}});
  }
  return out;
}

}  // namespace

std::string encodeManifest(const anatomy::Atlas& atlas, const std::string& modelFileName) {
  const json doc = {
      {"format", kManifestFormat},
      {"version", kManifestVersion},
      {"title", atlas.title},
      {"model", modelFileName},
      {"units", "mm"},
      {"frame", "+Y up (floor y = 0), +Z anterior, +X toward the body's left; right limb, medial = +X"},
      {"structures", structuresJson(atlas)},
      {"landmarks", landmarksJson(atlas)},
      {"joints", jointsJson(atlas)},
      {"conditions", conditionsJson(atlas)},
  };
  return doc.dump(1) + "\n";
}

void writeManifest(const std::string& path, const anatomy::Atlas& atlas, const std::string& modelFileName) {
  const std::string text = encodeManifest(atlas, modelFileName);
  writeFileAtomically(path, text);  // WriteError is a std::runtime_error
}

}  // namespace io
