// The back of the heel on the posed built-in model, as REFERENCE.md's "The heel up close"
// describes it: a bony spur grown from the cortex into the tendon, a Haglund prominence
// that squeezes the bursa without passing through it, the tendon bowing and the skin
// bulging over it, a bursa touching tendon and bone, a rupture with a real gap, and a
// tendon that ends on the bone instead of sinking into it.
#include "model_fixture.h"

#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"
#include "geometry/mesh_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdint>
#include <map>

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

// Structure i as drawn now, as a mesh (positions posed, transform applied).
geometry::Mesh drawnMesh(const PosedModel& p, const char* id) {
  const int i = index(id);
  geometry::Mesh m;
  m.indices = modeltest::mesh(id).indices;
  for (const glm::vec3& v : p.positions(i)) m.positions.push_back(glm::vec3(p.transform(i) * glm::vec4(v, 1.0f)));
  geometry::computeNormals(m);
  return m;
}

Conditions only(ConditionId id, float severity) {
  Conditions c;
  c.set(id, severity);
  return c;
}

std::map<std::string, float> measure(const Conditions& c) {
  posed().update(c);
  std::map<std::string, float> v;
  for (const Measurement& m : measureAll(posed())) v[m.key] = m.value;
  return v;
}

// Extent along y of the vertices within "reach" mm of the calcaneus surface or inside it.
float baseHeight(const geometry::Mesh& spur, const geometry::Mesh& calcaneus, float reach) {
  float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
  for (const glm::vec3& v : spur.positions) {
    bool near = geometry::containsPoint(calcaneus, v);
    for (std::size_t k = 0; !near && k < calcaneus.positions.size(); ++k)
      near = glm::distance(v, calcaneus.positions[k]) < reach;
    if (near) lo = std::min(lo, v.y), hi = std::max(hi, v.y);
  }
  return hi > lo ? hi - lo : 0.0f;
}

// Most posterior (lowest z) vertex of a mesh between two heights, within |x - xMid| < halfX.
float backZ(const geometry::Mesh& m, float yLo, float yHi, float xMid, float halfX) {
  float z = std::numeric_limits<float>::max();
  for (const glm::vec3& v : m.positions)
    if (v.y >= yLo && v.y <= yHi && std::abs(v.x - xMid) < halfX) z = std::min(z, v.z);
  return z;
}

// Deepest tendon vertex inside the bone, approximated by its distance to the bone's vertices.
float deepestInside(const geometry::Mesh& inner, const geometry::Mesh& outer) {
  float worst = 0.0f;
  for (const glm::vec3& v : inner.positions) {
    if (!geometry::containsPoint(outer, v)) continue;
    float d = std::numeric_limits<float>::max();
    for (const glm::vec3& o : outer.positions) d = std::min(d, glm::distance(v, o));
    worst = std::max(worst, d);
  }
  return worst;
}
}  // namespace

TEST(HeelPathology, SpurIsABroadBonyBeakFromTheLowerInsertionIntoTheTendon) {
  posed().update(only(ConditionId::CalcificSpur, 1.0f));
  const geometry::Mesh spur = drawnMesh(posed(), "calcific_spur");
  const geometry::Mesh calcaneus = drawnMesh(posed(), "calcaneus");
  EXPECT_EQ(modeltest::model().find("calcific_spur")->category, Category::Bone);
  EXPECT_GE(baseHeight(spur, calcaneus, 1.0f), 8.0f);  // broad based, craniocaudally
  const auto v = measure(only(ConditionId::CalcificSpur, 1.0f));
  EXPECT_GE(v.at("spur_length_mm"), 12.0f);
  EXPECT_NEAR(v.at("spur_inclination_deg"), 25.0f, 5.0f);
  // The base sits on the lower part of the insertion; the tip points up and back.
  const glm::vec3 base = posed().landmarks().at("spur_base");
  const glm::vec3 tip = posed().landmarks().at("spur_tip");
  const glm::vec3 insertion = posed().landmarks().at("achilles_insertion_centre");
  EXPECT_LT(base.y, insertion.y);
  EXPECT_GT(tip.y, base.y + 10.0f);
  EXPECT_LT(tip.z, base.z - 3.0f);
  // The tip lies in the tendon's line: no further back than the thickened tendon and skin.
  const geometry::Mesh skin = drawnMesh(posed(), "skin");
  EXPECT_TRUE(geometry::containsPoint(skin, tip));
}

