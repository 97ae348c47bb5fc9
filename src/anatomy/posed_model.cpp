#include "anatomy/posed_model.h"
#include "anatomy/landmark_ids.h"

#include "anatomy/motion.h"

#include <algorithm>
#include <cmath>

namespace anatomy {

namespace {
const glm::mat4 kIdentity(1.0f);

// Area-weighted vertex normals (used when a morph or the rupture reshapes a surface).
void recomputeNormals(const std::vector<glm::vec3>& p, const std::vector<std::uint32_t>& idx,
                      std::vector<glm::vec3>& n) {
  n.assign(p.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < idx.size(); t += 3) {
    const glm::vec3 c = glm::cross(p[idx[t + 1]] - p[idx[t]], p[idx[t + 2]] - p[idx[t]]);
    n[idx[t]] += c;
    n[idx[t + 1]] += c;
    n[idx[t + 2]] += c;
  }
  for (glm::vec3& v : n) {
    const float len = glm::length(v);
    v = len > 0.0f ? v / len : glm::vec3(0.0f, 1.0f, 0.0f);
  }
}
}  // namespace

PosedModel::PosedModel(const Atlas& atlas) : atlas_(atlas), rig_(makeRig(atlas)) {
  segments_.fill(kIdentity);
  buildStructures();
  if (rig_.valid) buildSkinWeights();
  buildLandmarks();
  poseRuptureLandmarks();
  bursa_ = atlas_.indexOf("retrocalcaneal_bursa");
  spur_ = atlas_.indexOf("calcific_spur");
  for (std::size_t k = 0; k < atlas_.landmarks.size(); ++k)
    if (atlas_.landmarks[k].id == lm::kSpurTip || atlas_.landmarks[k].id == lm::kSpurAxisEnd)
      spurEnds_.push_back(static_cast<int>(k));
  tiltSpur(true);  // the default inclination is a control like any other, even at rest
  for (int k : spurEnds_)
    landmarks_[atlas_.landmarks[static_cast<std::size_t>(k)].id] = spurTilt_.apply(restLandmark(static_cast<std::size_t>(k)));
}

float PosedModel::tendonLengthMm() const {
  if (tendonLength_ < 0.0f) tendonLength_ = measureTendonLength();
  return tendonLength_;
}

float PosedModel::measureTendonLength() const {
  const int tendon = atlas_.indexOf("achilles_tendon");
  int origin = -1, insertion = -1;
  for (std::size_t k = 0; k < atlas_.landmarks.size(); ++k) {
    if (atlas_.landmarks[k].id == lm::kAchillesOrigin) origin = static_cast<int>(k);
    if (atlas_.landmarks[k].id == lm::kAchillesInsertionCentre) insertion = static_cast<int>(k);
  }
  if (tendon < 0 || origin < 0 || insertion < 0) return 0.0f;
  TendonEnds ends;
  ends.insertion = landmarks_.at(atlas_.landmarks[static_cast<std::size_t>(insertion)].id);
  ends.origin = landmarks_.at(atlas_.landmarks[static_cast<std::size_t>(origin)].id);
  ends.restInsertionY = restLandmark(static_cast<std::size_t>(insertion)).y;
  ends.restOriginY = restLandmark(static_cast<std::size_t>(origin)).y;
  const glm::mat4& m = transform(tendon);
  std::vector<glm::vec3> drawn;
  drawn.reserve(positions(tendon).size());
  for (const glm::vec3& p : positions(tendon)) drawn.push_back(glm::vec3(m * glm::vec4(p, 1.0f)));
  return tendonPathLengthMm(atlas_.structures[static_cast<std::size_t>(tendon)].mesh.positions, drawn, ends);
}

glm::vec3 PosedModel::heelMotion(const glm::vec3& p) const {
  const glm::mat4 motion = segments_[static_cast<std::size_t>(Segment::Calcaneus)] * glm::inverse(neutralCalcaneus_);
  return glm::vec3(motion * glm::vec4(p, 1.0f));
}

bool PosedModel::isSkinned(int i) const { return structures_.at(static_cast<std::size_t>(i)).skinned; }

const glm::mat4& PosedModel::transform(int i) const { return structures_.at(static_cast<std::size_t>(i)).transform; }

const std::vector<glm::vec3>& PosedModel::restPositions(int i) const {
  const StructureState& s = structures_[static_cast<std::size_t>(i)];
  return s.morphed.empty() ? atlas_.structures[static_cast<std::size_t>(i)].mesh.positions : s.morphed;
}

const std::vector<glm::vec3>& PosedModel::restNormals(int i) const {
  const StructureState& s = structures_[static_cast<std::size_t>(i)];
  return s.morphedNormals.empty() ? atlas_.structures[static_cast<std::size_t>(i)].mesh.normals : s.morphedNormals;
}

const std::vector<glm::vec3>& PosedModel::positions(int i) const {
  const StructureState& s = structures_.at(static_cast<std::size_t>(i));
  return s.posed.empty() ? restPositions(i) : s.posed;
}

const std::vector<glm::vec3>& PosedModel::normals(int i) const {
  const StructureState& s = structures_.at(static_cast<std::size_t>(i));
  return s.posedNormals.empty() ? restNormals(i) : s.posedNormals;
}

bool PosedModel::updateMorphs(StructureState& s, const geometry::Mesh& mesh) {
  if (s.drives.empty()) return false;
  std::vector<float> weights(mesh.morphs.size(), 0.0f);
  for (const MorphDrive& d : s.drives) weights[d.target] += conditions_.severity[d.condition] * d.weight;
  if (weights == s.weights) return false;
  s.weights = weights;
  s.morphed = geometry::blendedPositions(mesh, weights);
  bool normalDeltas = true;
  for (std::size_t k = 0; k < weights.size(); ++k)
    if (weights[k] != 0.0f && mesh.morphs[k].normalDeltas.size() != mesh.normals.size()) normalDeltas = false;
  if (normalDeltas) {
    s.morphedNormals = mesh.normals;
    for (std::size_t k = 0; k < weights.size(); ++k)
      for (std::size_t v = 0; weights[k] != 0.0f && v < s.morphedNormals.size(); ++v)
        s.morphedNormals[v] += weights[k] * mesh.morphs[k].normalDeltas[v];
    for (glm::vec3& n : s.morphedNormals) n = glm::normalize(n);
  } else {
    recomputeNormals(s.morphed, mesh.indices, s.morphedNormals);
  }
  return true;
}

void PosedModel::skin(StructureState& s, const geometry::Mesh& mesh) {
  const std::vector<glm::vec3>& rest = s.morphed.empty() ? mesh.positions : s.morphed;
  const std::vector<glm::vec3>& restN = s.morphedNormals.empty() ? mesh.normals : s.morphedNormals;
  const float rupture = s.ruptures ? conditions_[ConditionId::AchillesRupture] : 0.0f;
  s.posed.resize(rest.size());
  s.posedNormals.resize(rest.size());
  for (std::size_t v = 0; v < rest.size(); ++v) {
    const glm::mat4 m = blendMatrix(segments_, s.influences[v]);
    const glm::vec3 p = rupture > 0.0f ? rupture_.apply(rest[v], rupture) : rest[v];
    s.posed[v] = glm::vec3(m * glm::vec4(p, 1.0f));
    if (s.posed[v].z >= stepEdgeZ_) s.posed[v].y = std::max(s.posed[v].y, s.floorY);
    if (v < restN.size()) s.posedNormals[v] = glm::normalize(glm::mat3(m) * restN[v]);
  }
  if (rupture > 0.0f) recomputeNormals(s.posed, mesh.indices, s.posedNormals);
}

std::vector<int> PosedModel::update(const Conditions& conditions) {
  if (conditions == conditions_) return {};  // a frame loop may call this every frame
  const Conditions previous = conditions_;
  conditions_ = conditions;
  const SegmentTransforms segments = rig_.valid ? poseSegments(rig_, conditions) : segments_;
  const bool poseChanged = segments != segments_;
  const bool ruptureChanged = previous[ConditionId::AchillesRupture] != conditions[ConditionId::AchillesRupture];
  segments_ = segments;
  stepEdgeZ_ = rig_.valid ? stepEdgeZ(rig_, conditions) : -1e30f;
  tendonLength_ = -1.0f;
  neutralCalcaneus_ = segments_[static_cast<std::size_t>(Segment::Calcaneus)];
  if (rig_.valid && clampAnkle(conditions.ankleDeg) != 0.0f) {
    Conditions neutral = conditions;
    neutral.ankleDeg = 0.0f;
    neutralCalcaneus_ = poseSegments(rig_, neutral)[static_cast<std::size_t>(Segment::Calcaneus)];
  }
  std::vector<int> changed;
  for (std::size_t i = 0; i < structures_.size(); ++i) {
    StructureState& s = structures_[i];
    const geometry::Mesh& mesh = atlas_.structures[i].mesh;
    bool morphChanged = updateMorphs(s, mesh);
    if (static_cast<int>(i) == spur_ && !s.skinned) morphChanged = tiltSpur(morphChanged) || morphChanged;
    if (s.skinned) {
      s.transform = kIdentity;
      if (!(poseChanged || morphChanged || (s.ruptures && ruptureChanged))) continue;
      ensureInfluences(i);
      skin(s, mesh);
    } else {
      s.transform = s.segment >= 0 ? segments_[static_cast<std::size_t>(s.segment)] : kIdentity;
      if (!morphChanged) continue;
    }
    changed.push_back(static_cast<int>(i));
  }
  const float fraction = bursaThicknessFraction(bursaClosingMm());
  const bool bursaMorphed = std::find(changed.begin(), changed.end(), bursa_) != changed.end();
  if (bursa_ >= 0 && (fraction != bursaFraction_ || bursaMorphed)) {
    bursaFraction_ = fraction;
    if (squeezeBursa(structures_[static_cast<std::size_t>(bursa_)], bursa_, fraction) && !bursaMorphed)
      changed.push_back(bursa_);
  }
  poseLandmarks();
  return changed;
}

// Where a landmark sits on its structure's rest (morphed) surface, before any pose.
glm::vec3 PosedModel::restLandmark(std::size_t k) const {
  const LandmarkState& state = landmarkStates_[k];
  glm::vec3 p = atlas_.landmarks[k].position;
  if (state.structure < 0) return p;
  const StructureState& s = structures_[static_cast<std::size_t>(state.structure)];
  for (const auto& [target, delta] : state.morphs)
    if (target < static_cast<int>(s.weights.size())) p += s.weights[static_cast<std::size_t>(target)] * delta;
  return p;
}

// How far dorsiflexion has swung the tendon's line of pull towards the posterosuperior
// calcaneus since neutral, seen from the heel bone (the landmarks of the built-in model).
float PosedModel::bursaClosingMm() const {
  if (!rig_.valid || clampAnkle(conditions_.ankleDeg) <= 0.0f) return 0.0f;
  int origin = -1, insertion = -1, bone = -1;
  for (std::size_t k = 0; k < atlas_.landmarks.size(); ++k) {
    const std::string& id = atlas_.landmarks[k].id;
    if (id == lm::kAchillesOrigin) origin = static_cast<int>(k);
    if (id == lm::kAchillesInsertionCentre) insertion = static_cast<int>(k);
    if (id == lm::kCalcaneusPosterosuperiorProminence) bone = static_cast<int>(k);
  }
  if (origin < 0 || insertion < 0 || bone < 0) return 0.0f;
  Conditions neutral = conditions_;
  neutral.ankleDeg = 0.0f;
  const SegmentTransforms atNeutral = poseSegments(rig_, neutral);
  const std::size_t calcaneus = static_cast<std::size_t>(Segment::Calcaneus);
  const Influence& pull = landmarkStates_[static_cast<std::size_t>(origin)].influence;
  const glm::vec3 top = restLandmark(static_cast<std::size_t>(origin));
  const auto inHeel = [&](const SegmentTransforms& m) {
    return glm::vec3(glm::inverse(m[calcaneus]) * blendMatrix(m, pull) * glm::vec4(top, 1.0f));
  };
  // Insertion and prominence are on the heel bone: their rest positions are its frame.
  return tendonClosingMm(restLandmark(static_cast<std::size_t>(insertion)), inHeel(segments_), inHeel(atNeutral),
                         restLandmark(static_cast<std::size_t>(bone)));
}

// The rigid bursa drawn flattened (in its bone's frame); at fraction 1 it is its rest shape.
// True when its vertices changed.
bool PosedModel::squeezeBursa(StructureState& s, int i, float fraction) {
  if (s.skinned) return false;  // the built-in model's bursa rides on the calcaneus
  const std::vector<glm::vec3>& rest =
      s.morphed.empty() ? atlas_.structures[static_cast<std::size_t>(i)].mesh.positions : s.morphed;
  glm::vec3 centre(0.0f);
  for (const glm::vec3& p : rest) centre += p;
  bursaCentre_ = rest.empty() ? centre : centre / static_cast<float>(rest.size());
  const bool wasSqueezed = !s.posed.empty();
  if (fraction >= 1.0f) {
    s.posed.clear();
    s.posedNormals.clear();
    return wasSqueezed;
  }
  s.posed.resize(rest.size());
  for (std::size_t v = 0; v < rest.size(); ++v) s.posed[v] = anatomy::squeezeBursa(rest[v], bursaCentre_, fraction);
  recomputeNormals(s.posed, atlas_.structures[static_cast<std::size_t>(i)].mesh.indices, s.posedNormals);
  return true;
}

void PosedModel::poseLandmarks() {
  for (std::size_t k = 0; k < landmarkStates_.size(); ++k) {
    const LandmarkState& state = landmarkStates_[k];
    const Landmark& l = atlas_.landmarks[k];
    if (state.structure < 0) continue;
    const StructureState& s = structures_[static_cast<std::size_t>(state.structure)];
    glm::vec3 p = restLandmark(k);
    if (std::find(spurEnds_.begin(), spurEnds_.end(), static_cast<int>(k)) != spurEnds_.end()) p = spurTilt_.apply(p);
    if (state.structure == bursa_ && bursaFraction_ < 1.0f && !s.skinned)
      p = anatomy::squeezeBursa(p, bursaCentre_, bursaFraction_);
    glm::mat4 m = s.transform;
    if (s.skinned) {
      m = blendMatrix(segments_, state.influence);
      if (s.ruptures) p = rupture_.apply(p, conditions_[ConditionId::AchillesRupture]);
    }
    landmarks_[l.id] = glm::vec3(m * glm::vec4(p, 1.0f));
  }
  poseRuptureLandmarks();
}

void PosedModel::poseRuptureLandmarks() {
  // The two ends of the rupture gap on the tendon's centreline (one point while intact),
  // carried by the tendon's skinning like the stumps around them.
  if (!rupture_.valid) return;
  const float severity = conditions_[ConditionId::AchillesRupture];
  for (const auto& [id, y] : {std::pair<const char*, float>{lm::kAchillesGapLower, rupture_.gapLowerY(severity)},
                              {lm::kAchillesGapUpper, rupture_.gapUpperY(severity)}}) {
    const glm::vec2 c = rupture_.centreAt(y);
    const glm::vec3 p(c.x, y, c.y);
    landmarks_[id] = glm::vec3(blendMatrix(segments_, tendonBlend_.at(p)) * glm::vec4(p, 1.0f));
  }
}

// Tilts the rigid spur (in its bone's rest frame) to the inclination control, planned on
// the rest landmarks as the current morphs leave them (a Haglund bump moves the cortex
// line). grew: its morph has just been rebuilt. True when its vertices changed.
bool PosedModel::tiltSpur(bool grew) {
  if (spur_ < 0) return false;
  LandmarkMap rest;
  for (std::size_t k = 0; k < atlas_.landmarks.size(); ++k) rest[atlas_.landmarks[k].id] = restLandmark(k);
  const SpurTilt tilt = planSpurTilt(rest, conditions_.spurInclinationDeg);
  StructureState& s = structures_[static_cast<std::size_t>(spur_)];
  if (!grew && tilt == spurTilt_) return false;
  spurTilt_ = tilt;
  if (grew || spurGrown_.empty()) {
    spurGrown_ = restPositions(spur_);
    spurGrownNormals_ = restNormals(spur_);
  }
  s.morphed.resize(spurGrown_.size());
  s.morphedNormals.resize(spurGrown_.size());
  for (std::size_t v = 0; v < spurGrown_.size(); ++v) {
    s.morphed[v] = tilt.apply(spurGrown_[v]);
    if (v < spurGrownNormals_.size()) s.morphedNormals[v] = tilt.applyNormal(spurGrown_[v], spurGrownNormals_[v]);
  }
  return true;
}

}  // namespace anatomy
