#include "anatomy/pose_segments.h"
#include "anatomy/landmark_ids.h"

#include "anatomy/motion.h"

#include <glm/gtc/matrix_transform.hpp>

#include <algorithm>
#include <limits>
#include <string>

namespace anatomy {

namespace {
// Degrees per unit severity. Sized so the presets land in REFERENCE.md's ranges when
// measured from the posed landmarks (tests/model check it), not tuned per preset.
struct Angles {
  float pitchFlat = 9.0f, pitchPronation = 2.0f;          // calcaneus, anterior end down
  float eversionPronation = 9.0f, eversionFlat = 4.0f;    // calcaneus, seen from behind
  float talusPlantarFlat = 20.0f, talusPlantarPronation = 6.0f;
  float talusAdductPronation = 6.0f, talusAdductFlat = 3.0f;
  float columnFlat = 3.5f, columnPronation = 1.0f;        // medial column sags
  float midfootEvertFlat = 12.0f, midfootEvertPronation = 5.0f;
  float abductFlat = 8.0f, abductPronation = 6.0f;        // forefoot turns laterally
  float heelRiseTight = 10.0f;                            // equinus: heel held off the floor
  float femurAdductValgum = 3.0f, tibiaValgum = 6.0f;     // knee drifts medially, ankle laterally
  float eversionValgum = 6.0f;                            // the heel everts to stay under the leaning tibia
};
constexpr Angles kAngles;
constexpr glm::vec3 kX(1, 0, 0), kY(0, 1, 0), kZ(0, 0, 1);

glm::mat4 rotateAbout(const glm::vec3& pivot, const glm::vec3& axis, float degrees) {
  if (degrees == 0.0f) return glm::mat4(1.0f);
  glm::mat4 m = glm::translate(glm::mat4(1.0f), pivot);
  m = glm::rotate(m, glm::radians(degrees), glm::normalize(axis));
  return glm::translate(m, -pivot);
}
glm::mat4 translation(const glm::vec3& t) { return glm::translate(glm::mat4(1.0f), t); }
glm::vec3 apply(const glm::mat4& m, const glm::vec3& p) { return glm::vec3(m * glm::vec4(p, 1.0f)); }

const Joint* findJoint(const Atlas& atlas, std::string_view id) {
  for (const Joint& j : atlas.joints)
    if (j.id == id) return &j;
  return nullptr;
}
glm::vec3 namedAxis(const Joint& j, std::string_view id, const glm::vec3& fallback) {
  for (const JointAxis& a : j.axes)
    if (a.id == id) return a.direction;
  return fallback;
}

// The plantar-most vertices of each foot segment: what must stay on the floor.
void collectPlantarSamples(const Atlas& atlas, PoseRig& rig) {
  float lowest = std::numeric_limits<float>::max();
  for (const Joint& joint : atlas.joints) {
    const int s = segmentOfJoint(joint.id);
    if (s < static_cast<int>(Segment::Calcaneus)) continue;
    for (const std::string& id : joint.structures) {
      const Structure* st = atlas.find(id);
      if (!st || st->category != Category::Bone || st->mesh.positions.empty()) continue;
      const float minY = st->mesh.bounds().min.y;
      std::vector<glm::vec3>& out = rig.plantarSamples[s];
      const auto& pos = st->mesh.positions;
      const std::size_t stride = std::max<std::size_t>(1, pos.size() / 4000);
      for (std::size_t i = 0; i < pos.size(); i += stride)
        if (pos[i].y < minY + 2.0f) out.push_back(pos[i]);
      lowest = std::min(lowest, minY);
    }
  }
  rig.restFloorContact = lowest;
}

struct FootPose {
  std::array<glm::mat4, kSegmentCount> local;  // relative to the planted rest foot
};

FootPose footPose(const PoseRig& rig, float flat, float pron, float valgum) {
  const Angles& a = kAngles;
  FootPose f;
  f.local.fill(glm::mat4(1.0f));
  // Plantarflexion about the transverse axis keeps the talar dome congruent with the
  // mortise (the oblique manifest axis would tilt it in the coronal plane).
  const float phi = a.pitchFlat * flat + a.pitchPronation * pron;
  const float eps = a.eversionPronation * pron + a.eversionFlat * flat + a.eversionValgum * valgum;
  const glm::mat4 calcaneus = rotateAbout(rig.subtalarTilt.pivot, rig.subtalarTilt.axis, -eps) *
                              rotateAbout(rig.heelContact, kX, phi);
  f.local[static_cast<int>(Segment::Calcaneus)] = calcaneus;

  // The talus rides on the calcaneus (its subtalar joint moves with the tilted heel bone),
  // then plantarflexes and adducts on it.
  const float tau = a.talusPlantarFlat * flat + a.talusPlantarPronation * pron;
  const float alpha = a.talusAdductPronation * pron + a.talusAdductFlat * flat;
  const glm::vec3 ride = apply(calcaneus, rig.subtalarTilt.pivot) - rig.subtalarTilt.pivot;
  f.local[static_cast<int>(Segment::Talus)] = translation(ride) *
                                              rotateAbout(rig.ankle.pivot, kY, alpha) *
                                              rotateAbout(rig.ankle.pivot, kX, tau);

  const glm::mat4 abduct =
      rotateAbout(rig.chopart, kY, -(a.abductFlat * flat + a.abductPronation * pron));
  const glm::mat4 column =
      rotateAbout(rig.forefootContact, kX, -(a.columnFlat * flat + a.columnPronation * pron));
  const glm::mat4 evert = rotateAbout(rig.midfootLongitudinal.pivot, rig.midfootLongitudinal.axis,
                                      -(a.midfootEvertFlat * flat + a.midfootEvertPronation * pron));
  glm::mat4 midfoot = abduct * column * evert;
  // Slide the midfoot and forefoot so the calcaneocuboid joint does not jam; most of the
  // residual goes to the talonavicular joint, where flat feet do uncover the talar head.
  const glm::mat4& talus = f.local[static_cast<int>(Segment::Talus)];
  const glm::vec3 residual = 0.25f * (apply(talus, rig.chopartMedial) - apply(midfoot, rig.chopartMedial)) +
                             0.75f * (apply(calcaneus, rig.calcaneocuboid) - apply(midfoot, rig.calcaneocuboid));
  const glm::mat4 slide = translation({residual.x, 0.0f, residual.z});
  f.local[static_cast<int>(Segment::Midfoot)] = slide * midfoot;
  f.local[static_cast<int>(Segment::Metatarsals)] = slide * abduct * column;
  f.local[static_cast<int>(Segment::Toes)] = slide * abduct;
  return f;
}

// Lift (or lower) that puts the lowest plantar sample back at the rest floor contact.
float floorCorrection(const PoseRig& rig, const SegmentTransforms& m) {
  float lowest = std::numeric_limits<float>::max();
  for (std::size_t s = 0; s < kSegmentCount; ++s)
    for (const glm::vec3& p : rig.plantarSamples[s]) lowest = std::min(lowest, apply(m[s], p).y);
  return lowest == std::numeric_limits<float>::max() ? 0.0f : rig.restFloorContact - lowest;
}
}  // namespace

int segmentOfJoint(std::string_view id) {
  static const char* const kJoints[kSegmentCount] = {"hip",     "knee",            "ankle",
                                                     "subtalar", "midfoot",        "tarsometatarsal",
                                                     "metatarsophalangeal"};
  for (std::size_t s = 0; s < kSegmentCount; ++s)
    if (id == kJoints[s]) return static_cast<int>(s);
  return -1;
}

PoseRig makeRig(const Atlas& atlas) {
  PoseRig rig;
  const Joint* hip = findJoint(atlas, "hip");
  const Joint* knee = findJoint(atlas, "knee");
  const Joint* ankle = findJoint(atlas, "ankle");
  const Joint* subtalar = findJoint(atlas, "subtalar");
  const Joint* midfoot = findJoint(atlas, "midfoot");
  const Joint* mtp = findJoint(atlas, "metatarsophalangeal");
  const Landmark* ankleCentre = atlas.findLandmark(lm::kAnkleCentre);
  const Landmark* heel = atlas.findLandmark(lm::kCalcanealTuberosityPlantar);
  const Landmark* forefoot = atlas.findLandmark(lm::kMetatarsal1HeadCentre);
  const Landmark* cuboidSide = atlas.findLandmark(lm::kCalcaneocuboidInferior);
  if (!hip || !knee || !ankle || !subtalar || !midfoot || !findJoint(atlas, "tarsometatarsal") || !mtp ||
      !ankleCentre || !heel || !forefoot || !cuboidSide)
    return rig;
  rig.hip = hip->pivot;
  rig.knee = knee->pivot;
  rig.ankleCentre = ankle->pivot;
  rig.ankle = {ankle->pivot, ankle->axis};
  rig.subtalarTilt = {subtalar->pivot, namedAxis(*subtalar, "tilt", kZ)};
  // Medial column sags about its lateral border (the calcaneocuboid side), not the talar head.
  rig.midfootLongitudinal = {cuboidSide->position, namedAxis(*midfoot, "longitudinal", kZ)};
  rig.mtp = {mtp->pivot, mtp->axis};
  // The forefoot abducts about the middle of the transverse tarsal joint, so neither the
  // talonavicular nor the calcaneocuboid side jams into its neighbour.
  rig.chopart = 0.5f * (midfoot->pivot + cuboidSide->position);
  rig.chopartMedial = midfoot->pivot;
  rig.calcaneocuboid = cuboidSide->position;
  rig.heelContact = heel->position;
  rig.forefootContact = forefoot->position;
  collectPlantarSamples(atlas, rig);
  rig.valid = true;
  return rig;
}

float stepEdgeZ(const PoseRig& rig, const Conditions& c) {
  // The ball of the foot rests on the edge; behind it the heel hangs free.
  constexpr float kBallHalfLength = 15.0f;
  return clampAnkle(c.ankleDeg) > 0.0f ? rig.forefootContact.z - kBallHalfLength
                                       : -std::numeric_limits<float>::max();
}

SegmentTransforms poseSegments(const PoseRig& rig, const Conditions& c) {
  SegmentTransforms m;
  m.fill(glm::mat4(1.0f));
  if (!rig.valid) return m;
  const FootPose foot =
      footPose(rig, c[ConditionId::FlatFoot], c[ConditionId::HindfootPronation], c[ConditionId::GenuValgum]);

  // Tight Achilles: the heel cannot come down; the foot pivots about the metatarsal heads.
  const glm::mat4& metatarsals = foot.local[static_cast<int>(Segment::Metatarsals)];
  const glm::vec3 ball = apply(metatarsals, rig.mtp.pivot);
  const glm::mat4 tightRise = rotateAbout(ball, glm::mat3(metatarsals) * rig.mtp.axis,
                                          kAngles.heelRiseTight * c[ConditionId::TightAchilles]);
  // Ankle motion as in a heel raise or drop on a step: the leg stays upright, the ball of the
  // foot stays on the step's edge and the heel swings about it; the toes stay flat. Relative
  // to the leg that is a turn about the ankle's transverse axis.
  const auto footAt = [&](float ankleDeg) {
    SegmentTransforms f = m;
    const glm::mat4 rise = rotateAbout(ball, kX, -ankleDeg) * tightRise;
    for (std::size_t s = static_cast<std::size_t>(Segment::Talus); s < kSegmentCount; ++s)
      f[s] = (s == static_cast<std::size_t>(Segment::Toes) ? glm::mat4(1.0f) : rise) * foot.local[s];
    return f;
  };
  const float ankle = clampAnkle(c.ankleDeg);
  m = footAt(ankle);
  const glm::mat4 heelRise = rotateAbout(ball, kX, -ankle) * tightRise;
  // In dorsiflexion the heel drops below the step instead of lifting the forefoot off it.
  const float lift = floorCorrection(rig, ankle > 0.0f ? footAt(0.0f) : m);

  // Genu valgum: femur adducts at the hip, tibia leans the ankle laterally at the knee.
  const float g = c[ConditionId::GenuValgum];
  const glm::mat4 femur = rotateAbout(rig.hip, kZ, kAngles.femurAdductValgum * g);
  const glm::mat4 tibia =
      rotateAbout(apply(femur, rig.knee), kZ, -(kAngles.femurAdductValgum + kAngles.tibiaValgum) * g) * femur;
  const glm::vec3 ankleShift = apply(tibia, rig.ankleCentre) - rig.ankleCentre;

  // The foot moves sideways under the ankle and stays on the floor; the leg rides on it.
  const glm::mat4 footMove = translation({ankleShift.x, lift, ankleShift.z});
  for (std::size_t s = static_cast<std::size_t>(Segment::Talus); s < kSegmentCount; ++s) m[s] = footMove * m[s];
  // Before footMove: where the foot's own pose and the heel rise carried the ankle.
  const glm::vec3 ankleCarried = apply(heelRise * foot.local[static_cast<int>(Segment::Talus)], rig.ankleCentre);
  const glm::vec3 legMove = ankleCarried - rig.ankleCentre + glm::vec3(0.0f, lift - ankleShift.y, 0.0f);
  m[static_cast<int>(Segment::Femur)] = translation(legMove) * femur;
  m[static_cast<int>(Segment::Tibia)] = translation(legMove) * tibia;
  return m;
}

}  // namespace anatomy
