// The skin: one closed envelope from the groin to the toes, a few millimetres outside every
// bone, muscle and tendon; the sole rests flat on the floor (y = 0).
#include "modelgen/hindfoot.h"
#include "modelgen/layout.h"
#include "modelgen/midfoot.h"
#include "modelgen/shapes.h"

namespace modelgen {

using namespace geometry::sdf;

namespace {

struct LegStation {
  float y, x, z, halfWidth, halfDepth;
};

// Cross-sections of the leg and thigh: ellipses (half width ML, half depth AP).
constexpr LegStation kLegStations[] = {
    {70.0f, -78.0f, -22.0f, 33.0f, 46.0f},  {115.0f, -77.0f, -21.0f, 30.0f, 45.0f},
    {200.0f, -78.0f, -27.0f, 38.0f, 47.5f}, {300.0f, -80.0f, -38.0f, 52.0f, 58.0f},
    {385.0f, -81.0f, -32.0f, 53.0f, 55.0f}, {445.0f, -80.0f, -6.0f, 52.0f, 55.0f},
    {480.0f, -81.0f, -4.0f, 55.0f, 54.0f},  {560.0f, -86.0f, -2.0f, 62.0f, 59.0f},
    {700.0f, -95.0f, -2.0f, 74.0f, 68.0f},  {850.0f, -100.0f, -4.0f, 86.0f, 78.0f},
    {935.0f, -100.0f, -4.0f, 88.0f, 78.0f},
};

Shape legEnvelope() {
  std::vector<BandSection> sections;
  for (const LegStation& s : kLegStations)
    sections.push_back({{s.x, s.y, s.z}, {1.0f, 0.0f, 0.0f}, s.halfWidth, s.halfDepth});
  return sweptBand(smoothSections(sections, 6));
}

Shape footEnvelope() {
  const float x = kCalcaneusMidlineX;
  // Heel pad under and behind the calcaneus, the lateral sole, and the ball of the foot.
  const Shape heel = ellipsoid(foot(x + 1.0f, 24.0f, -40.0f), {25.0f, 25.0f, 25.0f});
  const Shape lateralSole = roundCone(foot(-20.0f, 13.0f, -28.0f), foot(-30.0f, 12.0f, 95.0f), 14.0f, 11.0f);
  const Shape medialSole = roundCone(foot(8.0f, 17.0f, -28.0f), foot(20.0f, 14.0f, 105.0f), 12.0f, 12.0f);
  const Shape ball = roundCone(foot(-34.0f, 11.5f, 100.0f), foot(26.0f, 12.5f, 117.0f), 11.5f, 12.5f);
  // Over the Achilles insertion the skin stays a few millimetres behind the tendon.
  // It leaves room for a swollen superficial bursa and a thickened tendon.
  const Shape heelBack = roundCone(foot(x, 24.0f, -51.0f), foot(x, 80.0f, -53.0f), 17.0f, 14.5f);
  const Shape midsole = ellipsoid(foot(-6.0f, 14.0f, 55.0f), {27.0f, 11.0f, 58.0f});
  const Shape instep = roundCone(foot(-4.0f, 70.0f, 10.0f), foot(-2.0f, 32.0f, 100.0f), 30.0f, 18.0f);
  // The lateral border over the peroneal tendons and the sural nerve, between the lateral
  // malleolus and the cuboid (where the calcaneus narrows to its anterior process).
  const Shape lateralBorder = roundCone(foot(-35.0f, 30.0f, 4.0f), foot(-37.0f, 25.0f, 40.0f), 10.0f, 10.0f);
  return smoothUnion({heel, heelBack, lateralSole, medialSole, midsole, ball, instep, lateralBorder}, 12.0f);
}

std::vector<Shape> footBones(const BoneShapes& b) {
  std::vector<Shape> out = {b.calcaneus, b.talus, b.navicular, b.cuboid};
  for (const auto* group : {&b.cuneiforms})
    for (const Shape& s : *group) out.push_back(s);
  for (const auto* group : {&b.metatarsals, &b.proximalPhalanges, &b.middlePhalanges, &b.distalPhalanges})
    for (const Shape& s : *group)
      if (s.valid()) out.push_back(s);
  return out;
}

}  // namespace

Shape skinShape(const BoneShapes& bones, const SoftShapes& soft) {
  std::vector<Shape> parts = {legEnvelope(), footEnvelope()};
  for (const Shape& b : footBones(bones)) parts.push_back(offset(b, 5.0f));
  for (const Shape& b : {bones.tibia, bones.fibula, bones.femur, bones.patella}) parts.push_back(offset(b, 5.0f));
  for (const Shape& m : {soft.gastrocnemiusMedial, soft.gastrocnemiusLateral, soft.soleus}) parts.push_back(offset(m, 6.0f));
  parts.push_back(offset(soft.plantarFasciaUncut, 4.0f));
  Shape skin = smoothUnion(parts, 12.0f);
  const geometry::Bounds box = skin.box();
  // Standing: the sole flattens on the floor; the thigh ends at the groin; the inner
  // thigh stays on its side of the midline so the mirrored left limb does not overlap it.
  skin = smoothIntersect(skin, halfSpace({0.0f, 0.3f, 0.0f}, {0.0f, -1.0f, 0.0f}, box), 6.0f);
  skin = smoothIntersect(skin, halfSpace({0.0f, 925.0f, 0.0f}, {0.0f, 1.0f, 0.0f}, box), 20.0f);
  return smoothIntersect(skin, halfSpace({-6.0f, 0.0f, 0.0f}, {1.0f, 0.0f, 0.0f}, box), 8.0f);
}

}  // namespace modelgen
