// The list of structures in the built-in model: agreed ids, display names, categories,
// mesh resolution, and the morph targets that carry graded pathology.
#include "modelgen/extra_structures.h"
#include "modelgen/generator.h"
#include "modelgen/hindfoot.h"
#include "modelgen/landmark_tools.h"
#include "modelgen/soft_tissue.h"

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
  // Built at full length; at rest the same spur is shrunk onto its base on the cortex.
  StructureSpec s = spec("calcific_spur", "Calcific spur", Category::Bone, b.spur, 0.3f, 0.7f);
  // The shrink centre lies just inside the cortex, so the resting spur is hidden in bone.
  const glm::vec3 base = spurBase(b.calcaneus) - 1.5f * glm::normalize(kSpurTip - kSpurRoot);
  s.restMap = [base](const glm::vec3& p) { return base + kSpurRestScale * (p - base); };
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
  out.push_back(bursaSpec("retrocalcaneal_bursa", "Retrocalcaneal bursa", soft.retrocalcanealBursa,
                          soft.retrocalcanealBursaRest,
                          lensMap(kRetrocalcanealBursaFullCentre, kRetrocalcanealBursaFullRadii,
                                  kRetrocalcanealBursaCentre, kRetrocalcanealBursaRestRadii),
                          "retrocalcaneal_bursitis"));
  out.push_back(bursaSpec("superficial_calcaneal_bursa", "Superficial calcaneal bursa", soft.superficialBursa,
                          soft.superficialBursaRest,
                          lensMap(kSuperficialBursaFullCentre, kSuperficialBursaFullRadii, kSuperficialBursaCentre,
                                  kSuperficialBursaRestRadii),
                          "superficial_bursitis"));
  out.push_back(spec("kager_fat_pad", "Kager's fat pad", Category::Fat, soft.kagerFatPad, 0.8f, 1.8f));
  addExtraStructureSpecs(b, out);  // extra_structures.h
  out.push_back(spec("skin", "Skin", Category::Skin, soft.skin, 2.2f, 3.6f));
  return out;
}

}  // namespace modelgen
