// The structures the flat-foot and ankle lessons need beyond the Achilles (issue 11): each
// stays attached to the bones it runs between and out of every bone, at rest and in every
// preset pose; in the flat-foot preset the tibialis posterior tendon and the spring
// ligament are stretched.
#include "model_fixture.h"

#include "anatomy/cards_extra.h"
#include "anatomy/conditions.h"
#include "anatomy/posed_model.h"
#include "geometry/mesh_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <queue>
#include <unordered_map>

using namespace anatomy;

namespace {

PosedModel& posed() {
  static PosedModel model(modeltest::model());
  return model;
}

int index(const std::string& id) {
  const int i = modeltest::model().indexOf(id);
  if (i < 0) throw std::runtime_error("no structure " + id);
  return i;
}

// A structure's mesh as the posed model draws it.
geometry::Mesh drawn(const PosedModel& p, const std::string& id) {
  const int i = index(id);
  geometry::Mesh m = modeltest::model().structures[static_cast<std::size_t>(i)].mesh;
  m.morphs.clear();
  m.positions.clear();
  for (const glm::vec3& v : p.positions(i)) m.positions.push_back(glm::vec3(p.transform(i) * glm::vec4(v, 1.0f)));
  return m;
}

float closest(const geometry::Mesh& a, const geometry::Mesh& b) {
  float best = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < a.positions.size(); i += 2)
    for (const glm::vec3& q : b.positions) best = std::min(best, glm::distance(a.positions[i], q));
  return best;
}

// A bone's surface as triangle centres with outward normals in a 3 mm grid: how deep a
// point lies under the nearest of them (within 6 mm; negative or 0 outside).
class SurfaceIndex {
 public:
  explicit SurfaceIndex(const geometry::Mesh& m) : box_(m.bounds()) {
    for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
      const glm::vec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]], c = m.positions[m.indices[t + 2]];
      const glm::vec3 n = glm::cross(b - a, c - a);
      if (glm::length(n) < 1e-9f) continue;
      const glm::vec3 centre = (a + b + c) / 3.0f;
      cells_[key(cell(centre))].push_back({centre, glm::normalize(n)});
    }
  }
  float depth(const glm::vec3& p) const {
    if (p.x < box_.min.x || p.y < box_.min.y || p.z < box_.min.z || p.x > box_.max.x || p.y > box_.max.y ||
        p.z > box_.max.z)
      return 0.0f;
    const glm::ivec3 c = cell(p);
    float best = 36.0f, depth = 0.0f;
    for (int dx = -2; dx <= 2; ++dx)
      for (int dy = -2; dy <= 2; ++dy)
        for (int dz = -2; dz <= 2; ++dz) {
          const auto it = cells_.find(key(c + glm::ivec3(dx, dy, dz)));
          if (it == cells_.end()) continue;
          for (const Facet& f : it->second) {
            const float d2 = glm::dot(p - f.centre, p - f.centre);
            if (d2 < best) best = d2, depth = -glm::dot(p - f.centre, f.normal);
          }
        }
    return depth;
  }

 private:
  struct Facet {
    glm::vec3 centre, normal;
  };
  static glm::ivec3 cell(const glm::vec3& p) { return glm::ivec3(glm::floor(p / 3.0f)); }
  static long long key(const glm::ivec3& c) {
    return (static_cast<long long>(c.x + 100000) * 200003LL + (c.y + 100000)) * 200003LL + (c.z + 100000);
  }
  geometry::Bounds box_;
  std::unordered_map<long long, std::vector<Facet>> cells_;
};

struct Attachment {
  const char* structure;
  const char* bone;
};

