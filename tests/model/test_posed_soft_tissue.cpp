// Soft tissue follows the bones on the posed built-in model: the Achilles stays on the
// calcaneus and the calf, the bursa between tendon and bone, the fat pad in front of the
// tendon, the foot on the floor; plus an angle recomputed from raw posed coordinates and
// the update time a slider needs.
#include "model_fixture.h"

#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"
#include "geometry/mesh_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

using namespace anatomy;

namespace {
PosedModel& posed() {
  static PosedModel model(modeltest::model());
  return model;
}

int index(const char* id) {
  const int i = modeltest::model().indexOf(id);
  if (i < 0) throw std::runtime_error(std::string("no structure ") + id);
  return i;
}

// Model-space positions of structure i as drawn (transform applied).
std::vector<glm::vec3> drawn(const PosedModel& p, int i) {
  std::vector<glm::vec3> out;
  for (const glm::vec3& v : p.positions(i)) out.push_back(glm::vec3(p.transform(i) * glm::vec4(v, 1.0f)));
  return out;
}

float nearest(const glm::vec3& q, const std::vector<glm::vec3>& cloud) {
  float best = std::numeric_limits<float>::max();
  for (const glm::vec3& c : cloud) best = std::min(best, glm::distance(q, c));
  return best;
}

glm::vec3 nearestPoint(const glm::vec3& q, const std::vector<glm::vec3>& cloud) {
  glm::vec3 best = cloud.front();
  for (const glm::vec3& c : cloud)
    if (glm::distance(q, c) < glm::distance(q, best)) best = c;
  return best;
}

// Largest distance from the vertices of a whose REST height lies in [yLo, yHi] to the
// vertex cloud b (every third vertex of a, for speed).
float worstGap(const std::vector<glm::vec3>& a, const std::vector<glm::vec3>& restA, float yLo, float yHi,
               const std::vector<glm::vec3>& b) {
  float worst = 0.0f;
  for (std::size_t k = 0; k < a.size(); k += 3)
    if (restA[k].y >= yLo && restA[k].y <= yHi) worst = std::max(worst, nearest(a[k], b));
  return worst;
}

std::vector<Conditions> alignmentSweep() {
  std::vector<Conditions> out;
  for (ConditionId id : {ConditionId::FlatFoot, ConditionId::HindfootPronation, ConditionId::GenuValgum,
                         ConditionId::TightAchilles})
    for (float s : {0.0f, 0.5f, 1.0f}) {
      Conditions c;
      c.set(id, s);
      out.push_back(c);
    }
  Conditions all;
  for (ConditionId id : {ConditionId::FlatFoot, ConditionId::HindfootPronation, ConditionId::GenuValgum})
    all.set(id, 1.0f);
  out.push_back(all);
  return out;
}
}  // namespace

TEST(PosedSoftTissue, AchillesStaysOnCalcaneusAndCalf) {
  PosedModel& p = posed();
  const int tendon = index("achilles_tendon"), calcaneus = index("calcaneus"), soleus = index("soleus");
  const auto& rest = modeltest::mesh("achilles_tendon").positions;
  const float insertionTop = modeltest::landmark("achilles_insertion_centre").y + 6.0f;
  const float originY = modeltest::landmark("achilles_origin").y;
  p.update({});
  const float restBottom = worstGap(drawn(p, tendon), rest, 0.0f, insertionTop, drawn(p, calcaneus));
  const float restTop = worstGap(drawn(p, tendon), rest, originY - 8.0f, originY + 10.0f, drawn(p, soleus));
  for (const Conditions& c : alignmentSweep()) {
    p.update(c);
    const auto t = drawn(p, tendon);
    EXPECT_LT(worstGap(t, rest, 0.0f, insertionTop, drawn(p, calcaneus)), restBottom + 1.0f);
    EXPECT_LT(worstGap(t, rest, originY - 8.0f, originY + 10.0f, drawn(p, soleus)), restTop + 1.0f);
  }
}

