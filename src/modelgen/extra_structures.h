// Structures the flat-foot and ankle lessons need beyond the Achilles: tibialis posterior
// and flexor hallucis longus (muscle and tendon), the peroneal and plantaris tendons, the
// spring, deltoid and lateral ankle ligaments, the sural nerve and the hallux sesamoids.
// Each soft part is a cord through stations along its course (extra_paths.cpp), carved off
// the bones it passes so it never enters them; none belongs to a joint, so the posed
// model skins each to the bones around it.
#pragma once

#include "modelgen/shapes.h"
#include "modelgen/structure_spec.h"

#include <vector>

namespace modelgen {

struct CordPoint {
  glm::vec3 at;  // foot coordinates
  float radius;
};
using CordPath = std::vector<CordPoint>;

struct Cords {
  CordPath tibialisPosteriorTendon, tibialisPosteriorMuscle, springLigament, deltoidNavicular, deltoidCalcaneal,
      deltoidTalar, anteriorTalofibular, calcaneofibular, peroneusBrevis, peroneusLongus, flexorHallucisLongusTendon,
      flexorHallucisLongusMuscle, plantarisTendon, suralNerve;
};
const Cords& cords();

// Appends the specs of every added structure (hooked into structureSpecs).
void addExtraStructureSpecs(const BoneShapes& bones, std::vector<StructureSpec>& out);

}  // namespace modelgen
