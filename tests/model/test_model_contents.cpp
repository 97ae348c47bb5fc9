// The committed built-in model holds every agreed structure as its own node, with the
// manifest's names, categories, landmarks, joints and condition morph targets.
#include "model_fixture.h"

#include <gtest/gtest.h>

#include <set>

using modeltest::model;

TEST(ModelContents, EveryAgreedStructureIsPresentOnce) {
  const anatomy::Atlas& atlas = model();
  for (const std::string& id : modeltest::agreedStructureIds()) {
    int count = 0;
    for (const anatomy::Structure& s : atlas.structures) count += s.id == id ? 1 : 0;
    EXPECT_EQ(count, 1) << id;
  }
  EXPECT_EQ(atlas.structures.size(), modeltest::agreedStructureIds().size());
}

TEST(ModelContents, CategoriesNamesAndSidesComeFromTheManifest) {
  const anatomy::Atlas& atlas = model();
  const auto category = [&](const char* id) { return atlas.find(id)->category; };
  EXPECT_EQ(category("calcaneus"), anatomy::Category::Bone);
  EXPECT_EQ(category("calcific_spur"), anatomy::Category::Bone);
  EXPECT_EQ(category("tendon_calcific_deposits"), anatomy::Category::Tendon);
  EXPECT_EQ(category("achilles_tendon"), anatomy::Category::Tendon);
  EXPECT_EQ(category("plantar_fascia"), anatomy::Category::Ligament);
  EXPECT_EQ(category("retrocalcaneal_bursa"), anatomy::Category::Bursa);
  EXPECT_EQ(category("superficial_calcaneal_bursa"), anatomy::Category::Bursa);
  EXPECT_EQ(category("soleus"), anatomy::Category::Muscle);
  EXPECT_EQ(category("kager_fat_pad"), anatomy::Category::Fat);
  EXPECT_EQ(category("skin"), anatomy::Category::Skin);
  for (const anatomy::Structure& s : atlas.structures) {
    EXPECT_FALSE(s.name.empty()) << s.id;
    EXPECT_EQ(s.side, anatomy::Side::Right) << s.id;
  }
  EXPECT_EQ(atlas.find("kager_fat_pad")->name, "Kager's fat pad");
}

TEST(ModelContents, EveryMeasurementLandmarkIsStoredOnAnExistingStructure) {
  const anatomy::Atlas& atlas = model();
  const char* required[] = {
      "calcaneal_tuberosity_plantar", "calcaneocuboid_inferior", "talus_body_centre", "talus_head_centre",
      "metatarsal_1_base_centre", "metatarsal_1_head_centre", "navicular_tuberosity",
      "calcaneus_posterior_tangent_point", "calcaneus_posterosuperior_prominence", "calcaneus_plantar_tangent_anterior",
      "calcaneus_plantar_tangent_posterior", "ppl_lower_posterior", "ppl_lower_anterior", "ppl_upper_facet_lip",
      "femoral_head_centre", "knee_centre", "ankle_centre", "medial_malleolus_tip", "lateral_malleolus_tip",
      "medial_femoral_condyle_medial_point", "achilles_insertion_centre", "retrocalcaneal_bursa_centre",
      "calcaneus_bisector_top", "calcaneus_bisector_bottom", "tibia_axis_distal", "tibia_axis_proximal",
      "achilles_origin", "spur_base", "spur_tip", "achilles_insertion_anterior", "achilles_insertion_posterior",
      "achilles_midportion_anterior", "achilles_midportion_posterior"};
  std::set<std::string> ids;
  for (const anatomy::Landmark& l : atlas.landmarks) {
    EXPECT_TRUE(ids.insert(l.id).second) << "duplicate " << l.id;
    EXPECT_NE(atlas.find(l.structureId), nullptr) << l.id << " on " << l.structureId;
  }
  for (const char* id : required) EXPECT_TRUE(ids.count(id)) << id;
}

TEST(ModelContents, JointHierarchyCoversTheLimb) {
  const anatomy::Atlas& atlas = model();
  std::set<std::string> joints, moved;
  for (const anatomy::Joint& j : atlas.joints) {
    joints.insert(j.id);
    EXPECT_NEAR(glm::length(j.axis), 1.0f, 1e-3f) << j.id;
    EXPECT_FALSE(j.axes.empty()) << j.id;
    for (const std::string& s : j.structures) {
      EXPECT_NE(atlas.find(s), nullptr) << j.id << " moves unknown " << s;
      EXPECT_TRUE(moved.insert(s).second) << s << " is moved by two joints";
    }
  }
  for (const char* id : {"hip", "knee", "ankle", "subtalar", "midfoot", "tarsometatarsal", "metatarsophalangeal"})
    EXPECT_TRUE(joints.count(id)) << id;
  for (const anatomy::Joint& j : atlas.joints) {
    if (j.id != "hip") {
      EXPECT_TRUE(joints.count(j.parent)) << j.id;
    }
  }
  for (const anatomy::Structure& s : atlas.structures) {
    if (s.category == anatomy::Category::Bone) {
      EXPECT_TRUE(moved.count(s.id)) << s.id << " is in no joint";
    }
  }
}

TEST(ModelContents, ConditionsDriveExistingMorphTargets) {
  const anatomy::Atlas& atlas = model();
  std::set<std::string> conditions;
  for (const anatomy::ConditionMorph& cm : atlas.conditionMorphs) {
    conditions.insert(cm.condition);
    const anatomy::Structure* s = atlas.find(cm.structureId);
    ASSERT_NE(s, nullptr) << cm.structureId;
    bool found = false;
    for (const geometry::MorphTarget& t : s->mesh.morphs) found = found || t.name == cm.target;
    EXPECT_TRUE(found) << cm.structureId << " has no target " << cm.target;
  }
  for (const char* id : {"calcific_spur", "tendon_calcification", "haglund", "retrocalcaneal_bursitis",
                         "superficial_bursitis", "insertional_tendinopathy", "midportion_tendinopathy"})
    EXPECT_TRUE(conditions.count(id)) << id;
}

TEST(ModelContents, MorphTargetsMatchTheirMeshes) {
  for (const anatomy::Structure& s : model().structures)
    for (const geometry::MorphTarget& t : s.mesh.morphs) {
      EXPECT_EQ(t.positionDeltas.size(), s.mesh.vertexCount()) << s.id << "/" << t.name;
      float largest = 0.0f;
      for (const glm::vec3& d : t.positionDeltas) largest = std::max(largest, glm::length(d));
      EXPECT_GT(largest, 1.0f) << s.id << "/" << t.name << " barely moves";
      EXPECT_LT(largest, 40.0f) << s.id << "/" << t.name;
    }
}
