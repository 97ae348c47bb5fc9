// One place for each fact: the measurement table's bands agree with their own wording, every
// number a card, a key fact or a shipped lesson quotes about a measure is one the table holds,
// patients never see key-fact lines, heel-pain texts carry the safety notes, and the errors
// a physiotherapist found cannot come back.
#include "anatomy/cards.h"
#include "anatomy/measure_all.h"
#include "anatomy/measurement_ranges.h"
#include "text_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

using anatomy::Card;
using anatomy::CardLevel;
using anatomy::MeasurementRange;
using texttest::contains;

// Words that show a sentence is about a row of the table. Test-side on purpose: the table
// cannot vouch for its own aliases.
const std::map<std::string, std::vector<std::string>> kAliases = {
    {"calcaneal_pitch_deg", {"calcaneal pitch", "pitch angle"}},
    {"meary_angle_deg", {"meary"}},
    {"talocalcaneal_lateral_deg", {"talocalcaneal"}},
    {"navicular_height_mm", {"navicular height"}},
    {"hindfoot_valgus_deg", {"hindfoot alignment", "hindfoot valgus", "rcsp"}},
    {"fowler_philip_deg", {"fowler-philip", "fowler philip"}},
    {"ppl_bursal_projection_mm", {"parallel pitch", "pitch line"}},
    {"hka_deg", {"hip-knee-ankle", "hka"}},
    {"mad_mm", {"axis deviation"}},
    {"intermalleolar_distance_mm", {"intermalleolar"}},
    {"spur_length_mm", {"spur"}},
    {"spur_inclination_deg", {"spur inclination"}},
    {"achilles_thickness_insertion_mm", {"thick"}},
    {"achilles_thickness_midportion_mm", {"thick"}},
    {"achilles_thickness_mri_mm", {"thick"}},
    {"bursa_ap_mm", {"bursa"}},
    {"navicular_drop_mm", {"navicular drop"}},
    {"total_angle_deg", {"total angle"}},
    {"haglund_bump_mm", {"bump"}},
    {"xy_ratio", {"x/y"}},
    {"kite_angle_deg", {"kite"}},
    {"talonavicular_coverage_deg", {"talonavicular"}},
    {"foot_posture_index", {"foot posture"}},
    {"q_angle_deg", {"q-angle"}},
    {"tibiofemoral_angle_deg", {"tibiofemoral"}},
};

bool near(float a, float b) { return std::abs(a - b) < 1e-3f; }

// The lower limit of band i (-inf for the first).
float lowerOf(const MeasurementRange& r, std::size_t i) {
  return i == 0 ? -std::numeric_limits<float>::infinity() : r.bands[i - 1].upTo;
}

// Every number the row states: its limits and the numbers in its wording and note.
std::vector<float> rowNumbers(const MeasurementRange& r) {
  std::vector<float> out;
  for (const anatomy::Band& b : r.bands) {
    if (std::isfinite(b.upTo)) out.push_back(std::abs(b.upTo));
    for (float n : texttest::measurementNumbers(b.range)) out.push_back(n);
  }
  for (float n : texttest::measurementNumbers(r.note)) out.push_back(n);
  for (float n : texttest::measurementNumbers(r.label)) out.push_back(n);
  return out;
}

std::vector<const MeasurementRange*> rowsMentionedIn(std::string_view sentence) {
  std::vector<const MeasurementRange*> out;
  for (const MeasurementRange& r : anatomy::measurementRanges()) {
    const auto& aliases = kAliases.at(std::string(r.key));
    if (std::any_of(aliases.begin(), aliases.end(), [&](const std::string& a) { return contains(sentence, a); }))
      out.push_back(&r);
  }
  return out;
}

// Numbers in a sentence about a measure that no mentioned row states.
std::vector<float> strayNumbers(std::string_view sentence) {
  const auto rows = rowsMentionedIn(sentence);
  if (rows.empty()) return {};
  std::vector<float> allowed;
  for (const MeasurementRange* r : rows)
    for (float n : rowNumbers(*r)) allowed.push_back(n);
  std::vector<float> stray;
  for (float n : texttest::measurementNumbers(sentence))
    if (std::none_of(allowed.begin(), allowed.end(), [&](float a) { return near(a, n); })) stray.push_back(n);
  return stray;
}

std::string show(const std::vector<float>& v) {
  std::string s;
  for (float x : v) s += std::to_string(x) + " ";
  return s;
}

