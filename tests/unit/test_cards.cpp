// Teaching cards: every agreed id has a card at both levels, patient wording stays plain and
// short, student wording names the parts a teacher points at, condition cards carry their ranges
// (from the one fact table) and their safety notes.
#include "anatomy/cards.h"
#include "anatomy/measurement_ranges.h"
#include "text_checks.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using anatomy::Card;

std::vector<std::string> expectedStructureIds() {
  std::vector<std::string> ids = {"femur", "patella", "tibia", "fibula", "talus", "calcaneus", "navicular", "cuboid",
                                  "medial_cuneiform", "intermediate_cuneiform", "lateral_cuneiform"};
  for (int i = 1; i <= 5; ++i) ids.push_back("metatarsal_" + std::to_string(i));
  for (int i = 1; i <= 5; ++i) ids.push_back("proximal_phalanx_" + std::to_string(i));
  for (int i = 2; i <= 5; ++i) ids.push_back("middle_phalanx_" + std::to_string(i));
  for (int i = 1; i <= 5; ++i) ids.push_back("distal_phalanx_" + std::to_string(i));
  for (const char* id : {"achilles_tendon", "gastrocnemius_medial_head", "gastrocnemius_lateral_head", "soleus",
                         "plantar_fascia", "retrocalcaneal_bursa", "superficial_calcaneal_bursa", "kager_fat_pad",
                         "skin", "calcific_spur", "tendon_calcific_deposits"})
    ids.push_back(id);
  for (const char* id : {"tibialis_posterior", "tibialis_posterior_tendon", "flexor_hallucis_longus",
                         "flexor_hallucis_longus_tendon", "peroneus_longus_tendon", "peroneus_brevis_tendon",
                         "plantaris_tendon", "spring_ligament", "deltoid_ligament", "anterior_talofibular_ligament",
                         "calcaneofibular_ligament", "sural_nerve", "hallux_sesamoid_medial", "hallux_sesamoid_lateral"})
    ids.push_back(id);
  return ids;
}

const std::vector<std::string> kConditionIds = {
    "calcific_spur",      "haglund",     "retrocalcaneal_bursitis", "superficial_bursitis",
    "insertional_tendinopathy", "midportion_tendinopathy", "achilles_rupture", "flat_foot",
    "hindfoot_pronation", "genu_valgum", "tight_achilles", "alignment_chain"};

using texttest::allCards;
using texttest::contains;
using texttest::sentences;
using texttest::words;

TEST(Cards, EveryStructureIdResolves) {
  for (const std::string& id : expectedStructureIds()) {
    const Card* card = anatomy::findStructureCard(id);
    ASSERT_NE(card, nullptr) << id;
    EXPECT_EQ(card->id, id);
  }
  EXPECT_EQ(anatomy::structureCards().size(), expectedStructureIds().size());
}

TEST(Cards, EveryConditionIdResolves) {
  for (const std::string& id : kConditionIds) {
    const Card* card = anatomy::findConditionCard(id);
    ASSERT_NE(card, nullptr) << id;
    EXPECT_EQ(card->id, id);
  }
  EXPECT_EQ(anatomy::conditionCards().size(), kConditionIds.size());
}

TEST(Cards, UnknownIdsGiveNull) {
  EXPECT_EQ(anatomy::findStructureCard("metatarsal_6"), nullptr);
  EXPECT_EQ(anatomy::findStructureCard("middle_phalanx_1"), nullptr);  // the big toe has none
  EXPECT_EQ(anatomy::findStructureCard(""), nullptr);
  EXPECT_EQ(anatomy::findStructureCard("haglund"), nullptr);
  EXPECT_EQ(anatomy::findConditionCard("tibia"), nullptr);
  EXPECT_EQ(anatomy::findConditionCard("left_haglund"), nullptr);
}

TEST(Cards, IdsAreUniquePerList) {
  for (const auto* list : {&anatomy::structureCards(), &anatomy::conditionCards()}) {
    std::set<std::string_view> seen;
    for (const Card& c : *list) EXPECT_TRUE(seen.insert(c.id).second) << "duplicate id " << c.id;
  }
}

