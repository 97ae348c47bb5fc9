// Text helpers the card, fact-table and lesson tests share: sentences, words, numbers, the
// shipped lessons and the shared briefs, and the 8-word check that wording is our own.
#pragma once

#include "anatomy/cards.h"
#include "anatomy/lesson.h"

#include <string>
#include <string_view>
#include <vector>

namespace texttest {

std::string lower(std::string_view s);
bool contains(std::string_view text, std::string_view needle);  // case-insensitive
// A sentence ends at '.', '!' or '?' followed by a space or the end, so "3.5" stays whole.
std::vector<std::string> sentences(std::string_view text);
std::vector<std::string> words(std::string_view text);  // whitespace-separated, with a letter or digit
// Magnitudes of the numbers in text ("-4 to 4" gives 4, 4; "6.8 mm" gives 6.8), leaving out
// what is not a measurement: years (>= 1900), decades ("30s"), durations ("3-6 months"),
// lengths in cm and percentages.
std::vector<float> measurementNumbers(std::string_view text);

// Every card, structures then conditions.
std::vector<const anatomy::Card*> allCards();
// Every text a card shows at either level: texts, key-fact lines, safety note lines.
std::vector<std::string> shownTexts(const anatomy::Card& card);

struct LessonFile {
  std::string name;
  anatomy::Lesson lesson;
};
std::vector<LessonFile> shippedLessons();  // models/lessons/*.aalesson, read by the real reader

// Runs of 8 words of the shared briefs; empty when ../shared is not there.
struct BriefGrams {
  bool found = false;
  std::vector<std::string> grams;  // sorted
};
const BriefGrams& briefGrams();
// The first run of 8 words text shares with the briefs; "" if none.
std::string copiedRun(std::string_view text);

}  // namespace texttest