// Every sentence a card shows outside the table's own lines, with where it comes from.
std::vector<std::pair<std::string, std::string>> cardSentences() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Card* c : texttest::allCards()) {
    for (std::string_view text : {c->student, c->patient})
      for (const std::string& s : texttest::sentences(text)) out.emplace_back(std::string(c->id), s);
    for (CardLevel level : {CardLevel::Student, CardLevel::Patient})
      for (const anatomy::SafetyNote* note : anatomy::cardContent(*c, level).notes)
        for (std::string_view line : note->lines) out.emplace_back(std::string(c->id) + " note", std::string(line));
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> lessonSentences() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const texttest::LessonFile& f : texttest::shippedLessons())
    for (std::size_t i = 0; i < f.lesson.steps.size(); ++i) {
      const std::string where = f.name + " step " + std::to_string(i + 1);
      out.emplace_back(where + " title", f.lesson.steps[i].title);
      for (const std::string& s : texttest::sentences(f.lesson.steps[i].text)) out.emplace_back(where, s);
    }
  return out;
}

}  // namespace

TEST(ClinicalFacts, EveryRowHasAliasesForTheAgreementCheck) {
  for (const MeasurementRange& r : anatomy::measurementRanges())
    EXPECT_EQ(kAliases.count(std::string(r.key)), 1u) << r.key << ": add its aliases to this test";
}

TEST(ClinicalFacts, BandsAreOrderedAndTheirWordingMatchesTheirLimits) {
  for (const MeasurementRange& r : anatomy::measurementRanges()) {
    SCOPED_TRACE(std::string(r.key));
    EXPECT_FALSE(r.label.empty());
    EXPECT_FALSE(r.unitWord.empty());
    EXPECT_FALSE(r.source.empty()) << "every fact names its source";
    if (!r.readout) {
      EXPECT_TRUE(r.bands.empty());
      EXPECT_FALSE(r.note.empty());
      continue;
    }
    if (r.bands.empty()) {  // measured without a cut-off (spur inclination): never coloured
      EXPECT_TRUE(r.normalText.empty());
      EXPECT_EQ(anatomy::verdict(r, 20.0f), anatomy::Verdict::Unknown);
      continue;
    }
    ASSERT_FALSE(r.bands.empty());
    EXPECT_EQ(std::count_if(r.bands.begin(), r.bands.end(),
                            [](const anatomy::Band& b) { return b.verdict == anatomy::Verdict::Normal; }),
              1);
    EXPECT_FALSE(std::isfinite(r.bands.back().upTo)) << "the last band is open above";
    for (std::size_t i = 0; i < r.bands.size(); ++i) {
      const anatomy::Band& b = r.bands[i];
      if (i > 0) {
        EXPECT_LT(r.bands[i - 1].upTo, b.upTo);
      }
      EXPECT_FALSE(b.name.empty());
      EXPECT_FALSE(b.range.empty());
      // A band's wording quotes only its own limits (the first band may start its wording at zero).
      for (float n : texttest::measurementNumbers(b.range))
        EXPECT_TRUE(near(n, std::abs(lowerOf(r, i))) || near(n, std::abs(b.upTo)) || (i == 0 && n == 0.0f))
            << "band \"" << b.range << "\" quotes " << n;
    }
    // Each limit between two bands is written in one of them ("none" and "lateral of the
    // knee centre" stand for zero).
    for (std::size_t i = 0; i + 1 < r.bands.size(); ++i) {
      const float limit = r.bands[i].upTo;
      if (limit == 0.0f) continue;
      std::vector<float> written = texttest::measurementNumbers(r.bands[i].range);
      for (float n : texttest::measurementNumbers(r.bands[i + 1].range)) written.push_back(n);
      EXPECT_TRUE(std::any_of(written.begin(), written.end(), [&](float n) { return near(n, std::abs(limit)); }))
          << "limit " << limit << " is not written";
    }
    const float low = anatomy::normalLow(r), high = anatomy::normalHigh(r);
    const anatomy::Band* normal = anatomy::bandFor(r, std::isfinite(low) ? low : high);
    ASSERT_NE(normal, nullptr);
    EXPECT_EQ(normal->verdict, anatomy::Verdict::Normal);
    EXPECT_EQ(r.normalText, normal->range) << "the readout's normal text is the band's wording";
  }
}

TEST(ClinicalFacts, EveryReadoutIsMeasuredAndEveryMeasureKeyIsKnown) {
  const auto& keys = anatomy::measurementKeys();
  for (const MeasurementRange& r : anatomy::measurementRanges())
    if (r.readout) {
      EXPECT_NE(std::find(keys.begin(), keys.end(), r.key), keys.end()) << r.key << " is not measured";
    }
  EXPECT_EQ(anatomy::findRange("navicular_drop_mm"), nullptr) << "stated-only facts have no readout";
  EXPECT_NE(anatomy::findFact("navicular_drop_mm"), nullptr);
}

