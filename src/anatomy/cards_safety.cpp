// The safety notes cards carry (CONTENT.md "Safety"), each written once at both levels so
// every heel-pain card says the same thing. Patient lines: one idea each, plain words
// first, the name in brackets.
#include "anatomy/cards_data.h"

namespace anatomy::detail {

namespace {

struct NotePair {
  unsigned flag;
  SafetyNote student, patient;
};

const std::vector<NotePair>& notePairs() {
  static const std::vector<NotePair> pairs = {
      {notes::kRedFlags,
       {"Red flags: refer promptly",
        {"Inflammatory enthesitis: pain in both heels, prolonged early-morning stiffness, back pain, psoriasis, "
         "inflammatory bowel disease or uveitis",
         "Infection: a hot, red, spreading swelling or fever",
         "Fracture: injury with inability to bear weight, or pain when the calcaneus is squeezed",
         "Nerve involvement: numbness or tingling", "Night pain or unexplained weight loss"}},
       {"See a doctor soon if heel pain comes with any of these",
        {"Both heels hurt and stay stiff for a long time in the morning, or you also have back pain, psoriasis, or "
         "bowel or eye inflammation (inflammatory enthesitis).",
         "The heel is hot, red and swollen, the redness spreads, or you have a fever (infection).",
         "You hurt your foot and cannot stand on it, or squeezing the heel hurts (possible broken bone).",
         "You have numbness or tingling (a nerve problem).",
         "The pain wakes you at night, or you lose weight without trying."}}},
      {notes::kSuddenPain,
       {"Tendinopathy or rupture?",
        {"Tendinopathy: a gradual ache from overuse",
         "Rupture: a sudden pop or snap, as if kicked; check the calf-squeeze (Thompson) test and feel for a gap",
         "Walking and weak plantar flexion do not exclude a rupture: assess the same day"}},
       {"Sudden pain is different",
        {"A sore, overloaded tendon (tendinopathy) aches and builds up slowly.",
         "A tear (rupture) starts suddenly, with a pop, a snap or a sharp pain behind the ankle.",
         "If that happens, stop and do not stretch it or try to walk it off.",
         "See a doctor the same day, even if you can still walk."}}},
      {notes::kMedicines,
       {"Medicines",
        {"Quinolone antibiotics (such as ciprofloxacin) and oral corticosteroids raise the risk of tendinopathy and "
         "rupture",
         "Avoid corticosteroid injections into or near the Achilles tendon"}},
       {"Medicines and tendons",
        {"Some antibiotics (quinolones, such as ciprofloxacin) can weaken tendons.",
         "Steroid tablets can weaken tendons too.",
         "If you take one of these, tell your doctor about your heel pain.",
         "Doctors avoid steroid injections into or near the Achilles tendon."}}},
      {notes::kExercisePlan,
       {"Management",
        {"Relative rest: cut back the loads that provoke pain, without stopping activity",
         "Swimming or cycling (low-impact) maintain fitness in the meantime",
         "Usually 3-6 months of conservative care before surgery is discussed"}},
       {"What helps",
        {"Work with a physiotherapist on a safe exercise plan.",
         "Cut down on what makes it hurt, but keep moving.",
         "Keep fit meanwhile with gentle exercise (low-impact), such as swimming or cycling.",
         "Ice for a short time can ease the pain.",
         "Exercise and the right shoes help many people over 3-6 months."}}},
      {notes::kOtherCauses,
       {"Other causes of posterior heel pain",
        {"Bursitis behind the tendon; midportion tendinopathy; a rupture missed at first",
         "Stress fracture of the calcaneus; posterior ankle impingement; flexor hallucis longus tendon problems",
         "Sural nerve irritation; inflammatory arthritis; Sever's disease in children"}},
       {"", {}}},
  };
  return pairs;
}

}  // namespace

const SafetyNote& safetyNoteText(unsigned flag, CardLevel level) {
  static const SafetyNote kNone{};
  for (const NotePair& p : notePairs())
    if (p.flag == flag) return level == CardLevel::Student ? p.student : p.patient;
  return kNone;
}

}  // namespace anatomy::detail
