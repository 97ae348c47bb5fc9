// Landmarks a teacher points to on the bones of the built-in model: the sustentaculum tali
// is a shelf that overhangs the medial wall and carries the talus; the calcaneus humps up
// under the talar body; the peroneal trochlea stands off the lateral wall; the fibula is
// slender, the tibial shaft triangular and the distal tibia round in section.
// Everything is measured on the committed meshes (x medial, y up, z anterior).
#include "model_fixture.h"

#include "anatomy/landmark_ids.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace {

constexpr float kLow = std::numeric_limits<float>::lowest();

// The largest x of the vertices within a slab around height y and depth z.
float medialMost(const geometry::Mesh& m, float y, float z, float halfY, float halfZ) {
  float best = kLow;
  for (const glm::vec3& p : m.positions)
    if (std::abs(p.y - y) <= halfY && std::abs(p.z - z) <= halfZ) best = std::max(best, p.x);
  return best;
}

glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  // Which feature (corner, edge or face) is nearest follows from the signs of dot products.
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0.0f && d2 <= 0.0f) return a;
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0.0f && d4 <= d3) return b;
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) return a + ab * (d1 / (d1 - d3));
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0.0f && d5 <= d6) return c;
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) return a + ac * (d2 / (d2 - d6));
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0.0f && d4 - d3 >= 0.0f && d5 - d6 >= 0.0f) return b + (c - b) * ((d4 - d3) / ((d4 - d3) + (d5 - d6)));
  const float denom = 1.0f / (va + vb + vc);
  return a + ab * (vb * denom) + ac * (vc * denom);
}

// Distance from a point to a mesh's surface (its triangles, not just its vertices).
float surfaceDistance(const geometry::Mesh& m, const glm::vec3& q) {
  float best = std::numeric_limits<float>::max();
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    const glm::vec3 &a = m.positions[m.indices[t]], &b = m.positions[m.indices[t + 1]], &c = m.positions[m.indices[t + 2]];
    if (glm::distance(a, q) > best + 10.0f) continue;  // triangles are far smaller than 10 mm
    best = std::min(best, glm::distance(q, closestOnTriangle(q, a, b, c)));
  }
  return best;
}

// Extent of a mesh's section at height y across the direction at the given angle in the
// horizontal plane (0: medial-lateral, 90: front-back).
// The cross-section's outline at height y as segments in (x, z), one per triangle the plane
// cuts: exact however coarse the mesh is there (a slab of vertices can be empty).
using Segment = std::pair<glm::vec2, glm::vec2>;
std::vector<Segment> sectionSegments(const geometry::Mesh& m, float y) {
  std::vector<Segment> out;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    std::vector<glm::vec2> cut;
    for (int e = 0; e < 3; ++e) {
      const glm::vec3& a = m.positions[m.indices[t + static_cast<std::size_t>(e)]];
      const glm::vec3& b = m.positions[m.indices[t + static_cast<std::size_t>((e + 1) % 3)]];
      if ((a.y - y) * (b.y - y) >= 0.0f) continue;
      const glm::vec3 p = a + (y - a.y) / (b.y - a.y) * (b - a);
      cut.emplace_back(p.x, p.z);
    }
    if (cut.size() == 2) out.emplace_back(cut[0], cut[1]);
  }
  return out;
}

std::vector<glm::vec2> sectionPoints(const geometry::Mesh& m, float y) {
  std::vector<glm::vec2> out;
  for (const Segment& s : sectionSegments(m, y)) out.push_back(s.first), out.push_back(s.second);
  return out;
}

// Width of the cross-section at height y along the direction at `degrees` from +X toward +Z;
// NaN (failing every comparison) when the plane misses the mesh.
float widthAcross(const geometry::Mesh& m, float y, float degrees) {
  const float a = glm::radians(degrees);
  const glm::vec2 d(std::cos(a), std::sin(a));
  const std::vector<glm::vec2> section = sectionPoints(m, y);
  if (section.empty()) return std::numeric_limits<float>::quiet_NaN();
  float lo = std::numeric_limits<float>::max(), hi = kLow;
  for (const glm::vec2& p : section) {
    const float s = glm::dot(p, d);
    lo = std::min(lo, s), hi = std::max(hi, s);
  }
  return hi - lo;
}