// Where each one starts and ends (REFERENCE.md, "Structures the lessons need").
const Attachment kAttachments[] = {
    {"tibialis_posterior_tendon", "tibia"},      {"tibialis_posterior_tendon", "navicular"},
    {"tibialis_posterior", "tibia"},             {"spring_ligament", "calcaneus"},
    {"spring_ligament", "navicular"},            {"deltoid_ligament", "tibia"},
    {"deltoid_ligament", "navicular"},           {"deltoid_ligament", "talus"},
    {"deltoid_ligament", "calcaneus"},           {"anterior_talofibular_ligament", "fibula"},
    {"anterior_talofibular_ligament", "talus"},  {"calcaneofibular_ligament", "fibula"},
    {"calcaneofibular_ligament", "calcaneus"},   {"peroneus_brevis_tendon", "fibula"},
    {"peroneus_brevis_tendon", "metatarsal_5"},  {"peroneus_longus_tendon", "cuboid"},
    {"peroneus_longus_tendon", "medial_cuneiform"}, {"flexor_hallucis_longus_tendon", "talus"},
    {"flexor_hallucis_longus_tendon", "distal_phalanx_1"}, {"plantaris_tendon", "calcaneus"},
    {"hallux_sesamoid_medial", "metatarsal_1"},  {"hallux_sesamoid_lateral", "metatarsal_1"},
};

const char* const kAdded[] = {"tibialis_posterior", "tibialis_posterior_tendon", "flexor_hallucis_longus",
                              "flexor_hallucis_longus_tendon", "peroneus_longus_tendon", "peroneus_brevis_tendon",
                              "plantaris_tendon", "spring_ligament", "deltoid_ligament",
                              "anterior_talofibular_ligament", "calcaneofibular_ligament", "sural_nerve",
                              "hallux_sesamoid_medial", "hallux_sesamoid_lateral"};

std::vector<std::pair<std::string, Conditions>> everyPose() {
  std::vector<std::pair<std::string, Conditions>> out = {{"rest", Conditions{}}};
  for (const Preset& preset : presets()) out.emplace_back(preset.id, *presetConditions(preset.id));
  return out;
}

// Length along a cord: vertices grouped by their distance over the mesh from one end (at
// rest), and the polyline through the groups' centres in the given positions.
struct Centreline {
  std::vector<std::vector<std::uint32_t>> groups;
  explicit Centreline(const geometry::Mesh& rest, float step = 3.0f) {
    const std::size_t n = rest.positions.size();
    glm::vec3 c(0.0f);
    for (const glm::vec3& p : rest.positions) c += p / static_cast<float>(n);
    std::size_t end = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (glm::distance(rest.positions[i], c) > glm::distance(rest.positions[end], c)) end = i;
    std::vector<std::vector<std::uint32_t>> next(n);
    for (std::size_t t = 0; t + 2 < rest.indices.size(); t += 3)
      for (int k = 0; k < 3; ++k) {
        next[rest.indices[t + k]].push_back(rest.indices[t + (k + 1) % 3]);
        next[rest.indices[t + (k + 1) % 3]].push_back(rest.indices[t + k]);
      }
    std::vector<float> dist(n, std::numeric_limits<float>::max());
    using Item = std::pair<float, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    dist[end] = 0.0f;
    queue.push({0.0f, static_cast<std::uint32_t>(end)});
    while (!queue.empty()) {
      const auto [d, v] = queue.top();
      queue.pop();
      if (d > dist[v]) continue;
      for (std::uint32_t w : next[v]) {
        const float nd = d + glm::distance(rest.positions[v], rest.positions[w]);
        if (nd < dist[w]) dist[w] = nd, queue.push({nd, w});
      }
    }
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t g = static_cast<std::size_t>(dist[i] / step);
      if (groups.size() <= g) groups.resize(g + 1);
      groups[g].push_back(static_cast<std::uint32_t>(i));
    }
    groups.erase(std::remove_if(groups.begin(), groups.end(), [](const auto& g) { return g.empty(); }), groups.end());
  }
  // Length through the groups whose rest centre lies below restBelowY.
  float length(const std::vector<glm::vec3>& rest, const std::vector<glm::vec3>& positions,
               float restBelowY = std::numeric_limits<float>::max()) const {
    float total = 0.0f;
    glm::vec3 previous(0.0f);
    bool first = true;
    for (const auto& group : groups) {
      glm::vec3 c(0.0f), r(0.0f);
      for (std::uint32_t i : group) {
        c += positions[i] / static_cast<float>(group.size());
        r += rest[i] / static_cast<float>(group.size());
      }
      if (r.y >= restBelowY) continue;
      if (!first) total += glm::distance(previous, c);
      previous = c;
      first = false;
    }
    return total;
  }
};

}  // namespace

