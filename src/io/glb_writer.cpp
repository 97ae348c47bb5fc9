#include "io/glb_writer.h"

#include "anatomy/palette.h"
#include "io/atomic_write.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <iterator>
#include <stdexcept>

namespace io {

namespace {

using nlohmann::json;

constexpr float kMetresPerMillimetre = 0.001f;
constexpr int kFloat = 5126;
constexpr int kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;

// Exported materials: one per tissue class, from the app's palette (other viewers show these).
constexpr anatomy::TissueClass kExportedClasses[] = {
    anatomy::TissueClass::Bone,  anatomy::TissueClass::Deposit, anatomy::TissueClass::Tendon,
    anatomy::TissueClass::Ligament, anatomy::TissueClass::Bursa, anatomy::TissueClass::Muscle,
    anatomy::TissueClass::Fat,   anatomy::TissueClass::Skin,    anatomy::TissueClass::Other};

class BinaryBuilder {
 public:
  json bufferViews = json::array();
  json accessors = json::array();
  std::vector<std::uint8_t> data;

  int addVec3(const std::vector<glm::vec3>& values, float scale, bool withBounds) {
    std::vector<float> flat;
    flat.reserve(values.size() * 3);
    for (const glm::vec3& v : values)
      for (int k = 0; k < 3; ++k) flat.push_back(v[k] * scale);
    const int view = addView(flat.data(), flat.size() * sizeof(float), kArrayBuffer);
    json acc = {{"bufferView", view}, {"componentType", kFloat}, {"count", values.size()}, {"type", "VEC3"}};
    if (withBounds) {
      json lo = json::array(), hi = json::array();
      for (int k = 0; k < 3; ++k) {
        float mn = values.empty() ? 0.0f : flat[k], mx = mn;
        for (std::size_t i = 0; i < values.size(); ++i) {
          mn = std::min(mn, flat[3 * i + k]);
          mx = std::max(mx, flat[3 * i + k]);
        }
        lo.push_back(static_cast<double>(mn));
        hi.push_back(static_cast<double>(mx));
      }
      acc["min"] = lo;
      acc["max"] = hi;
    }
    accessors.push_back(acc);
    return static_cast<int>(accessors.size()) - 1;
  }

  int addIndices(const std::vector<std::uint32_t>& indices) {
    const int view = addView(indices.data(), indices.size() * sizeof(std::uint32_t), kElementArrayBuffer);
    accessors.push_back({{"bufferView", view}, {"componentType", kUnsignedInt}, {"count", indices.size()}, {"type", "SCALAR"}});
    return static_cast<int>(accessors.size()) - 1;
  }

