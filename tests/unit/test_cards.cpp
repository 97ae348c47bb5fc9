// Teaching cards: every agreed id has a card at both levels, patient wording stays plain and
// short, student wording names the parts a teacher points at, condition cards carry their ranges.
#include "anatomy/cards.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
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
  return ids;
}

const std::vector<std::string> kConditionIds = {
    "calcific_spur",      "haglund",     "retrocalcaneal_bursitis", "superficial_bursitis",
    "insertional_tendinopathy", "midportion_tendinopathy", "achilles_rupture", "flat_foot",
    "hindfoot_pronation", "genu_valgum", "tight_achilles", "alignment_chain"};

std::vector<const Card*> allCards() {
  std::vector<const Card*> out;
  for (const Card& c : anatomy::structureCards()) out.push_back(&c);
  for (const Card& c : anatomy::conditionCards()) out.push_back(&c);
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool contains(std::string_view text, std::string_view needle) {
  return lower(text).find(lower(needle)) != std::string::npos;
}

// A sentence ends at '.', '!' or '?' followed by a space or the end, so "3.5" stays whole.
std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    const bool terminal = text[i] == '.' || text[i] == '!' || text[i] == '?';
    if (terminal && (i + 1 == text.size() || text[i + 1] == ' ')) {
      out.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(' ') != std::string::npos) out.push_back(current);
  return out;
}

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  std::string w;
  while (in >> w)
    if (std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::isalnum(c); })) out.push_back(w);
  return out;
}

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

TEST(Cards, TwoToFourSentencesAtBothLevels) {
  for (const Card* c : allCards()) {
    const auto s = sentences(c->student).size();
    const auto p = sentences(c->patient).size();
    EXPECT_GE(s, 2u) << c->id << " student";
    EXPECT_LE(s, 4u) << c->id << " student";
    EXPECT_GE(p, 2u) << c->id << " patient";
    EXPECT_LE(p, 4u) << c->id << " patient";
  }
}

