// Teaching cards for the structures the flat-foot and ankle lessons added (issue 11):
// tibialis posterior and flexor hallucis longus, the peroneal and plantaris tendons, the
// spring, deltoid and lateral ankle ligaments, the sural nerve and the hallux sesamoids.
// Kept apart from cards.cpp until the lead merges them into structureCards().
#pragma once

#include "anatomy/cards.h"

#include <vector>

namespace anatomy {

// One card per added structure id, at both levels (student and patient).
const std::vector<Card>& extraStructureCards();

}  // namespace anatomy
