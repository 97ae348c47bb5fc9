// The list of structures in the built-in model: agreed ids, display names, categories,
// mesh resolution, and the morph targets that carry graded pathology.
#include "modelgen/extra_structures.h"
#include "modelgen/generator.h"
#include "modelgen/hindfoot.h"
#include "modelgen/landmark_tools.h"
#include "modelgen/soft_tissue.h"

#include <cmath>

namespace modelgen {

namespace {

using anatomy::Category;

constexpr const char* kOrdinal[5] = {"first", "second", "third", "fourth", "fifth"};
constexpr const char* kToe[5] = {"big toe", "second toe", "third toe", "fourth toe", "fifth toe"};

StructureSpec spec(std::string id, std::string name, Category category, const Shape& shape, float cell, float edge) {
  StructureSpec s;
  s.id = std::move(id);
  s.name = std::move(name);
  s.category = category;
  s.shape = shape;
  s.cellSize = cell;
  s.targetEdge = edge;
  return s;
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

void addFootBones(const BoneShapes& b, std::vector<StructureSpec>& out) {
  out.push_back(spec("navicular", "Navicular", Category::Bone, b.navicular, 0.6f, 1.3f));
  out.push_back(spec("cuboid", "Cuboid", Category::Bone, b.cuboid, 0.6f, 1.3f));
  const char* cuneiformIds[3] = {"medial_cuneiform", "intermediate_cuneiform", "lateral_cuneiform"};
  const char* cuneiformNames[3] = {"Medial cuneiform", "Intermediate cuneiform", "Lateral cuneiform"};
  for (int i = 0; i < 3; ++i) out.push_back(spec(cuneiformIds[i], cuneiformNames[i], Category::Bone, b.cuneiforms[i], 0.6f, 1.3f));
  for (int i = 0; i < 5; ++i)
    out.push_back(spec("metatarsal_" + std::to_string(i + 1), capitalised(kOrdinal[i]) + " metatarsal", Category::Bone,
                       b.metatarsals[i], 0.6f, 1.3f));
  for (int i = 0; i < 5; ++i)
    out.push_back(spec("proximal_phalanx_" + std::to_string(i + 1), std::string("Proximal phalanx of the ") + kToe[i],
                       Category::Bone, b.proximalPhalanges[i], 0.45f, 1.0f));
  for (int i = 1; i < 5; ++i)
    out.push_back(spec("middle_phalanx_" + std::to_string(i + 1), std::string("Middle phalanx of the ") + kToe[i],
                       Category::Bone, b.middlePhalanges[i], 0.4f, 0.9f));
  for (int i = 0; i < 5; ++i)
    out.push_back(spec("distal_phalanx_" + std::to_string(i + 1), std::string("Distal phalanx of the ") + kToe[i],
                       Category::Bone, b.distalPhalanges[i], 0.4f, 0.9f));
}

StructureSpec calcaneusSpec(const BoneShapes& b) {
  StructureSpec s = spec("calcaneus", "Calcaneus", Category::Bone, b.calcaneusHaglund, 0.6f, 1.3f);
  s.rest = b.calcaneus;
  s.morphs.push_back({"haglund_prominence", b.calcaneusHaglund, nullptr});
  return s;
}

StructureSpec spurSpec(const BoneShapes& b) {
  // Built at full length. At rest it collapses to a point inside the cortex, so nothing of
  // it is drawn; growing, it scales up from there and leaves the bone at its base.
  StructureSpec s = spec("calcific_spur", "Calcific spur", Category::Bone, b.spur, 0.3f, 0.7f);
  // The point lies 2.5 mm in front of where the axis leaves the cortex (inside the bone,
  // level with it), so the length outside the bone grows about in proportion to severity.
  const glm::vec3 base = spurBase(b.calcaneus) + glm::vec3(0.0f, 0.0f, 2.5f);
  s.restMap = [base](const glm::vec3&) { return base; };
  s.morphs.push_back({"spur_growth", b.spur, [](const glm::vec3& p) { return p; }});
  return s;
}

StructureSpec depositsSpec(const SoftShapes& soft) {
  // Listed with the tendon they sit in, and skinned with it when the limb is posed.
  StructureSpec s = spec("tendon_calcific_deposits", "Calcific deposits in the tendon", Category::Tendon,
                         soft.tendonDeposits, 0.25f, 0.6f);
  // At rest each nodule shrinks onto its own centre, inside the tendon.
  s.restMap = [](const glm::vec3& p) {
    glm::vec3 nearest = depositCentre(kTendonDeposits[0]);
    for (const TendonDeposit& d : kTendonDeposits)
      if (glm::distance(p, depositCentre(d)) < glm::distance(p, nearest)) nearest = depositCentre(d);
    return nearest + kDepositRestScale * (p - nearest);
  };
  s.morphs.push_back({"deposit_growth", soft.tendonDeposits, [](const glm::vec3& p) { return p; }});
  return s;
}

StructureSpec achillesSpec(const SoftShapes& soft) {
  StructureSpec s = spec("achilles_tendon", "Achilles tendon", Category::Tendon, soft.achillesEnvelope, 0.45f, 1.3f);
  s.rest = soft.achilles;
  s.morphs.push_back({"insertional_thickening", soft.achillesInsertional, nullptr});
  s.morphs.push_back({"midportion_thickening", soft.achillesMidportion, nullptr});
  s.morphs.push_back({"haglund_bowing", soft.achillesBowed, nullptr});
  return s;
}

// A bursa at rest is a thin lens; each vertex of the swollen bursa maps to the lens point
// in the same direction from the centre, so the flattening never folds the surface.
PointMap lensMap(const glm::vec3& fullCentre, const glm::vec3& fullRadii, const glm::vec3& restCentre,
                 const glm::vec3& restRadii) {
  return [=](const glm::vec3& p) {
    const glm::vec3 q = (p - fullCentre) / fullRadii;
    const float len = glm::length(q);
    return restCentre + restRadii * (len > 1e-6f ? q / len : glm::vec3(0.0f, 0.0f, 1.0f));
  };
}

StructureSpec bursaSpec(std::string id, std::string name, const Shape& full, const Shape& rest, PointMap restMap,
                        std::string target) {
  StructureSpec s = spec(std::move(id), std::move(name), Category::Bursa, full, 0.25f, 0.7f);
  s.rest = rest;
  s.restMap = std::move(restMap);
  s.morphs.push_back({std::move(target), full, nullptr});
  return s;
}

StructureSpec retrocalcanealBursaSpec(const SoftShapes& soft) {
  const PointMap lens = lensMap(kRetrocalcanealBursaFullCentre, kRetrocalcanealBursaFullRadii,
                                kRetrocalcanealBursaCentre, kRetrocalcanealBursaRestRadii);
  StructureSpec s = bursaSpec("retrocalcaneal_bursa", "Retrocalcaneal bursa", soft.retrocalcanealBursa,
                              soft.retrocalcanealBursaRest, lens, "retrocalcaneal_bursitis");
  // A Haglund prominence squeezes the collapsed bursa flat against the front of the bowed
  // tendon: each point keeps its height and side but lies kBursaSqueezeGapMm in front of it.
  const Shape bowed = soft.achillesBowed;
  s.morphs.push_back({"haglund_squeeze", Shape(), [lens, bowed](const glm::vec3& p) {
                        const glm::vec3 q = lens(p);
                        const glm::vec3 inside(q.x, q.y, tendonCentreAt(q.y).z - haglundBowAt(q.y));
                        const float front = surfacePoint(bowed, inside, {0.0f, 0.0f, 1.0f}).z;
                        const float rz = kRetrocalcanealBursaRestRadii.z;
                        const float depth = q.z - kRetrocalcanealBursaCentre.z + rz;  // 0 at the lens's back
                        return glm::vec3(q.x, q.y, front + kBursaSqueezeGapMm + depth * kBursaSqueezeFlatten);
                      }});
  return s;
}

// A smooth swelling of the skin: points near "centre" (within "reach", per axis) move
// away from the heel's vertical axis by up to "amount" mm (negative: inward, a dip).
PointMap skinSwelling(const glm::vec3& centre, const glm::vec3& reach, float amount) {
  const glm::vec3 axis = foot(kCalcaneusMidlineX, 0.0f, -50.0f);
  return [=](const glm::vec3& p) {
    const glm::vec3 u = (p - centre) / reach;
    const float falloff = std::exp(-glm::dot(u, u));
    glm::vec3 out(p.x - axis.x, 0.0f, p.z - axis.z);
    const float len = glm::length(out);
    if (falloff < 1e-4f || len < 1e-3f) return p;
    return p + (amount * falloff / len) * out;
  };
}

StructureSpec skinSpec(const SoftShapes& soft) {
  StructureSpec s = spec("skin", "Skin", Category::Skin, soft.skin, 2.2f, 3.6f);
  const float x = kCalcaneusMidlineX;
  // Haglund's "pump bump": posterolateral, over the prominence and superficial bursa.
  s.morphs.push_back({"pump_bump", Shape(), skinSwelling(foot(x - 9.0f, 44.0f, -66.0f), {11.0f, 12.0f, 10.0f}, 7.0f), true});
  // An inflamed retrocalcaneal bursa fills the hollows on both sides of the tendon, and the
  // swollen soft tissue pushes the skin out behind the heel too, so the back of the heel
  // looks full from the side as well as from behind.
  s.morphs.push_back({"bursal_swelling", Shape(), [](const glm::vec3& p) {
                        const glm::vec3 q = skinSwelling(foot(kCalcaneusMidlineX - 10.0f, 43.0f, -66.0f),
                                                         {10.0f, 16.0f, 10.0f}, 11.0f)(p);
                        return skinSwelling(foot(kCalcaneusMidlineX + 10.0f, 43.0f, -66.0f), {10.0f, 16.0f, 10.0f},
                                            11.0f)(q);
                      },
                      true});
  // A thickened insertion (and the spur inside it) shows as a swelling behind the heel.
  s.morphs.push_back({"insertional_swelling", Shape(), skinSwelling(foot(x, 33.0f, -68.0f), {14.0f, 15.0f, 9.0f}, 8.0f),
                      true});
  // Over a ruptured tendon the skin sinks into the gap.
  s.morphs.push_back({"rupture_dip", Shape(),
                      skinSwelling(foot(x, kInsertionCentre.y + kRuptureGapAboveInsertionMm, -70.0f),
                                   {16.0f, 15.0f, 10.0f}, -12.0f),
                      true});
  return s;
}

}  // namespace

std::vector<StructureSpec> structureSpecs(const BoneShapes& b, const SoftShapes& soft) {
  std::vector<StructureSpec> out;
  out.push_back(spec("femur", "Femur", Category::Bone, b.femur, 1.1f, 2.6f));
  out.push_back(spec("patella", "Patella", Category::Bone, b.patella, 0.7f, 1.6f));
  out.push_back(spec("tibia", "Tibia", Category::Bone, b.tibia, 0.9f, 2.0f));
  out.push_back(spec("fibula", "Fibula", Category::Bone, b.fibula, 0.7f, 1.7f));
  out.push_back(spec("talus", "Talus", Category::Bone, b.talus, 0.55f, 1.25f));
  out.push_back(calcaneusSpec(b));
  addFootBones(b, out);
  out.push_back(spurSpec(b));
  out.push_back(achillesSpec(soft));
  out.push_back(depositsSpec(soft));
  out.push_back(spec("gastrocnemius_medial_head", "Gastrocnemius (medial head)", Category::Muscle,
                     soft.gastrocnemiusMedial, 1.4f, 3.0f));
  out.push_back(spec("gastrocnemius_lateral_head", "Gastrocnemius (lateral head)", Category::Muscle,
                     soft.gastrocnemiusLateral, 1.4f, 3.0f));
  out.push_back(spec("soleus", "Soleus", Category::Muscle, soft.soleus, 1.4f, 3.0f));
  out.push_back(spec("plantar_fascia", "Plantar fascia", Category::Ligament, soft.plantarFascia, 0.4f, 1.4f));
  out.push_back(retrocalcanealBursaSpec(soft));
  // The superficial bursa is acquired: it forms and swells under shoe-counter pressure,
  // so a healthy heel has none to draw (every vertex on one point between tendon and skin).
  out.push_back(bursaSpec("superficial_calcaneal_bursa", "Superficial calcaneal bursa", soft.superficialBursa,
                          soft.superficialBursaRest, [](const glm::vec3&) { return kSuperficialBursaCentre; },
                          "superficial_bursitis"));
  out.push_back(spec("kager_fat_pad", "Kager's fat pad", Category::Fat, soft.kagerFatPad, 0.8f, 1.8f));
  addExtraStructureSpecs(b, out);  // extra_structures.h
  out.push_back(skinSpec(soft));
  return out;
}

}  // namespace modelgen