TEST(Cards, PatientSentencesAreShort) {
  for (const Card* c : allCards()) {
    const auto parts = sentences(c->patient);
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

// Medical words a patient text may use only next to a plain gloss (any one of the listed words);
// words with no gloss list must not appear at all.
const std::vector<std::pair<std::string, std::vector<std::string>>> kJargon = {
    {"calcane", {"heel"}},      {"talus", {"ankle bone"}},    {"talar", {"ankle bone"}},
    {"tibia", {"shin"}},        {"fibula", {"thin bone", "outer"}}, {"femur", {"thigh"}},
    {"femoral", {"thigh"}},     {"patella", {"kneecap"}},     {"navicular", {"boat", "arch"}},
    {"cuboid", {"cube"}},       {"cuneiform", {"wedge"}},     {"metatars", {"long bone"}},
    {"phalan", {"toe bone"}},   {"hallux", {"big toe"}},      {"bursa", {"sac"}},
    {"fascia", {"band"}},       {"plantar", {"sole"}},        {"gastrocnemius", {"calf"}},
    {"soleus", {"calf"}},       {"tendinopathy", {"sore", "pain", "worn"}}, {"tendinitis", {"sore", "pain"}},
    {"pronat", {"roll"}},       {"supinat", {"roll"}},        {"valg", {"knock", "lean"}},
    {"varus", {"bow"}},         {"eccentric", {"lower"}},     {"calcific", {"calcium"}},
    {"haglund", {"bump"}},      {"kager", {"fat"}},           {"genu", {"knee"}},
    {"pes planus", {"flat"}},   {"malleol", {}},              {"tuberosity", {}},
    {"sustentaculum", {}},      {"trochlea", {}},             {"plafond", {}},
    {"condyle", {}},            {"posterosuperior", {}},      {"posterior", {}},
    {"anterior", {}},           {"medial", {}},               {"lateral", {}},
    {"proximal", {}},           {"distal", {}},               {"aponeurosis", {}},
    {"enthesis", {}},           {"sesamoid", {}},             {"mortise", {}},
    {"triceps surae", {}},      {"articulat", {}},            {"subtalar", {}},
    {"dorsiflex", {}},          {"plantar flex", {}},         {"inferior", {}},
    {"superior", {}},           {"mechanical axis", {}},      {"synovial", {}},
    {"subcutaneous", {}},       {"hypothyroid", {}},          {"diabetes mellitus", {}},
    {"interphalangeal", {}},    {"abduct", {}},               {"evert", {}},
    {"craniocaudal", {}},       {"impinge", {}},              {"insertion", {}},
};

// Jargon terms in text (any case) that appear without one of their glosses.
std::vector<std::string> unglossedJargon(std::string_view text) {
  const std::string t = lower(text);
  const auto has = [&](const std::string& w) { return t.find(w) != std::string::npos; };
  std::vector<std::string> out;
  for (const auto& [term, glosses] : kJargon)
    if (has(term) && std::none_of(glosses.begin(), glosses.end(), has)) out.push_back(term);
  return out;
}

TEST(Cards, PatientTextAvoidsUnglossedJargon) {
  for (const Card* c : allCards())
    for (const std::string& term : unglossedJargon(c->patient))
      ADD_FAILURE() << c->id << ": patient text uses \"" << term << "\" without a plain gloss";
}

TEST(Cards, JargonCheckCatchesAnUnglossedWord) {
  const auto hits = unglossedJargon("The Calcaneus has a posterior tuberosity.");
  EXPECT_EQ(hits, (std::vector<std::string>{"calcane", "tuberosity", "posterior"}));
  EXPECT_TRUE(unglossedJargon("The calcaneus is the heel bone.").empty());
}

TEST(Cards, StudentTextNamesTheTeachingParts) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> parts = {
      {"calcaneus", {"posterior tuberosity", "posterosuperior prominence", "bursal projection", "sustentaculum tali",
                     "anterior process", "Achilles"}},
      {"talus", {"trochlea", "dome", "neck", "head", "navicular"}},
      {"tibia", {"plafond", "medial malleolus"}},
      {"fibula", {"lateral malleolus"}},
      {"navicular", {"tuberosity", "arch"}},
      {"femur", {"head", "condyles"}},
      {"metatarsal_1", {"Meary"}},
      {"metatarsal_5", {"tuberosity"}},
      {"achilles_tendon", {"crescent", "largest", "strongest", "posterior", "calcane", "soleus", "gastrocnemius"}},
      {"retrocalcaneal_bursa", {"posterosuperior", "Achilles", "bursal projection"}},
      {"superficial_calcaneal_bursa", {"skin", "Achilles"}},
      {"kager_fat_pad", {"in front of the Achilles", "retrocalcaneal bursa"}},
      {"plantar_fascia", {"calcaneal tuberosity", "arch"}},
      {"soleus", {"Achilles"}},
      {"gastrocnemius_medial_head", {"Achilles", "medial condyle"}},
      {"gastrocnemius_lateral_head", {"Achilles", "lateral condyle"}},
      {"calcific_spur", {"enthesis", "spur", "calcium"}},
      {"proximal_phalanx_1", {"hallux", "metatarsophalangeal"}},
      {"distal_phalanx_3", {"third toe", "middle phalanx"}},
  };
  for (const auto& [id, needles] : parts) {
    const Card* card = anatomy::findStructureCard(id);
    ASSERT_NE(card, nullptr) << id;
    for (const std::string& n : needles) EXPECT_TRUE(contains(card->student, n)) << id << " student lacks " << n;
  }
}

TEST(Cards, ConditionKeyFactsCarryTheirRanges) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> facts = {
      {"calcific_spur", {"< 5", "5-10", "> 10 mm", "diabetes", "hypothyroidism", "eccentric", "Surgery"}},
      {"haglund", {"Fowler-Philip", "44-69", "> 75", "Parallel pitch", ">= 4 mm"}},
      {"retrocalcaneal_bursitis", {"AP > 1", "transverse > 11", "craniocaudal > 7"}},
      {"insertional_tendinopathy", {"3.5-3.9", "> 6 mm"}},
      {"midportion_tendinopathy", {"4.8-5.3", "2.7"}},
      {"achilles_rupture", {"45-60", "complete"}},
      {"flat_foot", {"Calcaneal pitch: normal 20-30 deg; flat foot < 18 deg", "Meary", "Navicular height", "> 50"}},
      {"hindfoot_pronation", {"Hindfoot valgus", "Navicular drop", "> 10 mm", "Foot Posture Index"}},
      {"genu_valgum", {"HKA", "> 183", "Intermalleolar distance", "> 80 mm", "0-30"}},
      {"tight_achilles", {"dorsiflexion"}},
      {"alignment_chain", {"HKA", "hindfoot valgus", "calcaneal pitch < 18"}},
  };
  for (const auto& [id, needles] : facts) {
    const Card* card = anatomy::findConditionCard(id);
    ASSERT_NE(card, nullptr) << id;
    for (const std::string& n : needles) EXPECT_TRUE(contains(card->keyFacts, n)) << id << " keyFacts lack " << n;
  }
}