struct SectionWidths {
  float least, most;
};
SectionWidths sectionWidths(const geometry::Mesh& m, float y) {
  SectionWidths w{std::numeric_limits<float>::max(), 0.0f};
  for (int deg = 0; deg < 180; deg += 10) {
    const float v = widthAcross(m, y, static_cast<float>(deg));
    w.least = std::min(w.least, v), w.most = std::max(w.most, v);
  }
  return w;
}

std::pair<float, float> heightRange(const geometry::Mesh& m) {
  float lo = std::numeric_limits<float>::max(), hi = kLow;
  for (const glm::vec3& p : m.positions) lo = std::min(lo, p.y), hi = std::max(hi, p.y);
  return {lo, hi};
}

}  // namespace

TEST(ModelBoneLandmarks, SustentaculumIsAShelfThatCarriesTheTalus) {
  const geometry::Mesh& calcaneus = modeltest::mesh("calcaneus");
  const glm::vec3 shelf = modeltest::landmark("sustentaculum_tali");
  // The medial wall below the shelf (the flexor hallucis longus groove): the least medial
  // reach of the bone 4 to 14 mm under the shelf's edge, at the shelf's depth.
  float wall = std::numeric_limits<float>::max();
  for (float dy = 4.0f; dy <= 14.0f; dy += 1.0f)
    wall = std::min(wall, medialMost(calcaneus, shelf.y - dy, shelf.z, 0.6f, 3.0f));
  const float projection = shelf.x - wall;
  std::printf("  sustentaculum projects %.1f mm medially over the wall below it\n", projection);
  EXPECT_GE(projection, 10.0f);
  EXPECT_LE(projection, 15.0f);
  // Its upper surface (the middle talar facet) meets the talus across the joint space
  // (2 mm in this model, plus up to half a millimetre of polygonisation).
  // The talus rests on the overhanging part of the shelf, not on the body beside it.
  const glm::vec3 facet = modeltest::landmark("calcaneus_middle_talar_facet");
  EXPECT_GT(facet.y, shelf.y) << "the facet is on top of the shelf";
  EXPECT_GE(facet.x - wall, 5.0f) << "the talus rests on the shelf, beyond the wall below it";
  const float gap = surfaceDistance(modeltest::mesh("talus"), facet);
  std::printf("  middle facet to talus %.2f mm\n", gap);
  EXPECT_LE(gap, 2.5f);
}

TEST(ModelBoneLandmarks, CalcaneusHumpsUpUnderTheTalarBody) {
  // From the side the calcaneus is highest over its posterior talar facet, under the talar
  // body, and lower in front where the middle facet carries the talar neck (the Visible
  // Human Female bone, scaled to this one: about 9-10 mm lower). The cadaver height range
  // (CalcaneusLengthWidthHeight) caps the summit, so the bound is below the real figure.
  const geometry::Mesh& calcaneus = modeltest::mesh("calcaneus");
  const glm::vec3 middle = modeltest::landmark(anatomy::lm::kCalcaneusMiddleTalarFacet);
  glm::vec3 summit(0.0f, kLow, 0.0f);
  float overMiddle = kLow;
  for (const glm::vec3& p : calcaneus.positions) {
    if (p.y > summit.y) summit = p;
    if (std::abs(p.z - middle.z) <= 4.0f) overMiddle = std::max(overMiddle, p.y);
  }
  std::printf("  calcaneus summit %.1f mm behind the middle facet, %.1f mm above the bone over that facet\n",
              middle.z - summit.z, summit.y - overMiddle);
  EXPECT_LT(summit.z, middle.z - 10.0f) << "the highest point is over the posterior facet";
  EXPECT_GE(summit.y - overMiddle, 3.0f) << "the front is lower than the posterior facet";
  // The talar body still rests on the hump: the top of the posterior facet comes within the
  // joint space of the talus (2 mm, plus up to a millimetre from the smooth carve and the
  // polygonisation of two curved surfaces; a talus lifted off the facet fails).
  float seat = std::numeric_limits<float>::max();
  for (const glm::vec3& p : calcaneus.positions)
    if (p.z < middle.z - 8.0f && p.y > summit.y - 4.0f) seat = std::min(seat, surfaceDistance(modeltest::mesh("talus"), p));
  std::printf("  posterior facet to talus %.2f mm\n", seat);
  EXPECT_LE(seat, 3.0f);
}

