#include "anatomy/see_through.h"

#include <algorithm>
#include <string_view>

namespace anatomy {

namespace {
struct Enclosure {
  std::string_view inner;  // structure that carries the pathology's morph target
  std::string_view outer;  // structure that hides it
};
constexpr Enclosure kEnclosures[] = {
    {"calcific_spur", "achilles_tendon"},
    {"tendon_calcific_deposits", "achilles_tendon"},
};

std::string_view enclosingStructure(std::string_view inner) {
  for (const Enclosure& e : kEnclosures)
    if (e.inner == inner) return e.outer;
  return {};
}
}  // namespace

std::vector<float> seeThroughOpacities(const Atlas& atlas) {
  std::vector<float> caps(atlas.structures.size(), 1.0f);
  for (const ConditionMorph& cm : atlas.conditionMorphs) {
    if (atlas.indexOf(cm.structureId) < 0) continue;  // nothing grows, nothing to reveal
    const int outer = atlas.indexOf(enclosingStructure(cm.structureId));
    if (outer >= 0) caps[static_cast<std::size_t>(outer)] = std::min(caps[static_cast<std::size_t>(outer)], kSeeThroughOpacity);
  }
  return caps;
}

std::vector<float> revealOpacities(const Atlas& atlas) {
  std::vector<float> reveal(atlas.structures.size(), 0.0f);
  for (const ConditionMorph& cm : atlas.conditionMorphs) {
    const int inner = atlas.indexOf(cm.structureId);
    if (inner >= 0 && atlas.indexOf(enclosingStructure(cm.structureId)) >= 0)
      reveal[static_cast<std::size_t>(inner)] = kRevealOpacity;
  }
  return reveal;
}

}  // namespace anatomy
