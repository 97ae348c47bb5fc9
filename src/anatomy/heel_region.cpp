#include "anatomy/heel_region.h"
#include "anatomy/landmark_ids.h"

namespace anatomy {

namespace {
// The calcaneus's back half and the distal tendon.
std::vector<glm::vec3> heelCorePoints(const Atlas& atlas) {
  std::vector<glm::vec3> out;
  const Structure* calcaneus = atlas.find("calcaneus");
  if (!calcaneus || calcaneus->mesh.positions.empty()) return out;
  const geometry::Bounds c = calcaneus->mesh.bounds();
  const float middleZ = 0.5f * (c.min.z + c.max.z);  // +Z is anterior: keep the back half
  for (const glm::vec3& p : calcaneus->mesh.positions)
    if (p.z <= middleZ) out.push_back(p);
  const Landmark* insertion = atlas.findLandmark(lm::kAchillesInsertionCentre);
  const float insertionY = insertion ? insertion->position.y : c.min.y + 0.5f * (c.max.y - c.min.y);
  if (const Structure* tendon = atlas.find("achilles_tendon"))
    for (const glm::vec3& p : tendon->mesh.positions)
      if (p.y <= insertionY + kHeelViewTendonMm) out.push_back(p);
  return out;
}
}  // namespace

std::vector<glm::vec3> heelRegionPoints(const Atlas& atlas) {
  std::vector<glm::vec3> out = heelCorePoints(atlas);
  // The skin beside and behind them, where the heel's swellings show.
  geometry::Bounds core;
  for (const glm::vec3& p : out) core.extend(p);
  const glm::vec3 lo = core.min - glm::vec3(kHeelViewSkinMm, 0.0f, kHeelViewSkinMm);
  const glm::vec3 hi = core.max + glm::vec3(kHeelViewSkinMm, 0.0f, kHeelViewSkinMm);
  if (const Structure* skin = atlas.find("skin"))
    for (const glm::vec3& p : skin->mesh.positions)
      if (glm::all(glm::greaterThanEqual(p, lo)) && glm::all(glm::lessThanEqual(p, hi)) && p.z <= core.max.z)
        out.push_back(p);
  return out;
}

geometry::Bounds heelRegionBounds(const Atlas& atlas) {
  geometry::Bounds region;
  for (const glm::vec3& p : heelCorePoints(atlas)) region.extend(p);
  if (!region.valid()) return region;
  region.extend(region.min - glm::vec3(kHeelViewPaddingMm));
  region.extend(region.max + glm::vec3(kHeelViewPaddingMm));
  return region;
}

}  // namespace anatomy