TEST(ModelBoneLandmarks, PeronealTrochleaStandsOffTheLateralWall) {
  const geometry::Mesh& calcaneus = modeltest::mesh("calcaneus");
  const glm::vec3 t = modeltest::landmark("peroneal_trochlea");
  // Lateral is -x: the trochlea reaches further out than the wall 8 mm behind and in front.
  const float lateralAt = [&] {
    float back = std::numeric_limits<float>::max();
    for (const glm::vec3& p : calcaneus.positions)
      if (std::abs(p.y - t.y) < 1.0f && std::abs(std::abs(p.z - t.z) - 9.0f) < 1.0f) back = std::min(back, p.x);
    return back;
  }();
  std::printf("  peroneal trochlea stands %.1f mm off the wall beside it\n", lateralAt - t.x);
  EXPECT_LE(t.x, lateralAt - 1.0f);
}

TEST(ModelBoneLandmarks, CalcaneusHasItsProcesses) {
  const glm::vec3 medial = modeltest::landmark("calcaneus_medial_process");
  const glm::vec3 lateral = modeltest::landmark("calcaneus_lateral_process");
  const glm::vec3 anterior = modeltest::landmark("calcaneus_anterior_process");
  const glm::vec3 shelf = modeltest::landmark("sustentaculum_tali");
  EXPECT_GT(medial.x - lateral.x, 10.0f) << "two plantar processes, side by side";
  EXPECT_GT(anterior.z, shelf.z + 5.0f) << "the anterior process leads forward to the cuboid";
}

TEST(ModelBoneLandmarks, CuboidHasItsCalcanealProcess) {
  // The plantar, medial corner of the cuboid juts back under the calcaneus's anterior end:
  // the cuboid's rearmost point lies behind and below the joint's lower edge.
  const geometry::Mesh& cuboid = modeltest::mesh("cuboid");
  const glm::vec3 edge = modeltest::landmark(anatomy::lm::kCalcaneocuboidInferior);
  glm::vec3 rear(0.0f, 0.0f, std::numeric_limits<float>::max());
  for (const glm::vec3& p : cuboid.positions)
    if (p.z < rear.z) rear = p;
  std::printf("  cuboid reaches %.1f mm behind and %.1f mm below the calcaneocuboid joint's lower edge\n",
              edge.z - rear.z, edge.y - rear.y);
  EXPECT_LT(rear.z, edge.z) << "the calcaneal process reaches under the calcaneus";
  EXPECT_GT(edge.y - rear.y, 2.0f) << "the process is plantar, below the joint's edge";
}

namespace {

// Lowest point of a mesh's vertices within 1 mm of the vertical line at (x, z); none: kLow.
float bottomAt(const geometry::Mesh& m, float x, float z) {
  float y = std::numeric_limits<float>::max();
  for (const glm::vec3& p : m.positions)
    if (std::abs(p.x - x) < 1.0f && std::abs(p.z - z) < 1.0f) y = std::min(y, p.y);
  return y == std::numeric_limits<float>::max() ? kLow : y;
}

}  // namespace

TEST(ModelBoneLandmarks, CuboidHasItsPlantarTuberosityAndPeronealGroove) {
  // Along the sole through the middle of the cuboid (front to back): the tuberosity is the
  // lowest ridge, the bone rises behind it, and just in front of it the peroneal groove
  // runs across the sole.
  const geometry::Mesh& cuboid = modeltest::mesh("cuboid");
  float xLo = std::numeric_limits<float>::max(), xHi = kLow, zLo = xLo, zHi = kLow;
  for (const glm::vec3& p : cuboid.positions)
    xLo = std::min(xLo, p.x), xHi = std::max(xHi, p.x), zLo = std::min(zLo, p.z), zHi = std::max(zHi, p.z);
  const float x = 0.5f * (xLo + xHi);
  float ridgeZ = 0.0f, ridgeY = std::numeric_limits<float>::max();
  for (float z = zLo; z <= zHi; z += 1.0f) {
    const float y = bottomAt(cuboid, x, z);
    if (y != kLow && y < ridgeY) ridgeY = y, ridgeZ = z;
  }
  float groove = kLow;
  for (float z = ridgeZ + 1.0f; z <= ridgeZ + 8.0f; z += 1.0f) groove = std::max(groove, bottomAt(cuboid, x, z));
  const float behind = bottomAt(cuboid, x, ridgeZ - 6.0f);
  std::printf("  cuboid sole: groove %.1f mm above the tuberosity, bone 6 mm behind it %.1f mm above\n",
              groove - ridgeY, behind - ridgeY);
  // Deep enough to hold most of the peroneus longus tendon (4.6 mm across in this model).
  EXPECT_GE(groove - ridgeY, 4.5f) << "a groove in front of the tuberosity";
  EXPECT_GE(behind - ridgeY, 2.0f) << "the tuberosity is a ridge, not the edge of a flat sole";
}