TEST(ClinicalFacts, CardNumbersAboutAMeasureAreTheTables) {
  for (const auto& [where, sentence] : cardSentences()) {
    const auto stray = strayNumbers(sentence);
    EXPECT_TRUE(stray.empty()) << where << ": " << show(stray) << "not in the table: " << sentence;
  }
}

// A card's own key facts must not state a measure's numbers: those lines come from the table.
TEST(ClinicalFacts, OwnKeyFactsLeaveMeasuresToTheTable) {
  for (const Card* c : texttest::allCards()) {
    std::string rest(c->keyFacts);
    std::size_t start = 0;
    while (start <= rest.size()) {
      const std::size_t end = std::min(rest.find('\n', start), rest.size());
      const std::string line = rest.substr(start, end - start);
      const auto rows = rowsMentionedIn(line);
      const auto numbers = texttest::measurementNumbers(line);
      if (!rows.empty() && !numbers.empty())
        ADD_FAILURE() << c->id << ": key fact about " << rows.front()->key << " belongs in the table: " << line;
      start = end + 1;
    }
  }
}

TEST(ClinicalFacts, AgreementCheckCatchesAWrongLimit) {
  EXPECT_FALSE(strayNumbers("Navicular drop: normal 5-9 mm").empty());
  EXPECT_FALSE(strayNumbers("Talocalcaneal angle 25-50 deg").empty());
  EXPECT_FALSE(strayNumbers("Achilles thicker than 6.5 mm").empty());
  EXPECT_TRUE(strayNumbers("The hip-knee-ankle angle exceeds 183 degrees.").empty());
  EXPECT_TRUE(strayNumbers("Surgery after 3-6 months (Chao et al. 1997).").empty());
}

TEST(ClinicalFacts, LessonNumbersAboutAMeasureAreTheTables) {
  for (const auto& [where, sentence] : lessonSentences()) {
    const auto stray = strayNumbers(sentence);
    EXPECT_TRUE(stray.empty()) << where << ": " << show(stray) << "not in the table: " << sentence;
  }
}

TEST(ClinicalFacts, PatientModeShowsNoKeyFactLines) {
  for (const Card* c : texttest::allCards()) {
    EXPECT_TRUE(anatomy::cardContent(*c, CardLevel::Patient).facts.empty()) << c->id;
    EXPECT_EQ(anatomy::cardContent(*c, CardLevel::Student).facts, anatomy::keyFactLines(*c)) << c->id;
    EXPECT_EQ(anatomy::cardContent(*c, CardLevel::Patient).text, c->patient) << c->id;
  }
  // The cards that have facts do show them to students, so the check above is not empty.
  EXPECT_FALSE(anatomy::cardContent(*anatomy::findConditionCard("flat_foot"), CardLevel::Student).facts.empty());
}

const std::vector<std::string> kHeelPainCards = {"calcific_spur",           "haglund",
                                                 "retrocalcaneal_bursitis", "superficial_bursitis",
                                                 "insertional_tendinopathy", "midportion_tendinopathy",
                                                 "achilles_rupture"};

bool showsNote(const Card& c, unsigned flag, CardLevel level) {
  const anatomy::SafetyNote& note = anatomy::safetyNote(flag, level);
  const auto notes = anatomy::cardContent(c, level).notes;
  return std::find(notes.begin(), notes.end(), &note) != notes.end();
}

TEST(ClinicalFacts, HeelPainCardsShowTheRedFlagsAtBothLevels) {
  for (const std::string& id : kHeelPainCards) {
    const Card* c = anatomy::findConditionCard(id);
    ASSERT_NE(c, nullptr) << id;
    EXPECT_TRUE(showsNote(*c, anatomy::notes::kRedFlags, CardLevel::Student)) << id;
    EXPECT_TRUE(showsNote(*c, anatomy::notes::kRedFlags, CardLevel::Patient)) << id;
  }
  std::string flags;
  for (std::string_view l : anatomy::safetyNote(anatomy::notes::kRedFlags, CardLevel::Patient).lines) flags += l;
  for (const char* n : {"both heels", "psoriasis", "fever", "cannot stand", "squeezing the heel", "numbness",
                        "night", "weight"})
    EXPECT_TRUE(contains(flags, n)) << "patient red flags lack " << n;
}

