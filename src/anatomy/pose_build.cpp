// PosedModel's one-off preparation: which segment moves each structure, which condition
// drives which morph target, and the skin weights of the soft tissue.
#include "anatomy/posed_model.h"
#include "anatomy/landmark_ids.h"

#include <algorithm>

namespace anatomy {

namespace {
bool isSoftTissue(Category c) {
  return c == Category::Tendon || c == Category::Ligament || c == Category::Fat || c == Category::Skin;
}

// The Achilles, what sits in it and the fat in front of it bend with the tendon's height
// blend; every other tendon (e.g. tibialis posterior, round the ankle to the navicular)
// follows the bones along it by proximity.
bool followsAchilles(const Structure& st) {
  return st.category == Category::Fat || st.id == "achilles_tendon" || st.id == "tendon_calcific_deposits";
}

// How wide (mm) proximity skinning blends between neighbouring bones: skin smoothly over
// the joints, the fascia's broad sheet more tightly, and the thin cords that hug one bone
// after another (tendons, ligaments, the nerve) tightest, so none is dragged into a bone.
float blendWidth(const Structure& st) {
  if (st.category == Category::Skin) return 12.0f;
  if (st.id == "plantar_fascia" || st.category == Category::Bursa || st.category == Category::Fat) return 8.0f;
  return 2.0f;
}


// Where the Achilles leaves the calcaneus (just above the retrocalcaneal bursa) and where
// it meets the calf muscles.
HeightBlend tendonBlend(const Atlas& atlas) {
  HeightBlend b;
  const Landmark* bursaTop = atlas.findLandmark(lm::kRetrocalcanealBursaSuperior);
  const Landmark* insertion = atlas.findLandmark(lm::kAchillesInsertionCentre);
  const Landmark* origin = atlas.findLandmark(lm::kAchillesOrigin);
  b.yCalcaneus = bursaTop ? bursaTop->position.y + 3.0f : (insertion ? insertion->position.y + 18.0f : 45.0f);
  const Structure* tendon = atlas.find("achilles_tendon");
  b.yCalf = origin ? origin->position.y : (tendon ? tendon->mesh.bounds().max.y : b.yCalcaneus + 150.0f);
  b.yCalf = std::max(b.yCalf, b.yCalcaneus + 10.0f);
  return b;
}
}  // namespace

void PosedModel::buildStructures() {
  structures_.resize(atlas_.structures.size());
  for (const Joint& joint : atlas_.joints) {
    const int segment = segmentOfJoint(joint.id);
    for (const std::string& id : joint.structures) {
      const int i = atlas_.indexOf(id);
      if (i >= 0) structures_[static_cast<std::size_t>(i)].segment = segment;
    }
  }
  for (std::size_t i = 0; i < structures_.size(); ++i) {
    const Structure& st = atlas_.structures[i];
    StructureState& s = structures_[i];
    // Soft tissue, and anything no joint names (e.g. deposits a newer model adds), follows
    // the bones around it.
    s.skinned = rig_.valid && (isSoftTissue(st.category) || s.segment < 0);
    s.ruptures = s.skinned && st.id == "achilles_tendon";
    // Weight-bearing skin and fascia squash against the floor instead of passing through it.
    if (s.skinned && (st.category == Category::Skin || st.category == Category::Ligament) && !st.mesh.positions.empty())
      s.floorY = std::min(0.0f, st.mesh.bounds().min.y);
    if (s.skinned) s.segment = -1;
  }
  for (const ConditionMorph& cm : atlas_.conditionMorphs) {
    const auto condition = parseCondition(cm.condition);
    const int i = atlas_.indexOf(cm.structureId);
    if (!condition || i < 0) continue;
    const geometry::Mesh& mesh = atlas_.structures[static_cast<std::size_t>(i)].mesh;
    for (std::size_t k = 0; k < mesh.morphs.size(); ++k)
      if (mesh.morphs[k].name == cm.target && mesh.morphs[k].positionDeltas.size() == mesh.positions.size())
        structures_[static_cast<std::size_t>(i)].drives.push_back(
            {static_cast<int>(*condition), static_cast<int>(k), cm.weight});
  }
  for (std::size_t i = 0; i < structures_.size(); ++i)
    if (!structures_[i].drives.empty()) structures_[i].weights.assign(atlas_.structures[i].mesh.morphs.size(), 0.0f);
}

void PosedModel::buildSkinWeights() {
  const HeightBlend blend = tendonBlend(atlas_);
  tendonBlend_ = blend;
  SkinSources& sources = skinSources_;
  // Dense enough that a cord hugging a bone (a tendon behind the malleolus) finds a sample of
  // that bone within a few millimetres; with 250 the tibia's samples lay ~10 mm apart and the
  // tibialis posterior tendon followed the foot into it in the flat-foot pose.
  constexpr std::size_t kSamplesPerSource = 1000;
  for (std::size_t i = 0; i < structures_.size(); ++i) {
    const Structure& st = atlas_.structures[i];
    const StructureState& s = structures_[i];
    if (s.segment >= 0 && (st.category == Category::Bone || st.category == Category::Muscle))
      sources.add(st.mesh.positions, {singleInfluence(s.segment)}, kSamplesPerSource);
  }
  if (const Structure* tendon = atlas_.find("achilles_tendon")) {
    std::vector<Influence> inf;
    for (const glm::vec3& p : tendon->mesh.positions) inf.push_back(blend.at(p));
    sources.add(tendon->mesh.positions, inf, kSamplesPerSource);
    if (const Landmark* insertion = atlas_.findLandmark(lm::kAchillesInsertionCentre))
      rupture_ = RuptureMap::build(tendon->mesh.positions, insertion->position.y);
  }
  // Landmarks on soft tissue blend like the vertices around them.
  landmarkStates_.resize(atlas_.landmarks.size());
  for (std::size_t k = 0; k < atlas_.landmarks.size(); ++k) {
    const Landmark& l = atlas_.landmarks[k];
    const Structure* st = atlas_.find(l.structureId);
    const int i = atlas_.indexOf(l.structureId);
    if (!st || !structures_[static_cast<std::size_t>(i)].skinned) continue;
    const bool alongTendon = followsAchilles(*st);
    landmarkStates_[k].influence = alongTendon ? blend.at(l.position) : sources.at(l.position, blendWidth(*st));
  }
}

// The vertices' weights wait until a pose first moves the structure: they are most of
// the preparation's time (the skin's every vertex searches the bones), and a screenshot
// or a session of the rest pose never needs them.
void PosedModel::ensureInfluences(std::size_t i) {
  StructureState& s = structures_[i];
  if (!s.skinned || !s.influences.empty()) return;
  const Structure& st = atlas_.structures[i];
  const bool alongTendon = followsAchilles(st);
  const float sigma = blendWidth(st);
  s.influences.reserve(st.mesh.positions.size());
  for (const glm::vec3& p : st.mesh.positions)
    s.influences.push_back(alongTendon ? tendonBlend_.at(p) : skinSources_.at(p, sigma));
}

void PosedModel::buildLandmarks() {
  landmarkStates_.resize(atlas_.landmarks.size());
  for (std::size_t k = 0; k < atlas_.landmarks.size(); ++k) {
    const Landmark& l = atlas_.landmarks[k];
    LandmarkState& state = landmarkStates_[k];
    state.structure = atlas_.indexOf(l.structureId);
    landmarks_[l.id] = l.position;
    if (state.structure < 0) continue;
    const geometry::Mesh& mesh = atlas_.structures[static_cast<std::size_t>(state.structure)].mesh;
    for (const LandmarkMorph& m : l.morphs)
      for (std::size_t t = 0; t < mesh.morphs.size(); ++t)
        if (mesh.morphs[t].name == m.target) state.morphs.emplace_back(static_cast<int>(t), m.delta);
  }
}

}  // namespace anatomy