TEST(PosedSoftTissue, BursaStaysBetweenTendonAndBoneAndFatPadInFront) {
  PosedModel& p = posed();
  const int tendon = index("achilles_tendon"), calcaneus = index("calcaneus"), fat = index("kager_fat_pad");
  p.update({});
  const glm::vec3 restCentre = p.landmarks().at("retrocalcaneal_bursa_centre");
  const float restToTendon = nearest(restCentre, drawn(p, tendon));
  const float restToBone = nearest(restCentre, drawn(p, calcaneus));
  for (const Conditions& c : alignmentSweep()) {
    p.update(c);
    const glm::vec3 centre = p.landmarks().at("retrocalcaneal_bursa_centre");
    EXPECT_LT(nearest(centre, drawn(p, tendon)), restToTendon + 1.0f);
    EXPECT_LT(nearest(centre, drawn(p, calcaneus)), restToBone + 1.0f);
    // Between them: the tendon's nearest point behind the centre, the bone's in front.
    EXPECT_LT(nearestPoint(centre, drawn(p, tendon)).z, centre.z + 0.5f);
    EXPECT_GT(nearestPoint(centre, drawn(p, calcaneus)).z, centre.z - 0.5f);
    // The fat pad's middle lies anterior to the tendon's middle at the same height.
    glm::vec3 fatMid(0.0f), tendonMid(0.0f);
    int nf = 0, nt = 0;
    const auto f = drawn(p, fat), t = drawn(p, tendon);
    const float y = centre.y + 40.0f;
    for (const glm::vec3& v : f)
      if (std::abs(v.y - y) < 3.0f) fatMid += v, ++nf;
    for (const glm::vec3& v : t)
      if (std::abs(v.y - y) < 3.0f) tendonMid += v, ++nt;
    ASSERT_GT(nf, 0);
    ASSERT_GT(nt, 0);
    EXPECT_GT(fatMid.z / nf, tendonMid.z / nt + 2.0f);
  }
}

TEST(PosedSoftTissue, FootStaysOnTheFloor) {
  PosedModel& p = posed();
  const auto& atlas = modeltest::model();
  p.update({});
  float restLowest = std::numeric_limits<float>::max();
  for (int i = 0; i < static_cast<int>(atlas.structures.size()); ++i)
    if (atlas.structures[static_cast<std::size_t>(i)].category == Category::Bone)
      for (const glm::vec3& v : drawn(p, i)) restLowest = std::min(restLowest, v.y);
  for (const Conditions& c : alignmentSweep()) {
    p.update(c);
    float bone = std::numeric_limits<float>::max(), skin = std::numeric_limits<float>::max();
    for (int i = 0; i < static_cast<int>(atlas.structures.size()); ++i) {
      const auto cat = atlas.structures[static_cast<std::size_t>(i)].category;
      for (const glm::vec3& v : drawn(p, i)) {
        if (cat == Category::Bone) bone = std::min(bone, v.y);
        if (cat == Category::Skin) skin = std::min(skin, v.y);
      }
    }
    EXPECT_GE(skin, -0.5f);
    EXPECT_NEAR(bone, restLowest, 0.5f);  // plantar contact kept
  }
}

TEST(PosedSoftTissue, RuptureOpensAGapAboveTheInsertion) {
  PosedModel& p = posed();
  Conditions c;
  c.set(ConditionId::AchillesRupture, 1.0f);
  p.update(c);
  const int tendon = index("achilles_tendon");
  const float insertion = modeltest::landmark("achilles_insertion_centre").y;
  // Tendon material (not the hair-thin strand) per 1 mm slice: find an empty stretch.
  const auto t = p.positions(tendon);
  int emptySlices = 0;
  for (float y = insertion + 20.0f; y < insertion + 60.0f; y += 1.0f) {
    float width = 0.0f;
    glm::vec2 lo(1e9f), hi(-1e9f);
    for (const glm::vec3& v : t)
      if (v.y >= y && v.y < y + 1.0f) lo = glm::min(lo, {v.x, v.z}), hi = glm::max(hi, {v.x, v.z});
    if (hi.x >= lo.x) width = std::max(hi.x - lo.x, hi.y - lo.y);
    if (width < 1.0f) ++emptySlices;
  }
  EXPECT_GE(emptySlices, 15);
  p.update({});
  EXPECT_EQ(p.positions(tendon).size(), modeltest::mesh("achilles_tendon").positions.size());
}

