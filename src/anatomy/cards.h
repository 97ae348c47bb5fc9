// Teaching cards the app shows for each structure and condition, written at two levels:
// "student" (anatomical terms) and "patient" (plain words). Text is static and owned here;
// the views returned stay valid for the life of the program.
#pragma once

#include <string_view>
#include <vector>

namespace anatomy {

struct Card {
  std::string_view id;        // structure id or condition id
  std::string_view title;     // e.g. "Calcaneus (heel bone)"
  std::string_view student;   // anatomical wording, 2-4 sentences
  std::string_view patient;   // plain wording, short sentences, 2-4 sentences
  std::string_view keyFacts;  // short facts separated by '\n' (normal ranges, thresholds); may be empty
};

enum class CardLevel { Student, Patient };

// One card per agreed structure id of the built-in right limb, bones first.
const std::vector<Card>& structureCards();
// One card per agreed condition id, plus "alignment_chain" (knee -> hindfoot -> heel).
const std::vector<Card>& conditionCards();

// nullptr if none. The mirrored left limb uses the right limb's id with a "left_" prefix,
// so findStructureCard("left_tibia") returns the tibia card.
const Card* findStructureCard(std::string_view id);
const Card* findConditionCard(std::string_view id);

std::string_view cardText(const Card& card, CardLevel level);
// keyFacts split at '\n', empty lines dropped.
std::vector<std::string_view> keyFactLines(const Card& card);

}  // namespace anatomy