TEST(HeelPathology, NothingOfTheSpurOrDepositsExistsAtSeverityZero) {
  posed().update({});
  for (const char* id : {"calcific_spur", "tendon_calcific_deposits"}) {
    const geometry::Mesh m = drawnMesh(posed(), id);
    float area = 0.0f;  // every part shrunk to a point: no triangle covers a pixel
    for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3)
      area += 0.5f * glm::length(glm::cross(m.positions[m.indices[t + 1]] - m.positions[m.indices[t]],
                                            m.positions[m.indices[t + 2]] - m.positions[m.indices[t]]));
    EXPECT_LT(area, 1e-3f) << id;
  }
  const geometry::Mesh spur = drawnMesh(posed(), "calcific_spur");
  EXPECT_TRUE(geometry::containsPoint(drawnMesh(posed(), "calcaneus"), spur.positions.front()));
}

// The triangles of the calcaneus that a full Haglund deformity moves (the prominence).
geometry::Mesh prominence(const geometry::Mesh& grown) {
  posed().update({});
  const std::vector<glm::vec3>& rest = posed().positions(index("calcaneus"));
  geometry::Mesh m;
  std::map<std::uint32_t, std::uint32_t> kept;  // calcaneus vertex -> prominence vertex
  for (std::size_t t = 0; t + 2 < grown.indices.size(); t += 3) {
    bool moved = true;
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t v = grown.indices[t + static_cast<std::size_t>(k)];
      moved = moved && glm::distance(rest[v], grown.positions[v]) > 0.5f;
    }
    for (int k = 0; moved && k < 3; ++k) {
      const std::uint32_t v = grown.indices[t + static_cast<std::size_t>(k)];
      const auto [at, added] = kept.emplace(v, static_cast<std::uint32_t>(m.positions.size()));
      if (added) m.positions.push_back(grown.positions[v]);
      m.indices.push_back(at->second);
    }
  }
  geometry::computeNormals(m);
  return m;
}

TEST(HeelPathology, HaglundProminenceSqueezesTheBursaWithoutPassingThroughIt) {
  for (const Conditions& c : {only(ConditionId::Haglund, 1.0f), *presetConditions("haglund")}) {
    posed().update(c);
    const geometry::Mesh bone = drawnMesh(posed(), "calcaneus");
    std::vector<geometry::Mesh> others;
    for (const char* id : {"retrocalcaneal_bursa", "achilles_tendon", "superficial_calcaneal_bursa"})
      others.push_back(drawnMesh(posed(), id));
    const geometry::Mesh bump = prominence(bone);
    ASSERT_GT(bump.indices.size(), 30u);
    const char* ids[] = {"retrocalcaneal_bursa", "achilles_tendon", "superficial_calcaneal_bursa"};
    for (std::size_t k = 0; k < others.size(); ++k) {
      EXPECT_EQ(geometry::verticesInside(bone, others[k]), 0u) << ids[k];
      EXPECT_EQ(geometry::verticesInside(others[k], bone), 0u) << ids[k];
      // The tendon still meets the bone at its insertion; the prominence keeps clear of all.
      EXPECT_GE(geometry::minSurfaceDistance(bump, others[k]), 0.3f) << ids[k];
    }
  }
}

TEST(HeelPathology, TendonBowsBackAndSkinBulgesOverHaglund) {
  const float x = posed().landmarks().at("achilles_insertion_centre").x;
  const float y = posed().landmarks().at("achilles_insertion_centre").y;
  posed().update({});
  const geometry::Mesh tendon0 = drawnMesh(posed(), "achilles_tendon");
  const geometry::Mesh skin0 = drawnMesh(posed(), "skin");
  posed().update(only(ConditionId::Haglund, 1.0f));
  const geometry::Mesh tendon1 = drawnMesh(posed(), "achilles_tendon");
  const geometry::Mesh skin1 = drawnMesh(posed(), "skin");
  // Over the prominence (10-20 mm above the insertion's centre) the tendon's back moves back.
  EXPECT_GE(backZ(tendon0, y + 12.0f, y + 18.0f, x, 4.0f) - backZ(tendon1, y + 12.0f, y + 18.0f, x, 4.0f), 2.0f);
  // The skin moves out posterolaterally (-x lateral, -z posterior) by 3 mm or more.
  const glm::vec3 out = glm::normalize(glm::vec3(-1.0f, 0.0f, -1.0f));
  float most = 0.0f;
  for (std::size_t k = 0; k < skin0.positions.size(); ++k)
    most = std::max(most, glm::dot(skin1.positions[k] - skin0.positions[k], out));
  EXPECT_GE(most, 3.0f);
}

