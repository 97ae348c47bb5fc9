// The card lists behind cards.h, split by kind so each file stays readable. Internal to
// src/anatomy: panels and tests use cards.h.
#pragma once

#include "anatomy/cards.h"

#include <vector>

namespace anatomy::detail {

std::vector<Card> boneCards();        // cards_structures.cpp, without the generated phalanges
std::vector<Card> softTissueCards();  // cards_structures.cpp
std::vector<Card> conditionCardList();  // cards_conditions.cpp
const SafetyNote& safetyNoteText(unsigned flag, CardLevel level);  // cards_safety.cpp

}  // namespace anatomy::detail
