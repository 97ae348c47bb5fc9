// The atlas posed by the active conditions: morph targets (spur, Haglund, bursitis,
// thickening), procedural joint rotations (flat foot, pronation, genu valgum, tight
// Achilles), soft tissue skinned to the bones, an Achilles rupture gap, and the posed
// landmarks that measurements read. Pure: no OpenGL. Rest data is cached at construction
// (skin weights at the first pose that moves them) so update() after a slider change only
// redoes what changed.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/conditions.h"
#include "anatomy/measurements.h"
#include "anatomy/pose_segments.h"
#include "anatomy/pose_skinning.h"
#include "anatomy/pose_spur.h"

#include <glm/glm.hpp>

#include <vector>

namespace anatomy {

class PosedModel {
 public:
  explicit PosedModel(const Atlas& atlas);  // keeps a reference; precomputes rest data and skin weights
  PosedModel(const PosedModel&) = delete;
  PosedModel& operator=(const PosedModel&) = delete;

  // Applies conditions: morph targets, joint rotations, soft-tissue skinning, landmarks.
  // Returns indices of structures whose vertex data (positions/normals) changed since the
  // last call (or construction, when everything is at rest). Rigid transforms may change
  // on any call: read transform(i) every frame.
  std::vector<int> update(const Conditions& conditions);
  const Conditions& conditions() const { return conditions_; }

  // Rigid transform (model space) to draw structure i with; identity where vertices are skinned.
  const glm::mat4& transform(int i) const;
  // Current positions and normals of structure i (same index order/topology as
  // atlas.structures[i].mesh), before transform(i).
  const std::vector<glm::vec3>& positions(int i) const;
  const std::vector<glm::vec3>& normals(int i) const;
  // Posed landmarks in model space (right limb). Empty for models without landmarks.
  const LandmarkMap& landmarks() const { return landmarks_; }
  bool canPose() const { return rig_.valid; }  // false: update() leaves everything at rest

  const Atlas& atlas() const { return atlas_; }
  // Matrices of the rigid segments (Femur ... Toes) in the current pose.
  const SegmentTransforms& segmentTransforms() const { return segments_; }
  // Whether structure i is skinned (soft tissue) rather than moved rigidly.
  bool isSkinned(int i) const;
  // The Achilles' length (mm) along its posed centreline, origin to insertion; 0 for
  // models without the tendon and its two landmarks.
  float tendonLengthMm() const;
  // The retrocalcaneal bursa's thickness as a fraction of its rest thickness (1: not pressed).
  float bursaFraction() const { return bursaFraction_; }
  // Where the ankle's motion alone moved a model-space point of the heel (identity at
  // neutral): heel close-ups follow the heel with it as it drops below the step.
  glm::vec3 heelMotion(const glm::vec3& p) const;

 private:
  struct MorphDrive {
    int condition;  // index into Conditions::severity
    int target;     // index into the mesh's morphs
    float weight;
  };
  struct StructureState {
    int segment = -1;  // rigid segment; -1 for none (identity)
    bool skinned = false;
    bool ruptures = false;  // the Achilles: the rupture gap opens in it
    float floorY = -1e30f;  // soft tissue under the sole flattens against the floor here
    std::vector<MorphDrive> drives;
    std::vector<float> weights;                   // current morph weights
    std::vector<glm::vec3> morphed, morphedNormals;  // rest + morphs (empty: the atlas mesh)
    std::vector<glm::vec3> posed, posedNormals;      // skinned result
    std::vector<Influence> influences;
    glm::mat4 transform{1.0f};
  };
  struct LandmarkState {
    int structure = -1;
    std::vector<std::pair<int, glm::vec3>> morphs;  // (morph target index, delta)
    Influence influence;
  };

  void buildStructures();
  void buildSkinWeights();
  void ensureInfluences(std::size_t i);
  void buildLandmarks();
  bool updateMorphs(StructureState& s, const geometry::Mesh& mesh);
  void skin(StructureState& s, const geometry::Mesh& mesh);
  void poseLandmarks();
  void poseRuptureLandmarks();
  glm::vec3 restLandmark(std::size_t k) const;
  float bursaClosingMm() const;
  bool tiltSpur(bool grew);
  bool squeezeBursa(StructureState& s, int i, float fraction);
  const std::vector<glm::vec3>& restPositions(int i) const;
  const std::vector<glm::vec3>& restNormals(int i) const;

  const Atlas& atlas_;
  PoseRig rig_;
  RuptureMap rupture_;
  SkinSources skinSources_;  // what soft-tissue vertices are weighted by, when first posed
  HeightBlend tendonBlend_;
  Conditions conditions_;
  SegmentTransforms segments_;
  std::vector<StructureState> structures_;
  std::vector<LandmarkState> landmarkStates_;
  LandmarkMap landmarks_;
  float stepEdgeZ_ = -1e30f;  // skin and fascia behind it hang off the step (stepEdgeZ)
  int bursa_ = -1;            // the retrocalcaneal bursa, squeezed by the tendon in dorsiflexion
  float bursaFraction_ = 1.0f;
  int spur_ = -1;                       // the calcific spur, tilted to its inclination control
  std::vector<glm::vec3> spurGrown_;    // its morphed vertices before the tilt
  std::vector<glm::vec3> spurGrownNormals_;
  SpurTilt spurTilt_;
  std::vector<int> spurEnds_;           // landmarks that tilt with it (spur_tip, spur_axis_end)
  glm::vec3 bursaCentre_{0.0f};
  glm::mat4 neutralCalcaneus_{1.0f};  // the calcaneus's matrix with the ankle at neutral
  mutable float tendonLength_ = -1.0f;  // cached for the panel, which asks every frame; < 0: stale
  float measureTendonLength() const;
};

}  // namespace anatomy
