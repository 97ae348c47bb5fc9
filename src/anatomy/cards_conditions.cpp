// Condition cards: what each condition is, how it arises and what helps, at the student and
// the patient level. Measurement facts are named by table key (measurement_ranges.cpp);
// safety advice is attached by flag (cards_safety.cpp), so each is written once.
#include "anatomy/cards_data.h"
#include "anatomy/measurement_keys.h"

namespace anatomy::detail {

namespace {

using namespace notes;

// Heel-pain cards carry the red flags and the sudden-or-gradual note at both levels.
constexpr unsigned kTendon = kHeelPain | kMedicines | kExercisePlan;

constexpr Card kConditionCards[] = {
    {"calcific_spur", "Insertional calcific tendinopathy (calcific spur)",
     "In insertional calcific tendinopathy, load repeated over days and months irritates the Achilles enthesis, "
     "which swells and later ossifies. The posterior calcaneal spur that results is an enthesophyte, ossified "
     "insertion fibrocartilage, not a calcium deposit inside the tendon. Separate calcific deposits can also form in "
     "the main body of the tendon, and the exact cause of both is unknown. Risk rises with age, diabetes mellitus "
     "and hypothyroidism. Intrinsic and extrinsic factors are listed below; the alignment factors have weak "
     "evidence. Patients report posterior heel pain with running, jumping or hills, stiffness easing with movement, "
     "reduced dorsiflexion and a tender nodule. Conservative care centres on progressive calf loading with eccentric "
     "heel drops kept at floor level, and surgery is discussed only after 3-6 months of it.",
     "A small spike of extra bone, built from calcium, can grow where the Achilles tendon attaches to the heel "
     "(calcific spur). It forms slowly, after months of strain. It is more common with age, diabetes and an "
     "underactive thyroid. The back of the heel hurts with running, jumping, hills or stairs, and feels stiff until "
     "you get moving. Many people have a spur that never hurts. Heel exercises on flat ground, heel lifts and "
     "well-fitting shoes help many people over 3-6 months. An operation is only discussed if this has not helped.",
     "Spur position: lower, lateral part of the footprint (Chao et al. 1997)\nRisk rises with age, diabetes "
     "mellitus, hypothyroidism (Giai Via et al. 2022)\nIntrinsic: old injury, tight tendo Achilles or hamstrings, "
     "weak gastrosoleus, flat foot, pronated foot, genu valgum (weak evidence, mostly midportion)\nExtrinsic: "
     "overuse, training errors, unsuitable footwear, hard surfaces, jumping, running, dancing, trauma\nSymptoms "
     "also: pain on resisted plantar flexion, difficulty walking and climbing stairs\nAcute: relative rest (cut the "
     "provoking loads, keep moving), short-term ice\nLoading: eccentric heel drops on flat ground for insertional "
     "pain (good results 67% vs 32% with drops below a step; Jonsson et al. 2008, Fahlstrom et al. 2003)\nAlso: heel "
     "lifts; shock-wave therapy when exercise alone fails (Rompe et al. 2008)\nWeak evidence: friction massage, "
     "stretching, ultrasound; stretching into dorsiflexion can aggravate it\nFootwear: slightly raised or cushioned "
     "heel, correct fit, heel guard, custom orthotics\nSurgery: discussed after about 3-6 months of conservative care",
     key::kSpurLengthMm, kTendon},
    {"haglund", "Haglund's deformity",
     "Haglund's deformity is an enlarged posterosuperior calcaneal prominence (bursal projection) that presses into "
     "the retrocalcaneal bursa and the front of the Achilles tendon, most in dorsiflexion. A high calcaneal pitch, "
     "as in a cavus foot or hindfoot varus, turns this corner back into bursa and tendon. That is why a total angle "
     "above 89 degrees goes with it. With an inflamed superficial bursa it forms the visible posterolateral pump "
     "bump. Positive parallel pitch lines and a bump of at least 4 mm support it on the lateral radiograph. A "
     "Fowler-Philip angle above 75 degrees is only suggestive, so symptoms and examination decide.",
     "A bony bump on the upper back corner of the heel bone (Haglund's deformity) can press on the Achilles tendon. "
     "It can also squeeze the small fluid sac in front of the tendon. A foot with a high arch tilts this corner "
     "further back into the tendon. Stiff shoe backs rub on the bump and can make it red and sore. A heel guard or a "
     "softer shoe back can take the pressure off.",
     "A low pitch (flat foot) turns the posterosuperior corner forward, away from the tendon",
     "fowler_philip_deg total_angle_deg ppl_bursal_projection_mm haglund_bump_mm xy_ratio",
     kHeelPain | kExercisePlan},
    {"retrocalcaneal_bursitis", "Retrocalcaneal bursitis",
     "Retrocalcaneal bursitis is inflammation of the bursa between the distal Achilles tendon and the "
     "posterosuperior calcaneus, usually from repeated compression by the bursal projection or from overuse. On MRI "
     "the distended bursa exceeds about 1 mm anteroposteriorly, 11 mm transversely or 7 mm craniocaudally, sizes not "
     "seen in healthy volunteers. It hurts just in front of the tendon above the insertion and can bulge on both "
     "sides of it. It often accompanies Haglund's deformity and insertional tendinopathy.",
     "Heel pain can come from a swollen, sore fluid sac behind the heel bone, in front of the Achilles tendon "
     "(retrocalcaneal bursitis). It usually comes from the sac being squeezed again and again. The pain sits at the "
     "back of the heel, just above where the tendon attaches. A swelling may show on both sides of the tendon. A "
     "bony bump on the heel makes it more likely.",
     "", key::kBursaApMm, kHeelPain | kExercisePlan},
    {"superficial_bursitis", "Superficial calcaneal (retro-Achilles) bursitis",
     "The superficial calcaneal (retro-Achilles) bursa is usually acquired, forming under the skin behind the "
     "Achilles tendon where a rigid heel counter rubs, and it protects the skin over the tendon. Continued pressure "
     "and friction inflame it, giving a tender, red and sometimes visible swelling at the back of the heel. Unlike "
     "retrocalcaneal bursitis, the swelling lies behind the tendon rather than in front of it. Care is off-loading: "
     "correct fit, a softer counter or a heel guard.",
     "A sore, swollen fluid sac can form just under the skin at the back of the heel (superficial bursitis). It "
     "usually forms where a stiff shoe back rubs. You may see a red lump behind the tendon. A heel guard, a softer "
     "shoe back or a better fit takes the pressure off.",
     "Site: between skin and Achilles tendon, behind the tendon\nMain cause: pressure and friction from the heel "
     "counter",
     "", kRedFlags | kOtherCauses},
    {"insertional_tendinopathy", "Insertional Achilles tendinopathy",
     "Insertional Achilles tendinopathy is an overuse disorder of the enthesis, where the tendon meets the posterior "
     "calcaneus. The older name tendinitis suggests inflammation, though that is not the main process. The insertion "
     "aches, swells and is tender, building up gradually, sometimes with calcification or a spur. On ultrasound the "
     "insertion is about 1.4 mm thicker than the healthy 3.5-3.9 mm. Dorsiflexion presses the tendon onto the bone, "
     "so loading starts on flat ground rather than below a step.",
     "Pain where the Achilles tendon attaches to the heel bone often comes from a sore, overloaded tendon "
     "(insertional tendinopathy). It comes on gradually, as an ache that builds over weeks. The spot is sore, may be "
     "swollen and is tender to touch. An overloaded tendon can get stronger again with the right exercise. Heel "
     "exercises are done on flat ground. Do not let the heel drop down off a step.",
     "The 6 mm ultrasound limit is a midportion value, not an insertional one\nLoading: eccentric heel drops on flat "
     "ground (good results 67% vs 32% below a step; Jonsson et al. 2008, Fahlstrom et al. 2003)\nAlso: heel lifts; "
     "shock-wave therapy when exercise alone fails (Rompe et al. 2008)",
     "achilles_thickness_insertion_mm achilles_thickness_mri_mm", kTendon},
    {"midportion_tendinopathy", "Midportion (non-insertional) Achilles tendinopathy",
     "Midportion (non-insertional) Achilles tendinopathy affects the tendon body above the calcaneus rather than the "
     "enthesis. Overuse produces a gradual, tender and often spindle-shaped thickening, on ultrasound about 2.7 mm "
     "thicker than the healthy 4.8-5.3 mm. Full-range eccentric heel drops below step level suit this site (Scott et "
     "al. 2011), unlike insertional pain. The plantaris tendon beside the medial Achilles is involved in some cases.",
     "The Achilles tendon can become sore and thickened a little above the heel (midportion tendinopathy). It builds "
     "up gradually from overuse. The tendon may feel stiff at first and ease as you move. An overloaded tendon can "
     "get stronger with a steady exercise plan.",
     "", "achilles_thickness_midportion_mm achilles_thickness_mri_mm", kTendon},
    {"achilles_rupture", "Achilles tendon rupture",
     "An Achilles rupture is nearly always a complete tear, usually 2-6 cm above the insertion in the poorly "
     "supplied watershed zone. It follows a sudden push-off, change of direction, jump or landing, with a pop or "
     "snap as if kicked in the calf. Swelling, bruising, weak plantar flexion and trouble rising on the toes follow. "
     "It is most frequent in men in their 30s and 40s, typically occasional sportsmen, with a later second peak in "
     "older people. On calf squeeze the foot fails to plantarflex (Thompson test), and a gap can be felt. Many can "
     "still walk, and a fifth to a quarter are missed at first. Treatment starts early: a boot holding "
     "plantarflexion, or surgical repair.",
     "A tear of the Achilles tendon (Achilles rupture) happens suddenly, often when you jump, land, push off or "
     "turn. You may feel a pop or snap, as if someone kicked the back of your leg. A sharp pain, swelling and "
     "bruising follow. Stop what you are doing. Do not "
     "stretch it or try to walk it off. See a doctor the same day. You may still be able to walk, but that does not "
     "mean the tendon is whole. Treatment starts early, in a special boot or with an operation.",
     "Peak: men in their 30s and 40s, sport now and then; a second rise in older people (Maffulli et al. "
     "1999)\nUsually a complete tear, 2-6 cm above the insertion; partial tears are rare\nSigns: pop or snap, "
     "swelling, bruising, weak push-off, positive calf-squeeze test, palpable gap\nWalking does not rule it out: a "
     "fifth to a quarter are missed at first\nTreatment: early, in a boot in plantarflexion or by surgery",
     "", kRedFlags | kMedicines},
    {"flat_foot", "Flat foot (pes planus)",
     "In flat foot (pes planus) the medial longitudinal arch collapses: the calcaneal pitch falls, Meary's angle "
     "opens apex plantar and the navicular sinks. A lower pitch turns the posterosuperior calcaneus forward, away "
     "from the Achilles tendon and bursa; a high pitch drives that corner into them (Haglund's deformity). Flat foot "
     "is a reported risk factor for Achilles pain, but the evidence is weak and mostly concerns the midportion. Its "
     "plausible route is the heel: with the calcaneus everted, the tendon runs obliquely and twists, so one side of "
     "the insertion carries more load.",
     "The arch on the inner side of the foot sinks toward the ground (flat foot). The heel bone then lies flatter. "
     "Its upper back corner turns forward, away from the Achilles tendon. Seen from behind, the heel often leans "
     "outward, so the tendon pulls at a slant. A flat foot might slightly raise the chance of heel pain. Many people "
     "with flat feet never get heel pain.",
     "", "calcaneal_pitch_deg meary_angle_deg talocalcaneal_lateral_deg navicular_height_mm hindfoot_valgus_deg"},
    {"hindfoot_pronation", "Hindfoot pronation (foot rolls in)",
     "Hindfoot pronation combines eversion of the calcaneus beneath the talus with collapse of the medial arch and "
     "abduction of the forefoot, so the foot rolls inward. Viewed from behind, the calcaneal bisector leans into "
     "valgus against the distal tibial axis, the navicular drops and more lateral toes show beside the heel. The "
     "everted calcaneus makes the Achilles run obliquely and twist, loading one side of the insertion more. It is a "
     "reported risk factor with weak evidence, mostly for midportion pain.",
     "The foot rolls inward and the arch sinks as you stand (pronation). Seen from behind, the heel leans outward "
     "instead of standing straight. The Achilles tendon then pulls on the heel at a slant. This might slightly raise "
     "the chance of heel pain, but many people with rolled-in feet never get it.",
     "",
     "hindfoot_valgus_deg navicular_drop_mm foot_posture_index kite_angle_deg talonavicular_coverage_deg"},
    {"genu_valgum", "Genu valgum (knock knees)",
     "In genu valgum the knees deviate medially, so the medial femoral condyles touch while the medial malleoli stay "
     "apart. The mechanical axis passes lateral to the knee centre, the hip-knee-ankle angle exceeds 183 degrees and "
     "the intermalleolar distance can exceed 80 mm. It tends to tip the hindfoot into valgus and pronation. It is a "
     "reported risk factor for heel pain, with weak evidence.",
     "The knees angle inward and touch while the ankles stay apart (knock knees). The gap between the ankles is "
     "measured with the knees together. This leg shape can make the heels lean outward and the feet roll in. It "
     "might slightly raise the chance of heel pain, but many people with knock knees never get it.",
     "", "hka_deg mad_mm intermalleolar_distance_mm q_angle_deg tibiofemoral_angle_deg"},
    {"tight_achilles", "Tight Achilles (limited dorsiflexion)",
     "A tight Achilles tendon, or contracted triceps surae, limits ankle dorsiflexion, so the tibia cannot move far "
     "forward over the foot in stance. The foot may compensate by pronating. A tight tendo Achilles and tight "
     "hamstrings are listed as intrinsic factors of Achilles disorders. Stretching has weak evidence, and stretching "
     "into dorsiflexion presses the tendon onto the bone and can aggravate insertional pain.",
     "The calf and Achilles tendon are tight, so the foot cannot bend up toward the shin as far as usual (tight "
     "Achilles). The foot may roll inward to make up for it. If the tendon hurts where it attaches to the heel, hard "
     "stretching can press it against the bone and make it worse. A physiotherapist can show you which exercises are "
     "safe.",
     "Sign: limited ankle dorsiflexion (normal range about 10-20 deg)\nIntrinsic factors: tight tendo Achilles, "
     "tight hamstrings",
     "", kExercisePlan},
    {"alignment_chain", "Alignment chain: knee to heel",
     "Genu valgum, hindfoot pronation and flat foot can form a chain: the knees angle medially, the calcaneus everts "
     "and the medial arch collapses. Their plausible link to the insertion is the line of pull: from behind, the "
     "tendon meets an everted calcaneus obliquely and twists, loading one side of the crescent. From the side, the "
     "lower pitch turns the posterosuperior prominence forward, away from the bursa, so impingement comes with a "
     "high pitch instead. All three are intrinsic risk factors with weak evidence, and many people with them never "
     "have heel pain.",
     "Problems higher up the leg can affect the heel. Knock knees can make the heels lean outward, the feet roll in "
     "and the arches flatten. The Achilles tendon then pulls on the heel at a slant, so one side takes more strain. "
     "These shapes might slightly raise the chance of heel pain. Many people with them never get heel pain.",
     "Line of pull: the posterior overlay's magenta arrow against the heel axis\nA lower pitch turns the "
     "posterosuperior calcaneus away from the tendon; a high pitch drives it in",
     "hka_deg hindfoot_valgus_deg calcaneal_pitch_deg navicular_height_mm"},
};

}  // namespace

std::vector<Card> conditionCardList() { return {std::begin(kConditionCards), std::end(kConditionCards)}; }

}  // namespace anatomy::detail
