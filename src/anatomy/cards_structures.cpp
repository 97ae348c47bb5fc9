// Structure cards: bones, then soft tissue. Patient wording opens with the plain idea and
// puts the name in brackets; measurement facts are named by their table key, never
// written out here (measurement_ranges.cpp holds the numbers).
#include "anatomy/cards_data.h"
#include "anatomy/measurement_keys.h"

namespace anatomy::detail {

namespace {

using namespace notes;

// Text is ASCII only ("deg", "+/-") because the UI's default font covers Latin-1 at most.
constexpr Card kBoneCards[] = {
    {"femur", "Femur (thigh bone)",
     "The femur is the longest bone in the body and spans from the hip to the knee. Its proximal head sits in the "
     "acetabulum on an angled neck; its distal end widens into the medial and lateral condyles, which "
     "articulate with the tibia and guide the patella. In the whole-leg views the line from the femoral head "
     "centre to the knee centre is the femoral mechanical axis of the hip-knee-ankle angle.",
     "Your thigh bone (femur) runs from the hip down to the knee. Its round top fits into the hip socket. Its wide "
     "lower end forms the top half of the knee. The app uses it to check whether the leg is straight.",
     "Femoral mechanical axis: femoral head centre -> knee centre\n"
     "Intermalleolar distance is taken with the medial femoral condyles touching",
     key::kHkaDeg},
    {"patella", "Patella (kneecap)",
     "The patella is a sesamoid bone embedded in the quadriceps tendon in front of the distal femur. It glides in "
     "the trochlear groove between the femoral condyles and lengthens the lever arm of the knee extensors. It is "
     "shown in the whole-leg views so that frontal-plane knee alignment, such as genu valgum, can be judged.",
     "Your kneecap (patella) sits inside the tendon at the front of the knee. It slides up and down a groove in "
     "the thigh bone as you bend and straighten the leg.",
     "", "q_angle_deg"},
    {"tibia", "Tibia (shin bone)",
     "The tibia is the medial, main weight-bearing bone of the leg, running from the tibial plateau at the knee to "
     "the ankle. Its distal articular surface, the plafond, roofs the ankle mortise above the talar dome, and its "
     "medial malleolus forms the inner wall of the joint. Its triangular shaft has a sharp anterior border (the "
     "shin) and a flat medial surface under the skin, and the tuberosity below the plateau takes the patellar "
     "tendon. The distal tibial axis is the reference line for hindfoot alignment on the posterior view.",
     "Your shin bone (tibia) carries most of your weight between the knee and the ankle. Its flat lower end forms "
     "the roof of the ankle joint. The knob on the inner side of your ankle is the end of this bone.",
     "Length, intercondylar eminence to ankle centre: 371.9 +/- 25.4 mm\n"
     "Tibial mechanical axis: knee centre -> ankle centre"},
    {"fibula", "Fibula (outer leg bone)",
     "The fibula is the slender bone lateral to the tibia and carries only a small share of body weight. Its distal "
     "end, the lateral malleolus, forms the outer wall of the ankle mortise and reaches further distally than the "
     "medial malleolus. It anchors muscles and ligaments and buttresses the talus laterally.",
     "The thin bone on the outer side of your lower leg (fibula) carries little of your weight. The knob on the "
     "outside of your ankle is its lower end. It helps keep the ankle joint steady.",
     ""},
    {"talus", "Talus (ankle bone)",
     "The talus links the leg to the foot and has no muscle attachments, so it moves only through the joints "
     "around it. Its body carries the trochlea (talar dome), a pulley wider in front than behind, in the mortise "
     "beneath the tibial plafond. The lateral process bears the fibular facet, and the small posterior process is "
     "grooved by flexor hallucis longus. The neck leads forward to the head that articulates with the navicular, "
     "and below it rests on the calcaneus at the subtalar joint.",
     "Your ankle bone (talus) sits between the shin bone and the heel bone. Its rounded top fits into the ankle "
     "joint so the foot can point up and down. Below, it rests on the heel bone, which lets the foot tilt side to "
     "side. No muscles attach to it.",
     "Size (L x W x H): men 60.9 x 43.0 x 33.8 mm; women 54.4 x 39.8 x 29.7 mm\n"
     "Talar axis (body centre -> head centre) is used for Meary's angle"},
    {"calcaneus", "Calcaneus (heel bone)",
     "The calcaneus is the largest tarsal bone and forms the heel. Behind, the posterior tuberosity receives the "
     "Achilles tendon in a crescent-shaped footprint, and above it the posterosuperior prominence (bursal "
     "projection) faces the retrocalcaneal bursa; an enlarged prominence is Haglund's deformity. Medially the "
     "sustentaculum tali, a shelf carrying the middle talar facet over the flexor hallucis longus groove, supports "
     "the talus, and laterally the peroneal trochlea parts the peroneal tendons. Below, the tuberosity ends in "
     "medial and lateral plantar processes, and in front the anterior process meets the cuboid.",
     "Your heel bone (calcaneus) is the biggest bone in the foot. The Achilles tendon attaches to the back of it. "
     "Just above that spot, a rounded corner sits close to the tendon and a small fluid sac. When that corner is "
     "too big, it is called a Haglund's bump.",
     "Size: length 74.2 +/- 3.0, width 43.0 +/- 4.0, height 42.5 +/- 3.0 mm\nBohler angle: 32.3 +/- 5.0 deg",
     "calcaneal_pitch_deg fowler_philip_deg"},
    {"navicular", "Navicular (boat-shaped midfoot bone)",
     "The navicular lies on the medial side of the midfoot between the head of the talus and the three cuneiforms "
     "and is a key bone of the medial longitudinal arch. Its medial tuberosity can be palpated in front of and "
     "below the medial malleolus and receives the main insertion of the tibialis posterior tendon. Navicular "
     "height, from the floor to this tuberosity, is a simple index of arch height.",
     "A boat-shaped bone (navicular) sits near the top of the inner arch of your foot. A small bump on its inner "
     "side can be felt in front of the ankle. The lower this bump sits, the flatter the arch.",
     "", "navicular_height_mm navicular_drop_mm"},
    {"cuboid", "Cuboid (outer midfoot bone)",
     "The cuboid is the lateral bone of the midfoot, lying between the anterior process of the calcaneus behind and "
     "the bases of the fourth and fifth metatarsals in front. Its plantar surface is grooved by the fibularis "
     "(peroneus) longus tendon, and its medial side touches the lateral cuneiform. The lowest point of the "
     "calcaneocuboid joint is the front landmark of the calcaneal pitch.",
     "A cube-shaped bone (cuboid) sits on the outer side of your midfoot. It lies in front of the heel bone and "
     "behind the long bones of the fourth and fifth toes. It helps form the low arch along the outer edge of the "
     "foot.",
     ""},
    {"medial_cuneiform", "Medial cuneiform (inner wedge bone)",
     "The medial cuneiform is the largest of the three wedge-shaped cuneiforms and sits between the navicular and "
     "the base of the first metatarsal. Together with the first metatarsal it forms the medial column of the foot, "
     "and it receives part of the tibialis anterior tendon.",
     "The biggest of three small wedge-shaped bones in your midfoot (cuneiform) sits on the inner side. It lines "
     "up with the big toe. It links the arch to the long bone of the big toe.",
     ""},
    {"intermediate_cuneiform", "Intermediate cuneiform (middle wedge bone)",
     "The intermediate cuneiform is the smallest cuneiform and lies between the medial and lateral cuneiforms, "
     "behind the base of the second metatarsal. Because it is shorter than its neighbours, the second metatarsal "
     "base is recessed into a notch between them, which locks the tarsometatarsal (Lisfranc) joint line.",
     "The smallest of three wedge-shaped bones in your midfoot (cuneiform) sits behind the long bone of the second "
     "toe. Its short length lets that bone sit in a notch. This helps lock the midfoot.",
     ""},
    {"lateral_cuneiform", "Lateral cuneiform (outer wedge bone)",
     "The lateral cuneiform lies between the intermediate cuneiform and the cuboid, in front of the navicular. It "
     "carries the base of the third metatarsal and helps shape the transverse arch across the midfoot.",
     "A wedge-shaped bone (cuneiform) sits in your midfoot, toward the outer side. It lies behind the long bone of "
     "the third toe. It helps form the arch that runs across the foot.",
     ""},
    {"metatarsal_1", "First metatarsal",
     "The first metatarsal is the shortest and thickest metatarsal and takes a large share of forefoot load at "
     "push-off. Its base meets the medial cuneiform, and its head articulates with the proximal phalanx of the "
     "hallux and rests on two sesamoid bones. Its long axis, from base centre to head centre, is compared with the "
     "talar axis to give Meary's angle.",
     "The long bone behind your big toe (first metatarsal) is short and thick. It takes a lot of weight when you "
     "push off. The app compares its line with the line of the ankle bone to judge the arch.",
     "", key::kMearyAngleDeg},
    {"metatarsal_2", "Second metatarsal",
     "The second metatarsal is usually the longest metatarsal. Its base is recessed between the medial and lateral "
     "cuneiforms, which makes it the stiffest ray and a common site of stress fracture. Its head meets the proximal "
     "phalanx of the second toe.",
     "The long bone behind your second toe (second metatarsal) is usually the longest one in the foot. Its back end "
     "is locked in between its neighbours. That makes it stiff, so it can crack from overuse.",
     ""},
    {"metatarsal_3", "Third metatarsal",
     "The third metatarsal runs from the lateral cuneiform to the third toe in the middle of the forefoot. With the "
     "second metatarsal it forms the relatively rigid central part of the forefoot.",
     "The long bone behind your middle toe (third metatarsal) sits in the centre of the front of the foot. It joins "
     "a wedge-shaped bone at the back and the toe at the front.",
     ""},
    {"metatarsal_4", "Fourth metatarsal",
     "The fourth metatarsal articulates proximally with the cuboid and, to a small degree, the lateral cuneiform. It "
     "is more mobile than the central metatarsals, which helps the forefoot adapt to uneven ground.",
     "The long bone behind your fourth toe (fourth metatarsal) joins the cube-shaped bone on the outer side of the "
     "foot. It can move a little more than its neighbours, which helps on uneven ground.",
     ""},
    {"metatarsal_5", "Fifth metatarsal",
     "The fifth metatarsal forms the lateral border of the forefoot and articulates with the cuboid. Its base "
     "flares into a palpable tuberosity that receives the fibularis (peroneus) brevis tendon, and the adjoining "
     "proximal shaft is a well-known fracture site.",
     "The long bone behind your little toe (fifth metatarsal) runs along the outer edge of the foot. The bump you "
     "can feel halfway along that edge is its back end. A tendon from the outer calf attaches there.",
     ""},
};

constexpr Card kSoftTissueCards[] = {
    {"achilles_tendon", "Achilles tendon (heel cord)",
     "The Achilles (calcaneal) tendon is the largest and strongest tendon of the body, formed in the lower calf "
     "where the two gastrocnemius heads and the soleus (triceps surae) merge. It ends in a "
     "crescent-shaped insertion, broader medially, on the middle zone of the posterior calcaneus below the smooth "
     "bursal projection. It transmits the plantar flexion force that drives walking, running and jumping.",
     "The thick cord at the back of your ankle is the Achilles tendon. It is the largest and strongest tendon in the "
     "body. It joins your calf muscles to the back of your heel bone. When the calf tightens, it pulls the heel up "
     "so you can walk, run and jump.",
     "Cross-section ~0.58 cm^2\n"
     "Footprint: crescent, radius of curvature 13.8-43.6 mm (mean 20.4), wider medially (Lohrer et al. 2008)\n"
     "Insertion to medial gastrocnemius: 180.6 +/- 25.0 mm (~49% of tibia length)\n"
     "Achilles injuries in general are most common from 45 to 60, often when activity starts or rises",
     "achilles_thickness_midportion_mm achilles_thickness_insertion_mm achilles_thickness_mri_mm"},
    {"gastrocnemius_medial_head", "Gastrocnemius, medial head (inner calf muscle)",
     "The medial head of the gastrocnemius arises from the posterior femur just above the medial condyle and forms "
     "the larger, lower-reaching bulge of the calf. Because the gastrocnemius crosses both knee and ankle, it plantar "
     "flexes the ankle most strongly with the knee straight and also assists knee flexion. Its tendon merges with "
     "that of the soleus to form the Achilles tendon.",
     "The inner half of your main calf muscle (gastrocnemius) starts just above the back of the knee. It makes the "
     "bulge on the inner calf and joins the Achilles tendon. It works hardest when you rise on your toes with a "
     "straight knee.",
     ""},
    {"gastrocnemius_lateral_head", "Gastrocnemius, lateral head (outer calf muscle)",
     "The lateral head of the gastrocnemius arises from the posterior femur above the lateral condyle and is usually "
     "smaller than the medial head. It crosses knee and ankle alongside the medial head, and both heads join the "
     "soleus to form the Achilles tendon. Gastrocnemius tightness shows best as limited dorsiflexion with the knee "
     "extended.",
     "The outer half of your main calf muscle (gastrocnemius) starts just above the back of the knee. It joins the "
     "Achilles tendon. A tight calf can stop the foot from bending up toward the shin.",
     ""},
    {"soleus", "Soleus (deep calf muscle)",
     "The soleus is a broad, flat muscle deep to the gastrocnemius that arises from the posterior surfaces of the "
     "upper tibia and fibula. It crosses only the ankle, so it plantar flexes the foot whatever the knee position "
     "and works continuously in upright posture. Its tendon joins those of the gastrocnemius heads to form the "
     "Achilles tendon, and weak or inefficient gastrosoleus muscles are an intrinsic factor in Achilles disorders.",
     "A flat calf muscle (soleus) lies under the bigger calf muscle. It only crosses the ankle, so it works whether "
     "the knee is bent or straight. Its tendon joins the Achilles tendon. Weak calf muscles put more strain on the "
     "Achilles.",
     ""},
    {"plantar_fascia", "Plantar fascia (sole band)",
     "The plantar fascia (plantar aponeurosis) is a thick connective-tissue band from the plantar calcaneal "
     "tuberosity, mainly its medial process, fanning forward to the bases of the toes. It ties the ends "
     "of the medial longitudinal arch together like a bowstring. When the toes dorsiflex at push-off it winds "
     "tight and raises the arch (windlass mechanism).",
     "A strong band under the sole of your foot (plantar fascia) runs from the bottom of the heel to the base of the "
     "toes. It works like a bowstring that holds up the arch. When you rise onto your toes, it tightens and lifts "
     "the arch.",
     ""},
    {"retrocalcaneal_bursa", "Retrocalcaneal bursa",
     "The retrocalcaneal bursa is a small synovial sac wedged between the anterior surface of the distal Achilles "
     "tendon and the posterosuperior prominence of the calcaneus. It lets the tendon slide over the bone as the "
     "ankle moves, and the tip of Kager's fat pad moves in and out of it. When inflamed it distends and can be "
     "pinched by a prominent bursal projection (Haglund's deformity).",
     "A tiny fluid-filled sac (bursa) sits between the Achilles tendon and the upper back corner of the heel bone. "
     "It lets the tendon glide smoothly over the bone. If it is squeezed again and again, it can swell and hurt.",
     "", key::kBursaApMm},
    {"superficial_calcaneal_bursa", "Superficial calcaneal (retro-Achilles) bursa",
     "The superficial calcaneal (retro-Achilles) bursa lies under the skin behind the Achilles tendon, level with "
     "the bursal projection. It is usually acquired, forming where a shoe's heel counter rubs, and it protects the "
     "skin over the tendon. Under continued pressure it thickens and becomes inflamed.",
     "A small fluid sac (bursa) can form just under the skin at the back of the heel. It usually appears where a "
     "stiff shoe back rubs, and it protects the skin over the tendon. Too much rubbing can make it red, sore and "
     "swollen.",
     ""},
    {"kager_fat_pad", "Kager's fat pad",
     "Kager's fat pad fills the triangle between the Achilles tendon behind, the flexor hallucis longus and deep "
     "flexor compartment in front, and the upper border of the calcaneus below. It lies directly in front "
     "of the Achilles tendon, and its wedge-shaped distal tip slides into the retrocalcaneal bursa during plantar "
     "flexion. This movement is thought to buffer pressure in the bursa and to protect the vessels that reach the "
     "tendon.",
     "A soft cushion of fat (Kager's fat pad) sits just in front of the Achilles tendon, above the heel bone. It "
     "fills the gap between the tendon and the deeper parts of the leg. As the foot moves, its tip slides in and "
     "out beside the tendon to protect it.",
     ""},
    {"skin", "Skin",
     "The skin is drawn translucent so that the bones, tendon, bursae and fat pad beneath it remain visible. Over "
     "the posterior heel it covers the superficial calcaneal bursa and the Achilles insertion, where a nodule, "
     "swelling or redness from calcific tendinopathy or bursitis may be seen or palpated.",
     "The skin is shown see-through so you can look at the parts underneath. At the back of the heel, a lump, "
     "swelling or redness of the skin can point to a problem below it.",
     ""},
    {"calcific_spur", "Calcific spur (posterior heel spur)",
     "The posterior heel spur is an enthesophyte: ossified fibrocartilage of the Achilles insertion, continuous "
     "with the calcaneal cortex and growing upward into the tendon along its fibres. It usually arises from the "
     "lower, lateral part of the crescent-shaped footprint (Chao et al. 1997). Spur length is measured from the "
     "cortex on the lateral view.",
     "A small spike of extra bone can grow at the back of the heel (heel spur). It forms from calcium build-up where "
     "the Achilles tendon attaches. It can press into the tendon and make it sore. Many people have a spur that "
     "never hurts.",
     "Not the same as calcific deposits inside the tendon body", key::kSpurLengthMm, kRedFlags | kSuddenPain},
    {"tendon_calcific_deposits", "Calcific deposits in the tendon body",
     "Calcific deposits can also form inside the main body of the Achilles tendon, above the insertion. They are "
     "distinct from the insertional spur, which is ossified enthesis rather than calcium laid down in the tendon. In "
     "the model they appear as small nodules that grow with the deposits control.",
     "Calcium can also build up inside the tendon itself, a little above the heel (calcific deposits). These small "
     "hard lumps can make the tendon thick and sore. In the app they grow as you move the deposits slider.",
     "Where: the tendon body above the insertion\nOften seen together with an insertional spur", "",
     kRedFlags | kSuddenPain},
};

}  // namespace

std::vector<Card> boneCards() { return {std::begin(kBoneCards), std::end(kBoneCards)}; }
std::vector<Card> softTissueCards() { return {std::begin(kSoftTissueCards), std::end(kSoftTissueCards)}; }

}  // namespace anatomy::detail
