#include "anatomy/heel_region.h"

namespace anatomy {

geometry::Bounds heelRegionBounds(const Atlas& atlas) {
  geometry::Bounds region;
  const Structure* calcaneus = atlas.find("calcaneus");
  if (!calcaneus || calcaneus->mesh.positions.empty()) return region;
  const geometry::Bounds c = calcaneus->mesh.bounds();
  const float middleZ = 0.5f * (c.min.z + c.max.z);  // +Z is anterior: keep the back half
  for (const glm::vec3& p : calcaneus->mesh.positions)
    if (p.z <= middleZ) region.extend(p);
  float insertionY = c.min.y + 0.5f * (c.max.y - c.min.y);
  for (const Landmark& l : atlas.landmarks)
    if (l.id == "achilles_insertion_centre") insertionY = l.position.y;
  if (const Structure* tendon = atlas.find("achilles_tendon"))
    for (const glm::vec3& p : tendon->mesh.positions)
      if (p.y <= insertionY + kHeelViewTendonMm) region.extend(p);
  region.extend(region.min - glm::vec3(kHeelViewPaddingMm));
  region.extend(region.max + glm::vec3(kHeelViewPaddingMm));
  return region;
}

}  // namespace anatomy
