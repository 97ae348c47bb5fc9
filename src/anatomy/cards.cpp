// The card lists and what a panel shows of a card. The texts live in cards_structures.cpp,
// cards_conditions.cpp and cards_safety.cpp; the phalanges are generated here, since their
// fourteen cards differ only in the toe.
#include "anatomy/cards.h"
#include "anatomy/cards_extra.h"

#include "anatomy/cards_data.h"
#include "anatomy/measurement_ranges.h"

#include <deque>
#include <string>

namespace anatomy {

namespace {

const char* const kToeNames[] = {"big toe (hallux)", "second toe", "third toe", "fourth toe", "little toe"};
const char* const kOrdinals[] = {"first", "second", "third", "fourth", "fifth"};

// Generated phalanx text needs owners whose addresses never move; deque::push_back keeps references valid.
std::string_view keep(std::string text) {
  static std::deque<std::string> store;
  store.push_back(std::move(text));
  return store.back();
}

Card proximalPhalanxCard(int toe) {
  const std::string name = kToeNames[toe - 1];
  const bool hallux = toe == 1;
  const std::string next = hallux ? "distal phalanx at the interphalangeal joint"
                                  : "middle phalanx at the proximal interphalangeal joint";
  return {keep("proximal_phalanx_" + std::to_string(toe)), keep("Proximal phalanx of the " + name),
          keep("The proximal phalanx of the " + name + " is the phalanx nearest the foot, with a base, shaft and "
               "head. Its concave base articulates with the head of the " + kOrdinals[toe - 1] +
               " metatarsal at the metatarsophalangeal joint, and its head meets the " + next + ". " +
               (hallux ? "The hallux has only two phalanges, both broader than those of the lesser toes."
                       : "Each lesser toe has three phalanges.")),
          keep("This is the toe bone closest to the foot in your " + std::string(hallux ? "big toe" : name) +
               ". It forms the joint at the ball of the foot where the toe bends. " +
               (hallux ? "Your big toe has two toe bones, and the other toes have three."
                       : "Each of your smaller toes has three toe bones.")),
          ""};
}

Card middlePhalanxCard(int toe) {
  const std::string name = kToeNames[toe - 1];
  return {keep("middle_phalanx_" + std::to_string(toe)), keep("Middle phalanx of the " + name),
          keep("The middle phalanx of the " + name + " lies between the proximal and distal phalanges and is "
               "shorter than the proximal phalanx. It forms the proximal interphalangeal joint behind and the "
               "distal interphalangeal joint in front. " +
               (toe == 5 ? "In the fifth toe it is often tiny and may be fused with the distal phalanx."
                         : "The hallux has no middle phalanx.")),
          keep("This is the middle one of the three toe bones in your " + name + ". It sits between the toe bone "
               "nearest the foot and the one at the tip. It lets the toe bend at two small joints."),
          ""};
}

Card distalPhalanxCard(int toe) {
  const std::string name = kToeNames[toe - 1];
  const bool hallux = toe == 1;
  return {keep("distal_phalanx_" + std::to_string(toe)), keep("Distal phalanx of the " + name),
          keep("The distal phalanx of the " + name + " is the terminal phalanx and ends in a flattened tuft that "
               "supports the nail bed and the pulp of the toe tip. Its base articulates with the " +
               (hallux ? "proximal phalanx at the interphalangeal joint."
                       : "middle phalanx at the distal interphalangeal joint.")),
          keep("This is the toe bone at the tip of your " + std::string(hallux ? "big toe" : name) +
               ". It sits under the toenail and gives the end of the toe its shape."),
          ""};
}

std::vector<Card> buildStructureCards() {
  std::vector<Card> cards = detail::boneCards();
  for (int toe = 1; toe <= 5; ++toe) cards.push_back(proximalPhalanxCard(toe));
  for (int toe = 2; toe <= 5; ++toe) cards.push_back(middlePhalanxCard(toe));
  for (int toe = 1; toe <= 5; ++toe) cards.push_back(distalPhalanxCard(toe));
  for (const Card& c : detail::softTissueCards()) cards.push_back(c);
  for (const Card& c : extraStructureCards()) cards.push_back(c);
  return cards;
}

const Card* findIn(const std::vector<Card>& cards, std::string_view id) {
  for (const Card& card : cards)
    if (card.id == id) return &card;
  return nullptr;
}

// Splits at the separator, dropping empty pieces.
std::vector<std::string_view> split(std::string_view rest, char separator) {
  std::vector<std::string_view> parts;
  while (!rest.empty()) {
    const std::size_t end = rest.find(separator);
    const std::string_view part = rest.substr(0, end);
    if (!part.empty()) parts.push_back(part);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return parts;
}

}  // namespace

const std::vector<Card>& structureCards() {
  static const std::vector<Card> cards = buildStructureCards();
  return cards;
}

const std::vector<Card>& conditionCards() {
  static const std::vector<Card> cards = detail::conditionCardList();
  return cards;
}

const Card* findStructureCard(std::string_view id) {
  constexpr std::string_view kLeftPrefix = "left_";
  if (id.substr(0, kLeftPrefix.size()) == kLeftPrefix) id.remove_prefix(kLeftPrefix.size());
  return findIn(structureCards(), id);
}

const Card* findConditionCard(std::string_view id) { return findIn(conditionCards(), id); }

std::string_view cardText(const Card& card, CardLevel level) {
  return level == CardLevel::Student ? card.student : card.patient;
}

std::vector<std::string> keyFactLines(const Card& card) {
  std::vector<std::string> lines;
  // An unknown key is a typing error in a card; the cards test names it.
  for (std::string_view key : split(card.factKeys, ' '))
    if (const MeasurementRange* row = findFact(key)) lines.push_back(factLine(*row));
  for (std::string_view line : split(card.keyFacts, '\n')) lines.emplace_back(line);
  return lines;
}

const SafetyNote& safetyNote(unsigned flag, CardLevel level) { return detail::safetyNoteText(flag, level); }

CardContent cardContent(const Card& card, CardLevel level) {
  CardContent content;
  content.text = cardText(card, level);
  if (level == CardLevel::Student) content.facts = keyFactLines(card);
  for (unsigned flag : notes::kAll) {
    if (!(card.safety & flag)) continue;
    const SafetyNote& note = safetyNote(flag, level);
    if (!note.lines.empty()) content.notes.push_back(&note);
  }
  return content;
}

}  // namespace anatomy