TEST(ModelExtraStructures, EachStaysOnItsBonesInEveryPose) {
  PosedModel& p = posed();
  for (const auto& [pose, conditions] : everyPose()) {
    p.update(conditions);
    for (const Attachment& a : kAttachments) {
      const float gap = closest(drawn(p, a.structure), drawn(p, a.bone));
      EXPECT_LT(gap, 2.5f) << pose << ": " << a.structure << " has come off the " << a.bone << " (" << gap << " mm)";
    }
  }
}

TEST(ModelExtraStructures, NoneEntersABoneInAnyPose) {
  std::vector<std::string> bones;
  for (const Structure& s : modeltest::model().structures)
    if (s.category == Category::Bone && s.id != "calcific_spur") bones.push_back(s.id);
  PosedModel& p = posed();
  for (const auto& [pose, conditions] : everyPose()) {
    p.update(conditions);
    std::vector<SurfaceIndex> surfaces;
    for (const std::string& bone : bones) surfaces.emplace_back(drawn(p, bone));
    for (const char* id : kAdded) {
      const geometry::Mesh m = drawn(p, id);
      for (std::size_t k = 0; k < bones.size(); ++k) {
        if (bones[k] == id) continue;
        std::size_t inside = 0;
        for (const glm::vec3& v : m.positions) inside += surfaces[k].depth(v) > 0.3f ? 1 : 0;
        // At rest nothing is inside; posed, skinning may tuck a few vertices of a cord that
        // hugs a joint under the bone's surface, never a visible part of it.
        const std::size_t allowed = pose == "rest" ? 0 : m.positions.size() / 100;
        EXPECT_LE(inside, allowed) << pose << ": " << inside << " vertices of " << id << " inside the " << bones[k];
      }
    }
  }
}

TEST(ModelExtraStructures, FlatFootStretchesTibialisPosteriorAndTheSpringLigament) {
  // The tibialis posterior tendon is measured from just above the tip of the medial
  // malleolus to the navicular, the stretch of it that wraps the ankle and holds the arch
  // (its course up the leg rides with the tibia and does not change); the spring ligament
  // whole.
  PosedModel& p = posed();
  const float malleolus = modeltest::landmark("medial_malleolus_tip").y + 15.0f;
  const std::pair<const char*, float> parts[] = {{"tibialis_posterior_tendon", malleolus},
                                                 {"spring_ligament", std::numeric_limits<float>::max()}};
  for (const auto& [id, below] : parts) {
    const geometry::Mesh& rest = modeltest::mesh(id);
    const Centreline line(rest);
    p.update({});
    const float normal = line.length(rest.positions, drawn(p, id).positions, below);
    p.update(*presetConditions("flat-foot"));
    const float flat = line.length(rest.positions, drawn(p, id).positions, below);
    std::printf("  %-26s %.1f mm -> %.1f mm in flat foot (%+.0f%%)\n", id, normal, flat, 100.0f * (flat / normal - 1.0f));
    EXPECT_GE(flat, 1.10f * normal) << id;
  }
}

TEST(ModelExtraStructures, EachHasACardAtBothLevels) {
  for (const char* id : kAdded) {
    const Card* card = nullptr;
    for (const Card& c : extraStructureCards())
      if (c.id == id) card = &c;
    ASSERT_NE(card, nullptr) << id;
    EXPECT_FALSE(card->title.empty()) << id;
    EXPECT_GT(card->student.size(), 80u) << id;
    EXPECT_GT(card->patient.size(), 80u) << id;
    EXPECT_NE(card->student, card->patient) << id;
  }
  EXPECT_EQ(extraStructureCards().size(), std::size(kAdded));
}