TEST(PosedSoftTissue, PitchRecomputedFromRawPosedCoordinates) {
  PosedModel& p = posed();
  p.update(*presetConditions("flat-foot"));
  const glm::vec3 a = p.landmarks().at("calcaneal_tuberosity_plantar");
  const glm::vec3 b = p.landmarks().at("calcaneocuboid_inferior");
  const double rise = static_cast<double>(b.y) - a.y, run = static_cast<double>(b.z) - a.z;
  const double pitch = std::atan(rise / run) * 180.0 / 3.14159265358979;
  EXPECT_NEAR(calcanealPitchDeg(p.landmarks()).value(), pitch, 0.01);
  // Hindfoot valgus by the dot product of the coronal projections, signed by the heel's lean.
  const glm::vec3 tp = p.landmarks().at("tibia_axis_proximal"), td = p.landmarks().at("tibia_axis_distal");
  const glm::vec3 ht = p.landmarks().at("calcaneus_bisector_top"), hb = p.landmarks().at("calcaneus_bisector_bottom");
  const glm::vec2 tib(td.x - tp.x, td.y - tp.y), heel(hb.x - ht.x, hb.y - ht.y);
  double angle = std::acos(glm::dot(tib, heel) / (glm::length(tib) * glm::length(heel))) * 180.0 / 3.14159265358979;
  if (tib.x * heel.y - tib.y * heel.x > 0) angle = -angle;  // heel turned medially: varus
  EXPECT_NEAR(hindfootValgusDeg(p.landmarks()).value(), angle, 0.05);
}

// Speed is measured by the benchmark (severity_update_median_ms), not asserted here; what a
// slider relies on is that one change recomputes only the structures it touches.
TEST(PosedSoftTissue, SliderChangeRecomputesOnlyWhatItTouches) {
  PosedModel& p = posed();
  const Atlas& atlas = p.atlas();
  Conditions c = *presetConditions("flat-foot");
  p.update(c);
  EXPECT_TRUE(p.update(c).empty()) << "the same conditions again change nothing";
  c.set(ConditionId::RetrocalcanealBursitis, 0.8f);
  const std::vector<int> changed = p.update(c);
  const int bursa = atlas.indexOf("retrocalcaneal_bursa");
  ASSERT_GE(bursa, 0);
  EXPECT_NE(std::find(changed.begin(), changed.end(), bursa), changed.end()) << "the swollen bursa is re-uploaded";
  for (int i : changed)
    EXPECT_NE(atlas.structures[static_cast<std::size_t>(i)].category, Category::Bone)
        << atlas.structures[static_cast<std::size_t>(i)].id << ": bones move by transform, not by vertices";
  EXPECT_LT(changed.size(), atlas.structures.size() / 2) << "a bursa slider must not recompute the whole model";
  const auto values = measureAll(p);
  ASSERT_FALSE(values.empty());
}