TEST(Cards, LeftPrefixMapsToRightLimbCard) {
  for (const std::string& id : expectedStructureIds()) {
    const Card* right = anatomy::findStructureCard(id);
    EXPECT_EQ(anatomy::findStructureCard("left_" + id), right) << id;
  }
  EXPECT_EQ(anatomy::findStructureCard("left_"), nullptr);
  EXPECT_EQ(anatomy::findStructureCard("left_left_tibia"), nullptr);
  EXPECT_EQ(anatomy::findStructureCard("left_nothing"), nullptr);
  EXPECT_EQ(anatomy::findStructureCard("lefttibia"), nullptr);
}

TEST(Cards, FieldsAreFilledAndTidy) {
  for (const Card* c : allCards()) {
    EXPECT_FALSE(c->title.empty()) << c->id;
    for (std::string_view text : {c->student, c->patient}) {
      ASSERT_FALSE(text.empty()) << c->id;
      EXPECT_EQ(text.back(), '.') << c->id << ": " << text;
      EXPECT_NE(text.front(), ' ') << c->id;
      EXPECT_EQ(text.find("  "), std::string_view::npos) << c->id << ": double space";
      EXPECT_EQ(text.find('\n'), std::string_view::npos) << c->id;
    }
    EXPECT_NE(c->student, c->patient) << c->id;
    // The UI's default font covers ASCII and Latin-1 only; keep everything plain ASCII.
    for (std::string_view text : {c->id, c->title, c->student, c->patient, c->keyFacts})
      for (char ch : text)
        EXPECT_TRUE(ch == '\n' || (ch >= 0x20 && ch < 0x7f)) << c->id << ": non-ASCII or control character";
    if (!c->keyFacts.empty()) {
      EXPECT_NE(c->keyFacts.back(), '\n') << c->id;
      EXPECT_EQ(c->keyFacts.find("\n\n"), std::string_view::npos) << c->id;
    }
  }
}

TEST(Cards, KeyFactLinesSplitAtNewlines) {
  const Card card{"x", "X", "A. B.", "C. D.", "one\ntwo\n\nthree"};
  const auto lines = anatomy::keyFactLines(card);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "one");
  EXPECT_EQ(lines[2], "three");
  EXPECT_TRUE(anatomy::keyFactLines(Card{"x", "X", "A.", "B.", ""}).empty());
  EXPECT_EQ(anatomy::cardText(card, anatomy::CardLevel::Student), "A. B.");
  EXPECT_EQ(anatomy::cardText(card, anatomy::CardLevel::Patient), "C. D.");
}

TEST(Cards, FactKeysComeFirstAsTheTablesLines) {
  const Card card{"x", "X", "A. B.", "C. D.", "own fact", "hka_deg  mad_mm"};
  const auto lines = anatomy::keyFactLines(card);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], anatomy::factLine(*anatomy::findFact("hka_deg")));
  EXPECT_EQ(lines[1], anatomy::factLine(*anatomy::findFact("mad_mm")));
  EXPECT_EQ(lines[2], "own fact");
}

TEST(Cards, EveryFactKeyNamesARowOfTheTable) {
  for (const Card* c : allCards()) {
    std::string rest(c->factKeys);
    std::istringstream in(rest);
    std::string key;
    while (in >> key) EXPECT_NE(anatomy::findFact(key), nullptr) << c->id << ": no table row " << key;
  }
}

// Structure cards stay short; condition cards carry mechanism, signs and care, so they may
// run longer, one idea a sentence.
TEST(Cards, SentenceCountsAtBothLevels) {
  for (const Card* c : allCards()) {
    const bool condition = anatomy::findConditionCard(c->id) == c;
    const std::size_t most = condition ? 8u : 4u;
    const auto s = sentences(c->student).size();
    const auto p = sentences(c->patient).size();
    EXPECT_GE(s, 2u) << c->id << " student";
    EXPECT_LE(s, most) << c->id << " student";
    EXPECT_GE(p, 2u) << c->id << " patient";
    EXPECT_LE(p, most) << c->id << " patient";
  }
}

// Every patient sentence a card shows, its text and its safety notes' lines.
std::vector<std::string> patientSentences(const Card& c) {
  std::vector<std::string> out = sentences(c.patient);
  for (const anatomy::SafetyNote* note : anatomy::cardContent(c, anatomy::CardLevel::Patient).notes)
    for (std::string_view line : note->lines)
      for (const std::string& s : sentences(line)) out.push_back(s);
  return out;
}