TEST(ClinicalFacts, TendonCardsNameTheRiskyMedicinesAndTheExercisePlan) {
  for (const char* id : {"calcific_spur", "insertional_tendinopathy", "midportion_tendinopathy"}) {
    const Card* c = anatomy::findConditionCard(id);
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(showsNote(*c, anatomy::notes::kMedicines, CardLevel::Patient)) << id;
    EXPECT_TRUE(showsNote(*c, anatomy::notes::kExercisePlan, CardLevel::Patient)) << id;
    EXPECT_TRUE(showsNote(*c, anatomy::notes::kSuddenPain, CardLevel::Patient)) << id;
  }
  std::string plan, medicines, sudden;
  for (std::string_view l : anatomy::safetyNote(anatomy::notes::kExercisePlan, CardLevel::Patient).lines) plan += l;
  for (std::string_view l : anatomy::safetyNote(anatomy::notes::kMedicines, CardLevel::Patient).lines) medicines += l;
  for (std::string_view l : anatomy::safetyNote(anatomy::notes::kSuddenPain, CardLevel::Patient).lines) sudden += l;
  for (const char* n : {"physiotherapist on a safe exercise plan", "low-impact", "keep moving", "3-6 months"})
    EXPECT_TRUE(contains(plan, n)) << "exercise note lacks " << n;
  for (const char* n : {"quinolone", "ciprofloxacin", "steroid tablets", "injections"})
    EXPECT_TRUE(contains(medicines, n)) << "medicines note lacks " << n;
  for (const char* n : {"slowly", "sudden", "same day", "walk it off"})
    EXPECT_TRUE(contains(sudden, n)) << "sudden-pain note lacks " << n;
}

TEST(ClinicalFacts, RupturePatientTextSaysWhatToDoToday) {
  const Card* c = anatomy::findConditionCard("achilles_rupture");
  ASSERT_NE(c, nullptr);
  for (const char* n : {"stop", "do not stretch", "walk it off", "same day", "still be able to walk"})
    EXPECT_TRUE(contains(c->patient, n)) << "rupture patient text lacks " << n;
  for (const char* n : {"45 and 60", "45-60", "45 to 60"}) {
    EXPECT_FALSE(contains(c->student, n)) << "general Achilles injury age quoted as the rupture age";
    EXPECT_FALSE(contains(c->patient, n));
  }
}

// Statements the review found wrong, unsafe or unsourced; none may appear in any card, note,
// key fact or lesson.
const std::vector<std::string> kRetired = {
    "keystone", "5-9", "25-50", "90% sens", "55%", "typically 3-6", "accumulat", "rule it in or out",
    "ruling in or out", "help most people", "worn", "can lead to", "preset", "at severity", "posterior end rises",
    "raises the back of the heel", "upper or middle third", "deg haglund", "extrinsic factor in achilles",
    "builds from light stretching", "begins with rest", "rest from what provokes", "ease its gliding",
    "reduces friction between skin", "> 5 deg valgus", "hindfoot valgus (rcsp)", "seen most often",
};

TEST(ClinicalFacts, RetiredStatementsStayRetired) {
  std::vector<std::pair<std::string, std::string>> all = lessonSentences();
  for (const Card* c : texttest::allCards())
    for (const std::string& t : texttest::shownTexts(*c)) all.emplace_back(std::string(c->id), t);
  for (const auto& [where, text] : all)
    for (const std::string& bad : kRetired) EXPECT_FALSE(contains(text, bad)) << where << " says \"" << bad << "\": " << text;
}

TEST(ClinicalFacts, ShippedLessonTeachesTheCorrectedContent) {
  const auto lessons = texttest::shippedLessons();
  auto found = std::find_if(lessons.begin(), lessons.end(),
                            [](const texttest::LessonFile& f) { return f.name == "achilles_insertion.aalesson"; });
  ASSERT_NE(found, lessons.end());
  std::string all;
  for (const anatomy::LessonStep& s : found->lesson.steps) all += s.title + "\n" + s.text + "\n";
  for (const char* n : {"red flags", "tendinopathy", "protects the skin", "acquired", "forward", "away from",
                        "high pitch", "flat ground", "67%", "32%", "relative rest", "heel lifts", "shock-wave",
                        "weak evidence", "quinolone", "3-6 months", "same-day", "enthesophyte"})
    EXPECT_TRUE(contains(all, n)) << "lesson lacks " << n;
  EXPECT_TRUE(contains(found->lesson.steps.at(3).title, "red flags")) << "step 4 screens for red flags first";
}