namespace {
// Approximate depth to which vertices of a sink into b: distance behind b's nearest vertex
// along that vertex's normal (only vertices within 6 mm of b count).
float penetration(const PosedModel& p, int a, int b) {
  const auto A = drawn(p, a), B = drawn(p, b);
  std::vector<glm::vec3> N;
  for (const glm::vec3& n : p.normals(b)) N.push_back(glm::normalize(glm::mat3(p.transform(b)) * n));
  glm::vec3 lo(1e9f), hi(-1e9f);
  for (const glm::vec3& v : B) lo = glm::min(lo, v), hi = glm::max(hi, v);
  float worst = 0.0f;
  for (std::size_t k = 0; k < A.size(); k += 2) {
    if (glm::any(glm::lessThan(A[k], lo - 6.0f)) || glm::any(glm::greaterThan(A[k], hi + 6.0f))) continue;
    float best = 1e9f;
    std::size_t at = 0;
    for (std::size_t j = 0; j < B.size(); ++j) {
      const float d = glm::distance(A[k], B[j]);
      if (d < best) best = d, at = j;
    }
    if (best < 6.0f) worst = std::max(worst, -glm::dot(A[k] - B[at], N[at]));
  }
  return worst;
}
}  // namespace

TEST(PosedSoftTissue, JointsDoNotJamInAnyPreset) {
  PosedModel& p = posed();
  const std::pair<const char*, const char*> pairs[] = {
      {"talus", "navicular"},        {"talus", "calcaneus"},        {"cuboid", "calcaneus"},
      {"navicular", "medial_cuneiform"}, {"metatarsal_1", "medial_cuneiform"}, {"metatarsal_5", "cuboid"},
      {"talus", "tibia"},            {"retrocalcaneal_bursa", "achilles_tendon"}};
  p.update({});
  std::vector<float> rest;
  for (const auto& [a, b] : pairs) rest.push_back(penetration(p, index(a), index(b)));
  for (const Preset& preset : presets()) {
    p.update(*presetConditions(preset.id));
    for (std::size_t k = 0; k < std::size(pairs); ++k)
      EXPECT_LT(penetration(p, index(pairs[k].first), index(pairs[k].second)), rest[k] + 4.0f)
          << preset.id << ": " << pairs[k].first << " into " << pairs[k].second;
  }
}

namespace {
// Is q inside the tendon's band at its height? The band's cross-section is a flat convex
// lens, so the tendon vertices within 1 mm of q's height bound it in x and z.
bool insideTendonSlab(const glm::vec3& q, const std::vector<glm::vec3>& tendon) {
  glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
  for (const glm::vec3& v : tendon)
    if (std::abs(v.y - q.y) < 1.0f) lo = glm::min(lo, v), hi = glm::max(hi, v);
  return q.x > lo.x && q.x < hi.x && q.z > lo.z && q.z < hi.z;
}
}  // namespace

TEST(PosedSoftTissue, TendonDepositsGrowInsideTheTendonBodyAndFollowIt) {
  PosedModel& p = posed();
  const int deposits = index("tendon_calcific_deposits"), tendon = index("achilles_tendon");
  const auto volume = [&](const std::vector<glm::vec3>& positions) {
    geometry::Mesh m = modeltest::mesh("tendon_calcific_deposits");
    m.positions = positions;
    return geometry::signedVolume(m);
  };
  p.update({});
  EXPECT_LT(volume(p.positions(deposits)), 1.0) << "at rest the nodules shrink onto their centres (mm^3)";
  std::vector<Conditions> sweep = alignmentSweep();
  for (Conditions& c : sweep) c.set(ConditionId::TendonCalcification, 1.0f);
  for (const Conditions& c : sweep) {
    p.update(c);
    const std::vector<glm::vec3> d = drawn(p, deposits), t = drawn(p, tendon);
    const float insertionY = p.landmarks().at("achilles_insertion_centre").y;  // the heel rises in equinus
    EXPECT_GT(volume(p.positions(deposits)), 60.0) << "nodules a class can see (mm^3)";
    geometry::Bounds b;
    for (const glm::vec3& v : d) b.extend(v);
    EXPECT_GT(b.min.y, insertionY + 8.0f) << "in the tendon body, above the insertion";
    EXPECT_LT(b.max.y, insertionY + 70.0f);
    std::size_t outside = 0;
    for (const glm::vec3& v : d) outside += insideTendonSlab(v, t) ? 0 : 1;
    EXPECT_EQ(outside, 0u) << "deposit vertices outside the tendon";
  }
}