TEST(ModelBoneLandmarks, FibulaIsSlenderAboveItsMalleolus) {
  // VHF Female fibula: about 8-10 mm across at midshaft and 14 x 14 at a tenth of its length
  // from the tip; ours is a slightly taller person.
  const geometry::Mesh& fibula = modeltest::mesh("fibula");
  const auto [lo, hi] = heightRange(fibula);
  const SectionWidths mid = sectionWidths(fibula, lo + 0.5f * (hi - lo));
  const SectionWidths tenth = sectionWidths(fibula, lo + 0.1f * (hi - lo));
  std::printf("  fibula midshaft %.1f-%.1f mm, at 10%% %.1f-%.1f mm\n", mid.least, mid.most, tenth.least, tenth.most);
  EXPECT_GE(mid.least, 8.0f);
  EXPECT_GE(mid.most, 9.0f);
  EXPECT_LE(mid.most, 14.0f);
  EXPECT_GE(tenth.least, 11.0f);
  EXPECT_LE(tenth.most, 18.0f);
}

TEST(ModelBoneLandmarks, TibialShaftIsTriangularWithAnAnteriorCrest) {
  const geometry::Mesh& tibia = modeltest::mesh("tibia");
  const auto [lo, hi] = heightRange(tibia);
  for (float f : {0.3f, 0.5f}) {
    const float y = lo + f * (hi - lo);
    const std::vector<glm::vec2> section = sectionPoints(tibia, y);
    ASSERT_GT(section.size(), 20u) << "no section at " << f;
    float front = kLow, back = std::numeric_limits<float>::max();
    for (const glm::vec2& p : section) front = std::max(front, p.y), back = std::min(back, p.y);
    // Width across at a quarter of the depth from the front, against the full width: an
    // elliptical shaft is 87% as wide there, a triangle with its apex in front about 25%.
    // The outline's two sides are interpolated where they cross that depth.
    const auto widthAtDepth = [&](float z) {
      float l = std::numeric_limits<float>::max(), h = kLow;
      for (const auto& [a, b] : sectionSegments(tibia, y)) {
        if ((a.y - z) * (b.y - z) > 0.0f) continue;
        const float x = a.y == b.y ? a.x : a.x + (z - a.y) / (b.y - a.y) * (b.x - a.x);
        l = std::min(l, x), h = std::max(h, x);
      }
      return h > l ? h - l : std::numeric_limits<float>::quiet_NaN();
    };
    const float crest = widthAtDepth(front - 0.25f * (front - back));
    const float full = widthAcross(tibia, y, 0.0f);
    std::printf("  tibia at %.0f%%: %.1f mm wide near the crest, %.1f mm in all\n", 100.0f * f, crest, full);
    EXPECT_LT(crest, 0.6f * full) << "no anterior crest at " << f;
  }
}

TEST(ModelBoneLandmarks, DistalTibiaIsRoundInSectionAboveThePlafond) {
  // 25-30 mm above the tip of the medial malleolus (just above the plafond) the Visible
  // Human Female tibia's section is 1.17-1.19 times as wide one way as the other. With the
  // tubercles running up its side as tall ridges ours was 1.34-1.40.
  const geometry::Mesh& tibia = modeltest::mesh("tibia");
  const float tip = heightRange(tibia).first;
  for (float h : {25.0f, 27.5f, 30.0f}) {
    const SectionWidths w = sectionWidths(tibia, tip + h);
    std::printf("  tibia %.1f mm above the malleolar tip: %.1f-%.1f mm (%.2f)\n", h, w.least, w.most, w.most / w.least);
    EXPECT_LE(w.most / w.least, 1.25f) << h << " mm above the tip";
  }
}