TEST(Cards, CalcificSpurConditionCoversTheBrief) {
  const Card* c = anatomy::findConditionCard("calcific_spur");
  ASSERT_NE(c, nullptr);
  for (const char* n : {"spur", "main body of the tendon", "age", "diabetes", "hypothyroidism", "intrinsic",
                        "extrinsic", "heel pain", "dorsiflexion", "nodule", "eccentric", "footwear", "surgery"})
    EXPECT_TRUE(contains(c->student, n)) << "student lacks " << n;
  for (const char* n : {"calcium", "spur", "heel", "stairs", "stretching", "shoes", "surgery"})
    EXPECT_TRUE(contains(c->patient, n)) << "patient lacks " << n;
}

TEST(Cards, ConditionCardsTeachTheirDefiningSigns) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> signs = {
      {"achilles_rupture", {"pop", "snap", "kick", "45", "60"}},
      {"flat_foot", {"rises", "bursa", "Achilles"}},
      {"hindfoot_pronation", {"rolls inward", "behind"}},
      {"genu_valgum", {"condyles touch", "intermalleolar"}},
      {"tight_achilles", {"dorsiflexion"}},
      {"alignment_chain", {"genu valgum", "pronation", "flat foot", "line of pull", "intrinsic"}},
  };
  for (const auto& [id, needles] : signs) {
    const Card* card = anatomy::findConditionCard(id);
    ASSERT_NE(card, nullptr) << id;
    for (const std::string& n : needles) EXPECT_TRUE(contains(card->student, n)) << id << " student lacks " << n;
  }
  const Card* chain = anatomy::findConditionCard("alignment_chain");
  for (const char* n : {"knock knees", "roll", "arch", "heel", "Achilles"})
    EXPECT_TRUE(contains(chain->patient, n)) << "alignment_chain patient lacks " << n;
  EXPECT_TRUE(contains(anatomy::findConditionCard("genu_valgum")->patient, "ankles stay apart"));
  EXPECT_TRUE(contains(anatomy::findConditionCard("hindfoot_pronation")->patient, "from behind"));
}

std::string sharedDocsDir() {
#ifdef AA_SHARED_DIR
  return AA_SHARED_DIR;
#else
  const std::string here = __FILE__;
  return here.substr(0, here.find_last_of('/')) + "/../../../shared";
#endif
}

std::vector<std::string> normalisedWords(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (char ch : text) {
    if (std::isalnum(static_cast<unsigned char>(ch))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

// Facts may carry over from the content brief, sentences may not: no run of 8 words is shared.
TEST(Cards, WordingIsNotCopiedFromTheBriefs) {
  std::string briefs;
  for (const char* name : {"/CONTENT.md", "/REFERENCE.md"}) {
    std::ifstream in(sharedDocsDir() + name);
    AA_REQUIRE_SHARED(static_cast<bool>(in), "shared briefs not found under " << sharedDocsDir());
    briefs += std::string(std::istreambuf_iterator<char>(in), {}) + "\n";
  }
  constexpr std::size_t kRun = 8;
  std::set<std::string> grams;
  const auto source = normalisedWords(briefs);
  for (std::size_t i = 0; i + kRun <= source.size(); ++i) {
    std::string g;
    for (std::size_t k = 0; k < kRun; ++k) g += source[i + k] + ' ';
    grams.insert(g);
  }
  for (const Card* c : allCards())
    for (std::string_view text : {c->student, c->patient}) {
      const auto w = normalisedWords(text);
      for (std::size_t i = 0; i + kRun <= w.size(); ++i) {
        std::string g;
        for (std::size_t k = 0; k < kRun; ++k) g += w[i + k] + ' ';
        EXPECT_EQ(grams.count(g), 0u) << c->id << " repeats the brief: \"" << g << "\"";
      }
    }
}

}  // namespace