TEST(Cards, PatientSentencesAreShort) {
  for (const Card* c : allCards()) {
    const auto parts = patientSentences(*c);
    std::size_t total = 0;
    for (const std::string& s : parts) {
      const std::size_t n = words(s).size();
      total += n;
      EXPECT_LE(n, 28u) << c->id << ": long sentence: " << s;
    }
    ASSERT_FALSE(parts.empty()) << c->id;
    EXPECT_LE(static_cast<double>(total) / parts.size(), 20.0) << c->id << ": " << c->patient;
  }
}

TEST(Cards, StudentSentencesAreAtMostThirtyWords) {
  for (const Card* c : allCards())
    for (const std::string& s : sentences(c->student))
      EXPECT_LE(words(s).size(), 30u) << c->id << ": long sentence: " << s;
}

// Medical words a patient text may use only next to a plain gloss (any one of the listed words);
// words with no gloss list must not appear at all.
const std::vector<std::pair<std::string, std::vector<std::string>>> kJargon = {
    {"calcane", {"heel"}},      {"talus", {"ankle bone"}},    {"talar", {"ankle bone"}},
    {"tibia", {"shin"}},        {"fibula", {"thin bone", "outer"}}, {"femur", {"thigh"}},
    {"femoral", {"thigh"}},     {"patella", {"kneecap"}},     {"navicular", {"boat", "arch"}},
    {"cuboid", {"cube"}},       {"cuneiform", {"wedge"}},     {"metatars", {"long bone"}},
    {"phalan", {"toe bone"}},   {"hallux", {"big toe"}},      {"bursa", {"sac"}},
    {"fascia", {"band"}},       {"plantar", {"sole"}},        {"gastrocnemius", {"calf"}},
    {"soleus", {"calf"}},       {"tendinopathy", {"sore", "pain", "ache"}}, {"tendinitis", {"sore", "pain"}},
    {"pronat", {"roll"}},       {"supinat", {"roll"}},        {"valg", {"knock", "lean"}},
    {"varus", {"bow"}},         {"eccentric", {"lower"}},     {"calcific", {"calcium"}},
    {"haglund", {"bump"}},      {"kager", {"fat"}},           {"genu", {"knee"}},
    {"pes planus", {"flat"}},   {"insertion", {"attach"}},    {"rupture", {"tear"}},
    {"quinolone", {"antibiotic"}}, {"enthesitis", {"stiff"}}, {"malleol", {}},
    {"tuberosity", {}},         {"sustentaculum", {}},        {"trochlea", {}},
    {"plafond", {}},            {"condyle", {}},              {"posterosuperior", {}},
    {"posterior", {}},          {"anterior", {}},             {"medial", {}},
    {"lateral", {}},            {"proximal", {}},             {"distal", {}},
    {"aponeurosis", {}},        {"enthesis", {}},             {"enthesophyte", {}},
    {"sesamoid", {}},           {"mortise", {}},              {"triceps surae", {}},
    {"articulat", {}},          {"subtalar", {}},             {"dorsiflex", {}},
    {"plantar flex", {}},       {"plantarflex", {}},          {"inferior", {}},
    {"superior", {}},           {"mechanical axis", {}},      {"synovial", {}},
    {"subcutaneous", {}},       {"hypothyroid", {}},          {"diabetes mellitus", {}},
    {"interphalangeal", {}},    {"abduct", {}},               {"evert", {}},
    {"craniocaudal", {}},       {"impinge", {}},              {"corticosteroid", {}},
    {"thompson", {}},           {"fibrocartilage", {}},
};

// Jargon terms in text (any case) that appear without one of their glosses.
std::vector<std::string> unglossedJargon(std::string_view text) {
  const std::string t = texttest::lower(text);
  const auto has = [&](const std::string& w) { return t.find(w) != std::string::npos; };
  std::vector<std::string> out;
  for (const auto& [term, glosses] : kJargon)
    if (has(term) && std::none_of(glosses.begin(), glosses.end(), has)) out.push_back(term);
  return out;
}

TEST(Cards, PatientTextAvoidsUnglossedJargon) {
  for (const Card* c : allCards())
    for (const std::string& s : patientSentences(*c))
      for (const std::string& term : unglossedJargon(s))
        ADD_FAILURE() << c->id << ": patient text uses \"" << term << "\" without a plain gloss: " << s;
}