TEST(HeelPathology, RetrocalcanealBursaTouchesTendonAndBoneAndBulgesBesideTheTendon) {
  for (float severity : {0.0f, 1.0f}) {
    posed().update(only(ConditionId::RetrocalcanealBursitis, severity));
    const geometry::Mesh bursa = drawnMesh(posed(), "retrocalcaneal_bursa");
    EXPECT_LE(geometry::minSurfaceDistance(bursa, drawnMesh(posed(), "achilles_tendon")), 0.5f) << severity;
    EXPECT_LE(geometry::minSurfaceDistance(bursa, drawnMesh(posed(), "calcaneus")), 0.5f) << severity;
  }
  // Inflamed, it spills out beside both borders of the tendon (seen from behind).
  const geometry::Mesh bursa = drawnMesh(posed(), "retrocalcaneal_bursa");
  const geometry::Mesh tendon = drawnMesh(posed(), "achilles_tendon");
  const geometry::Bounds b = bursa.bounds();
  float tendonLo = std::numeric_limits<float>::max(), tendonHi = std::numeric_limits<float>::lowest();
  for (const glm::vec3& v : tendon.positions)
    if (v.y >= b.min.y && v.y <= b.max.y) tendonLo = std::min(tendonLo, v.x), tendonHi = std::max(tendonHi, v.x);
  EXPECT_GE(tendonLo - b.min.x, 3.0f);
  EXPECT_GE(b.max.x - tendonHi, 3.0f);
  const auto v = measure(only(ConditionId::RetrocalcanealBursitis, 0.0f));
  EXPECT_LE(v.at("bursa_ap_mm"), 1.0f);  // collapsed when healthy
}

TEST(HeelPathology, RuptureOpensATenMillimetreGapBetweenStumps) {
  const float insertion = modeltest::landmark("achilles_insertion_centre").y;
  posed().update(only(ConditionId::AchillesRupture, 1.0f));
  const geometry::Mesh tendon = drawnMesh(posed(), "achilles_tendon");
  // The longest run of 0.5 mm slices with no tendon vertex, above the insertion.
  float runStart = 0.0f, bestStart = 0.0f, bestLength = 0.0f;
  bool inRun = false;
  for (float y = insertion + 10.0f; y < insertion + 90.0f; y += 0.5f) {
    const bool empty = std::none_of(tendon.positions.begin(), tendon.positions.end(),
                                    [y](const glm::vec3& p) { return p.y >= y && p.y < y + 0.5f; });
    if (empty && !inRun) runStart = y, inRun = true;
    if (!empty) inRun = false;
    if (inRun && y + 0.5f - runStart > bestLength) bestLength = y + 0.5f - runStart, bestStart = runStart;
  }
  EXPECT_GE(bestLength, 10.0f);
  const float centre = bestStart + 0.5f * bestLength - insertion;
  EXPECT_GE(centre, 30.0f);
  EXPECT_LE(centre, 60.0f);
  // The measurements call the tendon discontinuous rather than give it a thickness.
  const auto v = measure(only(ConditionId::AchillesRupture, 1.0f));
  EXPECT_GE(v.at("achilles_gap_mm"), 10.0f);
  EXPECT_EQ(v.count("achilles_thickness_midportion_mm"), 0u);
  EXPECT_EQ(measure({}).at("achilles_gap_mm"), 0.0f);
}

TEST(HeelPathology, SkinDipsOverTheRuptureGap) {
  const glm::vec3 heel = modeltest::landmark("achilles_insertion_centre");
  posed().update({});
  const geometry::Mesh before = drawnMesh(posed(), "skin");
  posed().update(only(ConditionId::AchillesRupture, 1.0f));
  const geometry::Mesh after = drawnMesh(posed(), "skin");
  float deepest = 0.0f;
  for (std::size_t k = 0; k < before.positions.size(); ++k)
    if (before.positions[k].y > heel.y + 30.0f && before.positions[k].y < heel.y + 60.0f)
      deepest = std::max(deepest, after.positions[k].z - before.positions[k].z);  // +z: into the leg
  EXPECT_GE(deepest, 3.0f);
}

TEST(HeelPathology, TendonEndsOnTheBoneWithoutSinkingIn) {
  posed().update({});
  EXPECT_LE(deepestInside(drawnMesh(posed(), "achilles_tendon"), drawnMesh(posed(), "calcaneus")), 0.5f);
  posed().update(only(ConditionId::InsertionalTendinopathy, 1.0f));
  EXPECT_LE(deepestInside(drawnMesh(posed(), "achilles_tendon"), drawnMesh(posed(), "calcaneus")), 0.5f);
  // ... and still meets it: the footprint.
  EXPECT_LE(geometry::minSurfaceDistance(drawnMesh(posed(), "achilles_tendon"), drawnMesh(posed(), "calcaneus")), 0.5f);
}