TEST(ClinicalFacts, LessonSentencesAreShortAndOurOwn) {
  for (const auto& [where, sentence] : lessonSentences()) {
    const std::size_t limit = where.find("_patient.") != std::string::npos ? 20u : 30u;  // patients: shorter
    EXPECT_LE(texttest::words(sentence).size(), limit) << where << ": " << sentence;
    if (texttest::briefGrams().found) {
      const std::string run = texttest::copiedRun(sentence);
      EXPECT_TRUE(run.empty()) << where << " repeats the brief: \"" << run << "\"";
    }
  }
}

namespace {

std::string lessonText(const anatomy::Lesson& lesson) {
  std::string all = lesson.title + "\n" + lesson.summary + "\n";
  for (const anatomy::LessonStep& step : lesson.steps) all += step.title + "\n" + step.text + "\n";
  return all;
}

// The text with everything in brackets removed: a patient text may name a term in brackets
// after the plain idea, but not lean on it.
std::string outsideBrackets(const std::string& text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  return out;
}

}  // namespace

// What each teaching lesson must say, so that a correction cannot quietly fall out of it.
TEST(ClinicalFacts, StudentLessonsTeachTheCorrectedContent) {
  const std::map<std::string, std::vector<std::string>> required = {
      {"heel_anatomy.aalesson",
       {"crescent", "retrocalcaneal bursa", "kager", "superficial", "protects the skin", "dorsiflex"}},
      {"calcific_spur.aalesson",
       {"enthesophyte", "separate", "unknown", "diabetes", "hypothyroidism", "weak evidence", "red flags", "same-day",
        "floor level", "67%", "32%", "shock-wave", "quinolone", "3-6 months", "without pain"}},
      {"haglund_bursitis.aalesson",
       {"high pitch", "forward", "away", "suggestive", "4 mm", "MRI", "red flags", "same-day", "floor level",
        "heel guard"}},
      {"knee_to_heel.aalesson",
       {"away from the tendon", "high pitch", "slant", "twists", "line of pull", "weak", "never", "does not push"}},
      {"rupture_vs_tendinopathy.aalesson",
       {"gradual", "sudden", "calf", "Thompson", "gap", "still walk", "same day", "walk it off", "boot", "quinolone",
        "floor level", "midportion ultrasound"}},
      {"treatment_self_care.aalesson",
       {"relative rest", "ice", "swimming", "weak", "dorsiflexion can aggravate", "floor level", "67%", "32%",
        "midportion", "heel lift", "heel guard", "shock-wave", "quinolone", "steroid injection", "3-6 months",
        "red flags"}},
  };
  const auto lessons = texttest::shippedLessons();
  for (const auto& [name, phrases] : required) {
    auto found =
        std::find_if(lessons.begin(), lessons.end(), [&](const texttest::LessonFile& f) { return f.name == name; });
    ASSERT_NE(found, lessons.end()) << name;
    const std::string all = lessonText(found->lesson);
    for (const std::string& p : phrases) EXPECT_TRUE(contains(all, p)) << name << " lacks \"" << p << "\"";
  }
}

TEST(ClinicalFacts, PatientLessonsArePlainAndCarryTheSafetyNotes) {
  const std::vector<std::string> jargon = {"posterosuperior", "dorsiflex",  "plantarflex", "plantar flex", "enthes",
                                           "fibrocartilage",  "valgus",     "varus",       "calcaneus",    "calcaneal",
                                           "tendinopathy",    "bursitis",   "eccentric",   "pronation",    "proximal",
                                           "distal",          "radiograph", "thompson",    "insertion",    "orthotic"};
  std::size_t patientLessons = 0;
  for (const texttest::LessonFile& f : texttest::shippedLessons()) {
    if (f.lesson.audience != anatomy::Audience::Patient) continue;
    ++patientLessons;
    const std::string all = lessonText(f.lesson);
    for (const char* n : {"same day", "walk it off", "stop"})
      EXPECT_TRUE(contains(all, n)) << f.name << " lacks \"" << n << "\"";
    EXPECT_NE(all.find('('), std::string::npos) << f.name << ": give the names in brackets after the plain idea";
    const std::string plain = outsideBrackets(all);
    for (const std::string& term : jargon)
      EXPECT_FALSE(contains(plain, term)) << f.name << " uses \"" << term << "\" outside brackets";
    const bool aboutTreatment = contains(all, "exercise");
    if (aboutTreatment) {
      EXPECT_TRUE(contains(all, "physiotherapist on a safe exercise plan")) << f.name;
      EXPECT_TRUE(contains(all, "flat ground") || contains(all, "floor"))
          << f.name << ": heel exercises stay off steps";
    }
  }
  EXPECT_GE(patientLessons, 6u);
}
