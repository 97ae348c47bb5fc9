#include "model_fixture.h"

#include "io/model_loader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <stdexcept>

namespace modeltest {

std::string modelPath() { return std::string(AA_SOURCE_DIR) + "/models/foot_ankle.glb"; }
std::string manifestPath() { return std::string(AA_SOURCE_DIR) + "/models/foot_ankle.manifest.json"; }

const anatomy::Atlas& model() {
  static std::unique_ptr<anatomy::Atlas> atlas;
  static std::string error;
  if (!atlas && error.empty()) {
    try {
      atlas = std::make_unique<anatomy::Atlas>(io::loadModel(modelPath()));
    } catch (const std::exception& e) {
      error = e.what();
    }
  }
  if (!atlas) throw std::runtime_error("built-in model did not load: " + error);
  return *atlas;
}

std::vector<std::string> agreedStructureIds() {
  std::vector<std::string> ids = {"femur", "patella", "tibia", "fibula", "talus", "calcaneus", "navicular", "cuboid",
                                  "medial_cuneiform", "intermediate_cuneiform", "lateral_cuneiform"};
  for (int i = 1; i <= 5; ++i) ids.push_back("metatarsal_" + std::to_string(i));
  for (int i = 1; i <= 5; ++i) ids.push_back("proximal_phalanx_" + std::to_string(i));
  for (int i = 2; i <= 5; ++i) ids.push_back("middle_phalanx_" + std::to_string(i));
  for (int i = 1; i <= 5; ++i) ids.push_back("distal_phalanx_" + std::to_string(i));
  for (const char* s : {"achilles_tendon", "gastrocnemius_medial_head", "gastrocnemius_lateral_head", "soleus",
                        "plantar_fascia", "retrocalcaneal_bursa", "superficial_calcaneal_bursa", "kager_fat_pad", "skin",
                        "calcific_spur", "tendon_calcific_deposits"})
    ids.push_back(s);
  // The structures of the flat-foot and ankle lessons (issue 11).
  for (const char* s : {"tibialis_posterior", "tibialis_posterior_tendon", "flexor_hallucis_longus",
                        "flexor_hallucis_longus_tendon", "peroneus_longus_tendon", "peroneus_brevis_tendon",
                        "plantaris_tendon", "spring_ligament", "deltoid_ligament", "anterior_talofibular_ligament",
                        "calcaneofibular_ligament", "sural_nerve", "hallux_sesamoid_medial", "hallux_sesamoid_lateral"})
    ids.push_back(s);
  return ids;
}

const geometry::Mesh& mesh(const std::string& id) {
  const anatomy::Structure* s = model().find(id);
  if (!s) throw std::runtime_error("no structure " + id);
  return s->mesh;
}

std::vector<glm::vec3> morphed(const std::string& id, const std::string& target, float weight) {
  const geometry::Mesh& m = mesh(id);
  std::vector<float> weights(m.morphs.size(), 0.0f);
  for (std::size_t k = 0; k < m.morphs.size(); ++k)
    if (m.morphs[k].name == target) weights[k] = weight;
  return geometry::blendedPositions(m, weights);
}

glm::vec3 landmark(const std::string& id, const std::vector<std::pair<std::string, float>>& weights) {
  for (const anatomy::Landmark& l : model().landmarks) {
    if (l.id != id) continue;
    glm::vec3 p = l.position;
    for (const anatomy::LandmarkMorph& m : l.morphs)
      for (const auto& [target, w] : weights)
        if (m.target == target) p += w * m.delta;
    return p;
  }
  throw std::runtime_error("no landmark " + id);
}

float sagittalAngle(const glm::vec3& a, const glm::vec3& b) {
  return glm::degrees(std::atan2(b.y - a.y, std::abs(b.z - a.z)));
}

}  // namespace modeltest
