// Shapes and specs of the structures in extra_structures.h.
#include "modelgen/extra_structures.h"

#include "modelgen/layout.h"
#include "modelgen/midfoot.h"

#include <algorithm>
#include <string>

namespace modelgen {

using namespace geometry::sdf;
using anatomy::Category;

namespace {

// A smooth cord through the stations: the course is resampled along a Catmull-Rom curve
// (so it bends without kinks) and the short tapered pieces are joined by a plain union. A
// smooth union would swell the cord a little at every joint, which reads as beads on a
// cord only a millimetre or two thick.
Shape cord(const CordPath& path) {
  constexpr int kSteps = 4;
  const auto at = [&](long i) { return path[static_cast<std::size_t>(std::clamp<long>(i, 0, static_cast<long>(path.size()) - 1))]; };
  std::vector<glm::vec3> points;
  std::vector<float> radii;
  for (long i = 0; i + 1 < static_cast<long>(path.size()); ++i)
    for (int k = 0; k < kSteps; ++k) {
      const float t = static_cast<float>(k) / kSteps, t2 = t * t, t3 = t2 * t;
      const CordPoint &a = at(i - 1), &b = at(i), &c = at(i + 1), &d = at(i + 2);
      const float wa = -0.5f * t3 + t2 - 0.5f * t, wb = 1.5f * t3 - 2.5f * t2 + 1.0f;
      const float wc = -1.5f * t3 + 2.0f * t2 + 0.5f * t, wd = 0.5f * t3 - 0.5f * t2;
      points.push_back(foot(wa * a.at + wb * b.at + wc * c.at + wd * d.at));
      radii.push_back(glm::mix(b.radius, c.radius, t));  // radii linear: never overshoot
    }
  points.push_back(foot(path.back().at));
  radii.push_back(path.back().radius);
  return taperedChain(points, radii, 0.0f);
}

// Does the bone come within a couple of millimetres of the cord anywhere along it?
// (Sampled between the stations; only those bones need carving, which keeps it quick.)
bool passesNear(const CordPath& path, const Shape& bone) {
  for (std::size_t i = 0; i + 1 < path.size(); ++i)
    for (float t = 0.0f; t < 1.0f; t += 0.25f) {
      const glm::vec3 p = foot(glm::mix(path[i].at, path[i + 1].at, t));
      if (boxDistance(bone.box(), p) < 6.0f + path[i].radius && bone(p) < path[i].radius + 2.5f) return true;
    }
  return false;
}

std::vector<Shape> allBones(const BoneShapes& b) {
  std::vector<Shape> out = {b.tibia, b.fibula, b.talus, b.calcaneus, b.navicular, b.cuboid};
  for (const auto* group : {&b.cuneiforms})
    for (const Shape& s : *group) out.push_back(s);
  for (const auto* group : {&b.metatarsals, &b.proximalPhalanges, &b.distalPhalanges})
    for (const Shape& s : *group) out.push_back(s);
  return out;
}

// The cord kept 0.5 mm off every bone it passes, so it touches its attachments but never
// enters a bone.
Shape offBones(const Shape& s, const std::vector<CordPath>& paths, const std::vector<Shape>& bones) {
  Shape out = s;
  for (const Shape& b : bones) {
    bool near = false;
    for (const CordPath& path : paths) near = near || (b.valid() && passesNear(path, b));
    if (near) out = smoothSubtract(out, offset(b, 0.5f), 0.5f);
  }
  return out;
}

StructureSpec make(std::string id, std::string name, Category category, const Shape& shape, float cell, float edge) {
  StructureSpec s;
  s.id = std::move(id);
  s.name = std::move(name);
  s.category = category;
  s.shape = shape;
  s.cellSize = cell;
  s.targetEdge = edge;
  return s;
}

// The two hallux sesamoids: in the short flexor's tendons under the first metatarsal head,
// either side of the flexor hallucis longus.
std::array<Shape, 2> sesamoids(const BoneShapes& b) {
  const glm::vec3 head = foot(kFirstMetatarsalHead);
  std::array<Shape, 2> out;
  for (int i = 0; i < 2; ++i) {
    const float side = i == 0 ? 5.5f : -5.5f;  // medial, lateral
    const Shape raw = ellipsoid(head + glm::vec3(side, -12.7f, -2.0f), {3.8f, 3.0f, 5.5f});
    out[static_cast<std::size_t>(i)] = smoothSubtract(raw, offset(b.metatarsals[0], kJointGap), 0.8f);
  }
  return out;
}

}  // namespace

void addExtraStructureSpecs(const BoneShapes& b, std::vector<StructureSpec>& out) {
  const Cords& c = cords();
  std::vector<Shape> bones = allBones(b);
  const std::array<Shape, 2> sesamoid = sesamoids(b);
  out.push_back(make("hallux_sesamoid_medial", "Medial sesamoid of the big toe", Category::Bone, sesamoid[0], 0.3f, 0.7f));
  out.push_back(make("hallux_sesamoid_lateral", "Lateral sesamoid of the big toe", Category::Bone, sesamoid[1], 0.3f, 0.7f));
  bones.push_back(sesamoid[0]);
  bones.push_back(sesamoid[1]);
  const auto add = [&](const char* id, const char* name, Category category, std::vector<CordPath> paths, float cell,
                       float edge) {
    std::vector<Shape> parts;
    for (const CordPath& p : paths) parts.push_back(cord(p));
    const Shape raw = parts.size() == 1 ? parts[0] : smoothUnion(parts, 2.0f);
    out.push_back(make(id, name, category, offBones(raw, paths, bones), cell, edge));
  };
  add("tibialis_posterior", "Tibialis posterior", Category::Muscle, {c.tibialisPosteriorMuscle}, 0.9f, 2.0f);
  add("tibialis_posterior_tendon", "Tibialis posterior tendon", Category::Tendon, {c.tibialisPosteriorTendon}, 0.45f,
      1.0f);
  add("flexor_hallucis_longus", "Flexor hallucis longus", Category::Muscle, {c.flexorHallucisLongusMuscle}, 0.9f, 2.0f);
  add("flexor_hallucis_longus_tendon", "Flexor hallucis longus tendon", Category::Tendon,
      {c.flexorHallucisLongusTendon}, 0.4f, 0.9f);
  add("peroneus_longus_tendon", "Peroneus (fibularis) longus tendon", Category::Tendon, {c.peroneusLongus}, 0.45f,
      1.0f);
  add("peroneus_brevis_tendon", "Peroneus (fibularis) brevis tendon", Category::Tendon, {c.peroneusBrevis}, 0.45f,
      1.0f);
  add("plantaris_tendon", "Plantaris tendon", Category::Tendon, {c.plantarisTendon}, 0.3f, 0.7f);
  add("spring_ligament", "Spring ligament", Category::Ligament, {c.springLigament}, 0.4f, 0.9f);
  add("deltoid_ligament", "Deltoid ligament", Category::Ligament,
      {c.deltoidNavicular, c.deltoidCalcaneal, c.deltoidTalar}, 0.4f, 0.9f);
  add("anterior_talofibular_ligament", "Anterior talofibular ligament", Category::Ligament, {c.anteriorTalofibular},
      0.4f, 0.9f);
  add("calcaneofibular_ligament", "Calcaneofibular ligament", Category::Ligament, {c.calcaneofibular}, 0.4f, 0.9f);
  add("sural_nerve", "Sural nerve", Category::Other, {c.suralNerve}, 0.35f, 0.8f);
}

}  // namespace modelgen