TEST(Cards, JargonCheckCatchesAnUnglossedWord) {
  const auto hits = unglossedJargon("The Calcaneus has a posterior tuberosity.");
  EXPECT_EQ(hits, (std::vector<std::string>{"calcane", "tuberosity", "posterior"}));
  EXPECT_TRUE(unglossedJargon("The calcaneus is the heel bone.").empty());
}

// "Plain idea first, the name in brackets": a patient text that names the condition or part
// does so in brackets, after the plain words, not as its first word.
TEST(Cards, PatientTextOpensWithThePlainIdea) {
  for (const Card* c : allCards()) {
    const std::string first = texttest::lower(words(c->patient).front());
    for (const char* name : {"calcaneus", "talus", "tibia", "femur", "patella", "fibula", "navicular", "cuboid",
                             "plantar", "kager's", "haglund's", "retrocalcaneal", "genu", "insertional"})
      EXPECT_NE(first, name) << c->id << " opens with the name: " << c->patient;
  }
}

TEST(Cards, StudentTextNamesTheTeachingParts) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> parts = {
      {"calcaneus", {"posterior tuberosity", "posterosuperior prominence", "bursal projection", "sustentaculum tali",
                     "anterior process", "Achilles"}},
      {"talus", {"trochlea", "dome", "neck", "head", "navicular"}},
      {"tibia", {"plafond", "medial malleolus"}},
      {"fibula", {"lateral malleolus"}},
      {"navicular", {"tuberosity", "arch", "key bone"}},
      {"femur", {"head", "condyles"}},
      {"metatarsal_1", {"Meary"}},
      {"metatarsal_5", {"tuberosity"}},
      {"achilles_tendon", {"crescent", "largest", "strongest", "posterior", "calcane", "soleus", "gastrocnemius"}},
      {"retrocalcaneal_bursa", {"posterosuperior", "Achilles", "bursal projection"}},
      {"superficial_calcaneal_bursa", {"skin", "Achilles", "acquired", "heel counter", "protects the skin"}},
      {"kager_fat_pad", {"in front of the Achilles", "retrocalcaneal bursa"}},
      {"plantar_fascia", {"calcaneal tuberosity", "arch"}},
      {"soleus", {"Achilles", "intrinsic"}},
      {"gastrocnemius_medial_head", {"Achilles", "medial condyle"}},
      {"gastrocnemius_lateral_head", {"Achilles", "lateral condyle"}},
      {"calcific_spur", {"enthesophyte", "spur", "cortex", "lateral", "Chao"}},
      {"proximal_phalanx_1", {"hallux", "metatarsophalangeal"}},
      {"distal_phalanx_3", {"third toe", "middle phalanx"}},
  };
  for (const auto& [id, needles] : parts) {
    const Card* card = anatomy::findStructureCard(id);
    ASSERT_NE(card, nullptr) << id;
    for (const std::string& n : needles) EXPECT_TRUE(contains(card->student, n)) << id << " student lacks " << n;
  }
}

std::string joinedFacts(const Card& card) {
  std::string all;
  for (const std::string& line : anatomy::keyFactLines(card)) all += line + "\n";
  return all;
}

TEST(Cards, ConditionKeyFactsCarryTheirRanges) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> facts = {
      {"calcific_spur", {"< 5", "5-10", "> 10", "diabetes", "hypothyroidism", "eccentric", "Surgery", "67%", "32%"}},
      {"haglund", {"Fowler-Philip", "44-69", "> 75", "suggestive", "parallel pitch", ">= 4", "89"}},
      {"retrocalcaneal_bursitis", {"> 1", "transverse > 11", "craniocaudal > 7", "MRI"}},
      {"insertional_tendinopathy", {"3.5-3.9", "1.4", "ultrasound", "midportion value"}},
      {"midportion_tendinopathy", {"4.8-5.3", "2.7", "ultrasound"}},
      {"achilles_rupture", {"30s", "40s", "complete", "missed"}},
      {"flat_foot", {"Calcaneal pitch, deg: normal 20-30", "flat foot < 18", "Meary", "Navicular height", "> 45"}},
      {"hindfoot_pronation", {"Hindfoot alignment", "Navicular drop", "> 10", "Foot Posture Index"}},
      {"genu_valgum", {"Hip-knee-ankle", "> 183", "Intermalleolar", "> 80", "0-30"}},
      {"tight_achilles", {"dorsiflexion"}},
      {"alignment_chain", {"Hip-knee-ankle", "Hindfoot alignment", "flat foot < 18"}},
  };
  for (const auto& [id, needles] : facts) {
    const Card* card = anatomy::findConditionCard(id);
    ASSERT_NE(card, nullptr) << id;
    for (const std::string& n : needles) EXPECT_TRUE(contains(joinedFacts(*card), n)) << id << " key facts lack " << n;
  }
}

