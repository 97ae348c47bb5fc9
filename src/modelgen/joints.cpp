// The joint hierarchy (pivots, named axes, the structures each joint carries) and which
// morph targets each graded condition drives.
#include "modelgen/generator.h"
#include "modelgen/hindfoot.h"
#include "modelgen/leg.h"
#include "modelgen/midfoot.h"

#include <cmath>

namespace modelgen {

namespace {

anatomy::Joint joint(std::string id, std::string parent, const glm::vec3& pivot,
                     std::vector<anatomy::JointAxis> axes, std::vector<std::string> structures) {
  anatomy::Joint j;
  j.id = std::move(id);
  j.parent = std::move(parent);
  j.pivot = pivot;
  for (anatomy::JointAxis& a : axes) a.direction = glm::normalize(a.direction);
  j.axis = axes.front().direction;
  j.axes = std::move(axes);
  j.structures = std::move(structures);
  return j;
}

glm::vec3 fromAngles(float medialDeg, float upDeg) {
  const float m = glm::radians(medialDeg), u = glm::radians(upDeg);
  return {std::sin(m) * std::cos(u), std::sin(u), std::cos(m) * std::cos(u)};
}

std::vector<std::string> numbered(const std::string& prefix, int from, int to) {
  std::vector<std::string> out;
  for (int i = from; i <= to; ++i) out.push_back(prefix + std::to_string(i));
  return out;
}

}  // namespace

std::vector<anatomy::Joint> jointHierarchy() {
  const glm::vec3 x(1, 0, 0), y(0, 1, 0), z(0, 0, 1);
  std::vector<anatomy::Joint> joints;
  joints.push_back(joint("hip", "", kHipCentre, {{"flexion", x}, {"abduction", z}, {"rotation", y}}, {"femur", "patella"}));
  joints.push_back(joint("knee", "hip", kKneeCentre, {{"flexion", x}, {"varus_valgus", z}, {"rotation", y}},
                         {"tibia", "fibula", "soleus", "gastrocnemius_medial_head", "gastrocnemius_lateral_head"}));
  // Talocrural axis: through the malleolar tips, lateral end lower and further back.
  const glm::vec3 ankleAxis = (kMedialMalleolusTipCore - kLateralMalleolusTipCore);
  joints.push_back(joint("ankle", "knee", kAnkleCentre, {{"plantarflexion", ankleAxis}}, {"talus"}));
  // Subtalar axis: about 42 deg up from the floor and 23 deg medial to the foot's long axis.
  joints.push_back(joint("subtalar", "ankle", foot(-3.0f, 50.0f, -8.0f),
                         {{"inversion", fromAngles(23.0f, 42.0f)}, {"tilt", z}},
                         {"calcaneus", "calcific_spur", "achilles_tendon", "retrocalcaneal_bursa",
                          "superficial_calcaneal_bursa", "kager_fat_pad", "plantar_fascia"}));
  joints.push_back(joint("midfoot", "subtalar", foot(kTalarHeadCentre),
                         {{"flexion", x}, {"longitudinal", fromAngles(9.0f, 15.0f)}, {"abduction", y}},
                         {"navicular", "cuboid", "medial_cuneiform", "intermediate_cuneiform", "lateral_cuneiform"}));
  std::vector<std::string> metatarsals = numbered("metatarsal_", 1, 5);
  metatarsals.insert(metatarsals.end(), {"hallux_sesamoid_medial", "hallux_sesamoid_lateral"});  // under the 1st head
  joints.push_back(joint("tarsometatarsal", "midfoot", foot(-5.0f, 40.0f, 68.0f), {{"flexion", x}, {"abduction", y}},
                         metatarsals));
  std::vector<std::string> phalanges = numbered("proximal_phalanx_", 1, 5);
  for (const std::string& s : numbered("middle_phalanx_", 2, 5)) phalanges.push_back(s);
  for (const std::string& s : numbered("distal_phalanx_", 1, 5)) phalanges.push_back(s);
  const glm::vec3 mtpAxis = kMetatarsalHeads[0] - kMetatarsalHeads[4];
  glm::vec3 mtpPivot(0.0f);
  for (const glm::vec3& h : kMetatarsalHeads) mtpPivot += h / 5.0f;
  joints.push_back(joint("metatarsophalangeal", "tarsometatarsal", foot(mtpPivot), {{"flexion", mtpAxis}}, phalanges));
  return joints;
}

std::vector<anatomy::ConditionMorph> conditionMorphs() {
  return {
      {"calcific_spur", "calcific_spur", "spur_growth", 1.0f},
      {"tendon_calcification", "tendon_calcific_deposits", "deposit_growth", 1.0f},
      {"haglund", "calcaneus", "haglund_prominence", 1.0f},
      {"retrocalcaneal_bursitis", "retrocalcaneal_bursa", "retrocalcaneal_bursitis", 1.0f},
      {"superficial_bursitis", "superficial_calcaneal_bursa", "superficial_bursitis", 1.0f},
      {"insertional_tendinopathy", "achilles_tendon", "insertional_thickening", 1.0f},
      {"midportion_tendinopathy", "achilles_tendon", "midportion_thickening", 1.0f},
      // A Haglund prominence bows the tendon back and squeezes the bursa; the skin shows
      // each heel condition as a swelling (or, over a rupture, a dip).
      {"haglund", "achilles_tendon", "haglund_bowing", 1.0f},
      {"haglund", "retrocalcaneal_bursa", "haglund_squeeze", 1.0f},
      {"haglund", "skin", "pump_bump", 1.0f},
      {"superficial_bursitis", "skin", "pump_bump", 0.5f},
      {"retrocalcaneal_bursitis", "skin", "bursal_swelling", 1.0f},
      {"insertional_tendinopathy", "skin", "insertional_swelling", 1.0f},
      {"calcific_spur", "skin", "insertional_swelling", 0.5f},
      {"achilles_rupture", "skin", "rupture_dip", 1.0f},
  };
}

}  // namespace modelgen
