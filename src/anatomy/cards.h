// Teaching cards the app shows for each structure and condition, written at two levels:
// "student" (anatomical terms) and "patient" (plain words), with the safety notes a card
// carries. Measurement facts come from the one table in measurement_ranges.h. Text is
// static and owned here; the views returned stay valid for the life of the program.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

// Safety notes a card can carry (bit flags); each note is written once, at both levels.
namespace notes {
constexpr unsigned kRedFlags = 1u << 0;      // see a doctor promptly: enthesitis, infection, fracture...
constexpr unsigned kSuddenPain = 1u << 1;    // a gradual ache (tendinopathy) against a sudden event (rupture)
constexpr unsigned kMedicines = 1u << 2;     // quinolones, steroid tablets, steroid injections
constexpr unsigned kExercisePlan = 1u << 3;  // physiotherapist, relative rest, low-impact exercise, 3-6 months
constexpr unsigned kOtherCauses = 1u << 4;   // other causes of posterior heel pain (student level only)
constexpr unsigned kHeelPain = kRedFlags | kSuddenPain | kOtherCauses;
constexpr unsigned kAll[] = {kRedFlags, kSuddenPain, kMedicines, kExercisePlan, kOtherCauses};
}  // namespace notes

struct Card {
  std::string_view id;        // structure id or condition id
  std::string_view title;     // e.g. "Calcaneus (heel bone)"
  std::string_view student;   // anatomical wording
  std::string_view patient;   // plain wording: the plain idea first, the name in brackets
  std::string_view keyFacts = {};  // facts the table does not hold, separated by '\n'; may be empty
  std::string_view factKeys = {};  // keys of measurement_ranges.h rows, separated by spaces; may be empty
  unsigned safety = 0;        // notes:: flags
};

enum class CardLevel { Student, Patient };

struct SafetyNote {
  std::string_view heading;
  std::vector<std::string_view> lines;  // empty: the note has nothing at this level
};

// What a panel shows for a card at one level. Patients get no key facts: those are
// numbers and terms for students.
struct CardContent {
  std::string_view text;
  std::vector<std::string> facts;
  std::vector<const SafetyNote*> notes;
};

// One card per agreed structure id of the built-in right limb, bones first.
const std::vector<Card>& structureCards();
// One card per agreed condition id, plus "alignment_chain" (knee -> hindfoot -> heel).
const std::vector<Card>& conditionCards();

// nullptr if none. The mirrored left limb uses the right limb's id with a "left_" prefix,
// so findStructureCard("left_tibia") returns the tibia card.
const Card* findStructureCard(std::string_view id);
const Card* findConditionCard(std::string_view id);

std::string_view cardText(const Card& card, CardLevel level);
// The table's line for each fact key, then the card's own keyFacts split at '\n' (empty
// lines dropped).
std::vector<std::string> keyFactLines(const Card& card);
// The note for one notes:: flag at a level; its lines are empty where it has none.
const SafetyNote& safetyNote(unsigned flag, CardLevel level);
CardContent cardContent(const Card& card, CardLevel level);

}  // namespace anatomy