TEST(Cards, CalcificSpurConditionCoversTheBrief) {
  const Card* c = anatomy::findConditionCard("calcific_spur");
  ASSERT_NE(c, nullptr);
  const std::string student = std::string(c->student) + "\n" + joinedFacts(*c);
  for (const char* n : {"spur", "enthesophyte", "main body of the tendon", "age", "diabetes", "hypothyroidism",
                        "intrinsic", "extrinsic", "heel pain", "dorsiflexion", "nodule", "eccentric", "floor level",
                        "flat ground", "heel lifts", "shock-wave", "relative rest", "weak evidence", "footwear",
                        "surgery", "3-6 months", "Chao"})
    EXPECT_TRUE(contains(student, n)) << "student lacks " << n;
  for (const char* n : {"calcium", "spur", "heel", "stairs", "flat ground", "shoes", "3-6 months", "never hurts"})
    EXPECT_TRUE(contains(c->patient, n)) << "patient lacks " << n;
}

TEST(Cards, ConditionCardsTeachTheirDefiningSigns) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> signs = {
      {"achilles_rupture", {"pop", "snap", "kick", "30s", "40s", "older", "Thompson", "gap", "plantarflexion"}},
      {"flat_foot", {"forward", "away from", "bursa", "Achilles", "high pitch", "weak"}},
      {"haglund", {"high calcaneal pitch", "cavus", "total angle", "suggestive"}},
      {"hindfoot_pronation", {"rolls inward", "behind", "weak evidence"}},
      {"genu_valgum", {"condyles touch", "intermalleolar", "weak evidence"}},
      {"tight_achilles", {"dorsiflexion", "weak evidence"}},
      {"alignment_chain", {"genu valgum", "pronation", "flat foot", "line of pull", "intrinsic", "forward"}},
      {"insertional_tendinopathy", {"gradual", "flat ground", "tendinitis"}},
      {"superficial_bursitis", {"acquired", "protects the skin", "heel counter"}},
  };
  for (const auto& [id, needles] : signs) {
    const Card* card = anatomy::findConditionCard(id);
    ASSERT_NE(card, nullptr) << id;
    for (const std::string& n : needles) EXPECT_TRUE(contains(card->student, n)) << id << " student lacks " << n;
  }
  const Card* chain = anatomy::findConditionCard("alignment_chain");
  for (const char* n : {"knock knees", "roll", "arch", "heel", "Achilles", "slant"})
    EXPECT_TRUE(contains(chain->patient, n)) << "alignment_chain patient lacks " << n;
  EXPECT_TRUE(contains(anatomy::findConditionCard("genu_valgum")->patient, "ankles stay apart"));
  EXPECT_TRUE(contains(anatomy::findConditionCard("hindfoot_pronation")->patient, "from behind"));
  EXPECT_TRUE(contains(anatomy::findConditionCard("flat_foot")->patient, "away from"));
}

std::vector<std::string> prose(const Card& c) {
  std::vector<std::string> out = {std::string(c.student), std::string(c.patient)};
  for (anatomy::CardLevel level : {anatomy::CardLevel::Student, anatomy::CardLevel::Patient})
    for (const anatomy::SafetyNote* note : anatomy::cardContent(c, level).notes)
      for (std::string_view line : note->lines) out.emplace_back(line);
  return out;
}

// Facts may carry over from the content brief, sentences may not: no run of 8 words is shared.
TEST(Cards, WordingIsNotCopiedFromTheBriefs) {
  AA_REQUIRE_SHARED(texttest::briefGrams().found, "shared briefs (CONTENT.md, REFERENCE.md) not found");
  // Key-fact lines are data (names and numbers) and may match the briefs; prose may not.
  for (const Card* c : allCards())
    for (const std::string& text : prose(*c)) {
      const std::string run = texttest::copiedRun(text);
      EXPECT_TRUE(run.empty()) << c->id << " repeats the brief: \"" << run << "\"";
    }
}

}  // namespace
