// Achilles tendon, retrocalcaneal and superficial bursae, Kager's fat pad and plantar
// fascia, in foot coordinates (layout.h, hindfoot.h).
#include "modelgen/hindfoot.h"
#include "modelgen/layout.h"
#include "modelgen/midfoot.h"
#include "modelgen/shapes.h"
#include "modelgen/soft_tissue.h"

#include <algorithm>

namespace modelgen {

using namespace geometry::sdf;

Shape achillesShape(TendonState state) {
  std::vector<BandSection> sections;
  for (const TendonStation& st : kTendonStations) {
    const bool insertional = state == TendonState::Insertional || state == TendonState::Envelope;
    const bool midportion = state == TendonState::Midportion || state == TendonState::Envelope;
    // Insertional thickening grows backwards from the bone; midportion swelling is fusiform.
    const float grow = insertional ? st.insertionalExtra : 0.0f;
    const float swell = midportion ? st.midportionExtra : 0.0f;
    const float bow = state == TendonState::HaglundBow ? haglundBowAt(st.y) : 0.0f;
    BandSection s;
    s.centre = foot(kCalcaneusMidlineX + st.x, st.y, st.z - grow - bow);
    s.side = glm::vec3(1.0f, 0.0f, 0.0f);
    s.halfWidth = st.halfWidth + 0.5f * (grow + swell);
    s.halfThickness = st.halfThickness + grow + swell;
    s.curl = st.curl;
    sections.push_back(s);
  }
  return sweptBand(smoothSections(sections, 4));
}

Shape carvedByCalcaneus(const Shape& tendon, const BoneShapes& bones) {
  // The tendon ends on its footprint on the bone instead of sinking into it.
  return smoothSubtract(tendon, offset(bones.calcaneus, 0.3f), 0.8f);
}

Shape retrocalcanealBursaShape(const BoneShapes& bones, const Shape& achilles, bool swollen) {
  if (!swollen) return ellipsoid(kRetrocalcanealBursaCentre, kRetrocalcanealBursaRestRadii);
  // Inflamed, it fills the wedge between the tendon and the posterosuperior calcaneus,
  // touching both, and spills out beside the tendon's borders.
  const Shape full = ellipsoid(kRetrocalcanealBursaFullCentre, kRetrocalcanealBursaFullRadii);
  return smoothSubtract(smoothSubtract(full, offset(bones.calcaneus, 0.15f), 0.6f), offset(achilles, 0.15f), 0.6f);
}

Shape superficialBursaShape(const Shape& achilles, bool swollen) {
  if (!swollen) return ellipsoid(kSuperficialBursaCentre, kSuperficialBursaRestRadii);
  const Shape full = ellipsoid(kSuperficialBursaFullCentre, kSuperficialBursaFullRadii);
  return smoothSubtract(full, offset(achilles, 0.3f), 1.0f);
}

Shape kagerFatPadShape(const BoneShapes& bones, const Shape& achilles, const Shape& bursa) {
  // A triangle in sagittal section: its back edge along the tendon, its front edge along
  // flexor hallucis longus, its base on the calcaneus, and its wedge-shaped lower tip
  // reaching into the retrocalcaneal recess above the bursa.
  const float x = kCalcaneusMidlineX + 1.0f;
  const glm::mat3 axes = frameFromAxes({1.0f, 0.0f, 0.0f}, {0.0f, 1.0f, 0.0f});
  const glm::vec3 centre = foot(x, 70.0f, -48.0f);
  std::vector<glm::vec2> outline;
  for (const glm::vec3& corner : {foot(x, 125.0f, -55.0f), foot(x, 44.0f, -58.0f), foot(x, 50.0f, -33.0f)}) {
    const glm::vec3 d = corner - centre;
    outline.emplace_back(glm::dot(d, axes[0]), glm::dot(d, axes[1]));
  }
  Shape f = roundedPrism(centre, outline, 11.0f, 2.5f, axes);
  for (const Shape& cut : {offset(achilles, 0.3f), offset(bones.calcaneus, 0.4f), offset(bones.calcaneusHaglund, 0.4f),
                           offset(bones.talus, 0.8f), offset(bones.tibia, 0.8f), offset(bursa, 0.3f)})
    f = smoothSubtract(f, cut, 1.0f);
  return f;
}

Shape plantarFasciaShape(const BoneShapes* bones) {
  // From the medial calcaneal tubercle, a thick central band fans into five slips that
  // reach the plantar plates under the metatarsal heads.
  const glm::vec3 origin = foot(kCalcaneusMidlineX + 5.0f, 9.5f, -37.0f);
  std::vector<Shape> slips;
  for (std::size_t i = 0; i < 5; ++i) {
    const glm::vec3 head = kMetatarsalHeads[i];
    const float below = i == 0 ? 11.5f : 7.5f;
    const glm::vec3 end = foot(head.x, head.y - below, head.z - 2.0f);
    const glm::vec3 mid = glm::mix(origin, end, 0.35f) + glm::vec3(0.0f, 2.0f, 0.0f);
    std::vector<BandSection> s = {{origin, {1, 0, 0}, 8.0f, 1.7f, 0.0f, true},
                                  {mid, {1, 0, 0}, 6.0f, 1.4f, 0.0f, true},
                                  {end, {1, 0, 0}, 4.0f, 1.1f, 0.0f, true}};
    slips.push_back(sweptBand(s));
  }
  Shape f = smoothUnion(slips, 3.0f);
  if (!bones) return f;
  f = smoothSubtract(f, offset(bones->calcaneus, 0.5f), 1.0f);
  for (const Shape& m : bones->metatarsals) f = smoothSubtract(f, offset(m, 0.5f), 1.0f);
  return f;
}

glm::vec3 depositCentre(const TendonDeposit& d) {
  return foot(kCalcaneusMidlineX + d.centre.x, d.centre.y, d.centre.z);
}

Shape tendonDepositShape() {
  // Each nodule is a lumpy ovoid: a main body and a smaller satellite blended on.
  std::vector<Shape> nodules;
  for (const TendonDeposit& d : kTendonDeposits) {
    const glm::vec3 c = depositCentre(d);
    const glm::vec3 satellite = c + glm::vec3(0.45f * d.radii.x, 0.55f * d.radii.y, 0.0f);
    nodules.push_back(smoothUnion(ellipsoid(c, d.radii), ellipsoid(satellite, 0.6f * d.radii), 0.8f));
  }
  return smoothUnion(nodules, 0.5f);
}

BoneShapes buildBones() {
  BoneShapes b;
  b.calcaneus = calcaneusShape(false);
  b.calcaneusHaglund = calcaneusShape(true);
  b.talus = talusShape(b.calcaneus);
  b.navicular = navicularShape(b.talus);
  b.cuboid = cuboidShape(b.calcaneus, b.navicular);
  b.cuneiforms = cuneiformShapes(b.navicular, b.cuboid);
  b.metatarsals = metatarsalShapes(b.cuneiforms, b.cuboid);
  phalanxShapes(b.metatarsals, b);
  b.femur = femurShape();
  b.patella = patellaShape(b.femur);
  b.tibia = tibiaShape(b.talus, b.femur);
  b.fibula = fibulaShape(b.talus, b.tibia);
  b.spur = spurShape();
  return b;
}

SoftShapes buildSoftTissue(const BoneShapes& bones) {
  SoftShapes s;
  s.achilles = carvedByCalcaneus(achillesShape(TendonState::Rest), bones);
  s.achillesInsertional = carvedByCalcaneus(achillesShape(TendonState::Insertional), bones);
  s.achillesMidportion = carvedByCalcaneus(achillesShape(TendonState::Midportion), bones);
  s.achillesBowed = carvedByCalcaneus(achillesShape(TendonState::HaglundBow), bones);
  s.achillesEnvelope = unite({carvedByCalcaneus(achillesShape(TendonState::Envelope), bones), s.achillesBowed});
  s.retrocalcanealBursa = retrocalcanealBursaShape(bones, s.achilles, true);
  s.retrocalcanealBursaRest = retrocalcanealBursaShape(bones, s.achilles, false);
  // The swollen superficial bursa also stays clear of the tendon bowed by a Haglund bump.
  s.superficialBursa = superficialBursaShape(unite({s.achilles, s.achillesBowed}), true);
  s.superficialBursaRest = superficialBursaShape(s.achilles, false);
  s.kagerFatPad = kagerFatPadShape(bones, s.achillesEnvelope, s.retrocalcanealBursa);
  s.plantarFascia = plantarFasciaShape(&bones);
  s.plantarFasciaUncut = plantarFasciaShape(nullptr);
  s.tendonDeposits = tendonDepositShape();
  muscleShapes(bones, s);
  s.skin = skinShape(bones, s);
  return s;
}

}  // namespace modelgen