 private:
  int addView(const void* bytes, std::size_t size, int target) {
    while (data.size() % 4 != 0) data.push_back(0);
    const std::size_t offset = data.size();
    data.resize(offset + size);
    if (size > 0) std::memcpy(data.data() + offset, bytes, size);
    bufferViews.push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", size}, {"target", target}});
    return static_cast<int>(bufferViews.size()) - 1;
  }
};

json materials() {
  json out = json::array();
  for (const anatomy::TissueClass c : kExportedClasses) {
    const anatomy::TissueLook& look = anatomy::tissueLook(c);
    json m = {{"name", anatomy::tissueClassId(c)},
              {"pbrMetallicRoughness",
               {{"baseColorFactor", {look.color.r, look.color.g, look.color.b, look.alpha}},
                {"metallicFactor", 0.0},
                {"roughnessFactor", look.roughness}}}};
    if (look.alpha < 1.0f) m["alphaMode"] = "BLEND";
    out.push_back(m);
  }
  return out;
}

int materialIndex(anatomy::TissueClass c) {
  for (std::size_t i = 0; i < std::size(kExportedClasses); ++i)
    if (kExportedClasses[i] == c) return static_cast<int>(i);
  return static_cast<int>(std::size(kExportedClasses)) - 1;
}

json meshJson(const anatomy::Atlas& atlas, std::size_t index, BinaryBuilder& bin) {
  const anatomy::Structure& s = atlas.structures[index];
  const geometry::Mesh& m = s.mesh;
  json attributes = {{"POSITION", bin.addVec3(m.positions, kMetresPerMillimetre, true)}};
  if (m.normals.size() == m.positions.size()) attributes["NORMAL"] = bin.addVec3(m.normals, 1.0f, false);
  json primitive = {{"attributes", attributes}, {"indices", bin.addIndices(m.indices)}, {"mode", 4},
                    {"material", materialIndex(anatomy::tissueClassOf(atlas, index))}};
  json mesh = {{"name", s.id}, {"primitives", json::array()}};
  if (!m.morphs.empty()) {
    json targets = json::array(), names = json::array(), weights = json::array();
    for (const geometry::MorphTarget& t : m.morphs) {
      json target = {{"POSITION", bin.addVec3(t.positionDeltas, kMetresPerMillimetre, true)}};
      if (t.normalDeltas.size() == t.positionDeltas.size())
        target["NORMAL"] = bin.addVec3(t.normalDeltas, 1.0f, false);
      targets.push_back(target);
      names.push_back(t.name);
      weights.push_back(0.0);
    }
    primitive["targets"] = targets;
    mesh["weights"] = weights;
    mesh["extras"] = {{"targetNames", names}};
  }
  mesh["primitives"].push_back(primitive);
  return mesh;
}

void appendU32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int k = 0; k < 4; ++k) out.push_back(static_cast<std::uint8_t>((v >> (8 * k)) & 0xFFu));
}

}  // namespace

std::vector<std::uint8_t> encodeGlb(const anatomy::Atlas& atlas) {
  BinaryBuilder bin;
  json meshes = json::array(), nodes = json::array(), sceneNodes = json::array();
  for (std::size_t i = 0; i < atlas.structures.size(); ++i) {
    const anatomy::Structure& s = atlas.structures[i];
    meshes.push_back(meshJson(atlas, i, bin));
    nodes.push_back({{"name", s.id}, {"mesh", meshes.size() - 1},
                     {"extras", {{"category", anatomy::categoryId(s.category)}}}});
    sceneNodes.push_back(nodes.size() - 1);
  }
  while (bin.data.size() % 4 != 0) bin.data.push_back(0);
  json doc = {{"asset", {{"version", "2.0"}, {"generator", "ankle-atlas-modelgen"}}},
              {"scene", 0},
              {"scenes", {{{"name", atlas.title.empty() ? "model" : atlas.title}, {"nodes", sceneNodes}}}},
              {"nodes", nodes},
              {"meshes", meshes},
              {"materials", materials()},
              {"accessors", bin.accessors},
              {"bufferViews", bin.bufferViews},
              {"buffers", {{{"byteLength", bin.data.size()}}}}};
  std::string text = doc.dump();
  while (text.size() % 4 != 0) text.push_back(' ');
  std::vector<std::uint8_t> out;
  const std::size_t total = 12 + 8 + text.size() + 8 + bin.data.size();
  out.reserve(total);
  appendU32(out, 0x46546C67u);  // "glTF"
  appendU32(out, 2u);
  appendU32(out, static_cast<std::uint32_t>(total));
  appendU32(out, static_cast<std::uint32_t>(text.size()));
  appendU32(out, 0x4E4F534Au);  // "JSON"
  out.insert(out.end(), text.begin(), text.end());
  appendU32(out, static_cast<std::uint32_t>(bin.data.size()));
  appendU32(out, 0x004E4942u);  // "BIN\0"
  out.insert(out.end(), bin.data.begin(), bin.data.end());
  return out;
}

void writeGlb(const std::string& path, const anatomy::Atlas& atlas) {
  const std::vector<std::uint8_t> bytes = encodeGlb(atlas);
  writeFileAtomically(path, bytes.data(), bytes.size());  // WriteError is a std::runtime_error
}

}  // namespace io
