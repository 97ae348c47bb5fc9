#include "anatomy/cards.h"

#include <deque>
#include <string>

namespace anatomy {

namespace {

// Text is ASCII only ("deg", "+/-") because the UI's default font covers Latin-1 at most.
constexpr Card kBoneCards[] = {
    {"femur", "Femur (thigh bone)",
     "The femur is the longest bone in the body and spans from the hip to the knee. Its proximal head sits in the "
     "acetabulum, and its distal end widens into the medial and lateral condyles, which articulate with the tibia "
     "and guide the patella. In the whole-leg views the line from the centre of the femoral head to the knee centre "
     "is the femoral mechanical axis used for the hip-knee-ankle angle.",
     "The femur is your thigh bone. It runs from the hip down to the knee. Its round top fits into the hip socket, "
     "and its wide lower end forms the top half of the knee. The app uses it to check whether the leg is straight.",
     "Femoral mechanical axis: femoral head centre -> knee centre\nHKA angle: normal 180 +/- 3 deg; > 183 deg valgus\n"
     "Intermalleolar distance is taken with the medial femoral condyles touching"},
    {"patella", "Patella (kneecap)",
     "The patella is a sesamoid bone embedded in the quadriceps tendon in front of the distal femur. It glides in "
     "the trochlear groove between the femoral condyles and lengthens the lever arm of the knee extensors. It is "
     "shown in the whole-leg views so that frontal-plane knee alignment, such as genu valgum, can be judged.",
     "The patella is your kneecap. It sits inside the tendon at the front of the knee. It slides up and down a "
     "groove in the thigh bone as you bend and straighten the leg.",
     "Q-angle: men 14 +/- 3 deg, women 17 +/- 3 deg\nQ-angle >= 20 deg suggests malalignment"},
    {"tibia", "Tibia (shin bone)",
     "The tibia is the medial, main weight-bearing bone of the leg, running from the tibial plateau at the knee to "
     "the ankle. Its distal articular surface, the plafond, roofs the ankle mortise above the talar dome, and its "
     "medial malleolus forms the inner wall of the joint. The distal tibial axis is the reference line for hindfoot "
     "valgus on the posterior view.",
     "The tibia is your shin bone. It is the main bone that carries your weight between the knee and the ankle. "
     "Its flat lower end forms the roof of the ankle joint. The knob on the inner side of your ankle is the end of "
     "this bone.",
     "Length, intercondylar eminence to ankle centre: 371.9 +/- 25.4 mm\n"
     "Tibial mechanical axis: knee centre -> ankle centre"},
    {"fibula", "Fibula (outer leg bone)",
     "The fibula is the slender bone lateral to the tibia and carries only a small share of body weight. Its distal "
     "end, the lateral malleolus, forms the outer wall of the ankle mortise and reaches further distally than the "
     "medial malleolus. It serves mainly as an anchor for muscles and ligaments and as a lateral buttress for the "
     "talus.",
     "The fibula is the thin bone on the outer side of your lower leg. It carries little of your weight. The knob "
     "on the outside of your ankle is its lower end, and it helps keep the ankle joint steady.",
     ""},
    {"talus", "Talus (ankle bone)",
     "The talus links the leg to the foot and has no muscle attachments, so it moves only through the joints "
     "around it. Its body carries the trochlea (talar dome), which sits in the mortise beneath the tibial plafond "
     "between the malleoli, while the neck leads forward to the head that articulates with the navicular. Below, it "
     "rests on the calcaneus at the subtalar joint, which lets the hindfoot tilt inward and outward.",
     "The talus is the ankle bone between your shin bone and your heel bone. Its rounded top fits into the ankle "
     "joint so the foot can point up and down. Below, it rests on the heel bone, which lets the foot tilt side to "
     "side. No muscles attach to it.",
     "Size (L x W x H): men 60.9 x 43.0 x 33.8 mm; women 54.4 x 39.8 x 29.7 mm\n"
     "Talar axis (body centre -> head centre) is used for Meary's angle"},
    {"calcaneus", "Calcaneus (heel bone)",
     "The calcaneus is the largest tarsal bone and forms the heel. Behind, the posterior tuberosity receives the "
     "Achilles tendon in a crescent-shaped footprint, and just above it the posterosuperior prominence (bursal "
     "projection) faces the retrocalcaneal bursa; an enlarged prominence is Haglund's deformity. Medially the "
     "sustentaculum tali forms a shelf that supports the talus, and in front the anterior process meets the cuboid "
     "at the calcaneocuboid joint.",
     "The calcaneus is your heel bone, the biggest bone in the foot. The Achilles tendon attaches to the back of "
     "it. Just above that spot is a rounded corner that can rub on the tendon and on a small fluid-filled cushion. "
     "If that corner grows too big, it is called a Haglund's bump.",
     "Size: length 74.2 +/- 3.0, width 43.0 +/- 4.0, height 42.5 +/- 3.0 mm\n"
     "Calcaneal pitch: normal 20-30 deg; flat foot < 18 deg\nFowler-Philip angle: normal 44-69 deg; > 75 deg Haglund\n"
     "Bohler angle: 32.3 +/- 5.0 deg"},
    {"navicular", "Navicular (boat-shaped midfoot bone)",
     "The navicular lies on the medial side of the midfoot between the head of the talus and the three cuneiforms "
     "and acts as the keystone of the medial longitudinal arch. Its medial tuberosity can be palpated in front of "
     "and below the medial malleolus and receives the main insertion of the tibialis posterior tendon. Navicular "
     "height, measured from the floor to this tuberosity, is a simple index of arch height.",
     "The navicular is a boat-shaped bone at the top of the inner arch of your foot. A small bump on its inner side "
     "can be felt in front of the ankle. The lower this bump sits, the flatter the arch.",
     "Navicular height (standing): normal 36-55 mm; low 27-35 mm; severely low < 27 mm\n"
     "Navicular drop: normal 5-9 mm; > 10 mm pronated"},
    {"cuboid", "Cuboid (outer midfoot bone)",
     "The cuboid is the lateral bone of the midfoot, lying between the anterior process of the calcaneus behind and "
     "the bases of the fourth and fifth metatarsals in front. Its plantar surface is grooved by the fibularis "
     "(peroneus) longus tendon, and its medial side touches the lateral cuneiform. The lowest point of the "
     "calcaneocuboid joint is the front landmark of the calcaneal pitch.",
     "The cuboid is a cube-shaped bone on the outer side of your midfoot. It sits in front of the heel bone and "
     "behind the long bones of the fourth and fifth toes. It helps form the low arch along the outer edge of the "
     "foot.",
     ""},
    {"medial_cuneiform", "Medial cuneiform (inner wedge bone)",
     "The medial cuneiform is the largest of the three wedge-shaped cuneiforms and sits between the navicular and "
     "the base of the first metatarsal. Together with the first metatarsal it forms the medial column of the foot, "
     "and it receives part of the tibialis anterior tendon.",
     "This is the biggest of three small wedge-shaped bones in the middle of your foot. It sits on the inner side, "
     "in line with the big toe. It links the arch to the long bone of the big toe.",
     ""},
    {"intermediate_cuneiform", "Intermediate cuneiform (middle wedge bone)",
     "The intermediate cuneiform is the smallest cuneiform and lies between the medial and lateral cuneiforms, "
     "behind the base of the second metatarsal. Because it is shorter than its neighbours, the second metatarsal "
     "base is recessed into a notch between them, which locks the tarsometatarsal (Lisfranc) joint line.",
     "This is the smallest of the three wedge-shaped bones in the middle of your foot. It sits behind the long bone "
     "of the second toe. Its short length lets that bone sit in a notch, which helps lock the midfoot.",
     ""},
    {"lateral_cuneiform", "Lateral cuneiform (outer wedge bone)",
     "The lateral cuneiform lies between the intermediate cuneiform and the cuboid, in front of the navicular. It "
     "carries the base of the third metatarsal and helps shape the transverse arch across the midfoot.",
     "This wedge-shaped bone sits in the middle of your foot, toward the outer side. The long bone of the third toe "
     "starts just in front of it. It helps form the arch that runs across the foot.",
     ""},
    {"metatarsal_1", "First metatarsal",
     "The first metatarsal is the shortest and thickest metatarsal and takes a large share of forefoot load at "
     "push-off. Its base meets the medial cuneiform, and its head articulates with the proximal phalanx of the "
     "hallux and rests on two sesamoid bones. Its long axis, from base centre to head centre, is compared with the "
     "talar axis to give Meary's angle.",
     "This is the long bone behind your big toe. It is short and thick because it takes a lot of weight when you "
     "push off. The app compares its line with the line of the ankle bone to judge the arch.",
     "Meary's angle: normal 0 +/- 4 deg\nPlanus: > 4 deg apex plantar (mild < 15, moderate 15-30, severe > 30 deg)"},
    {"metatarsal_2", "Second metatarsal",
     "The second metatarsal is usually the longest metatarsal. Its base is recessed between the medial and lateral "
     "cuneiforms, which makes it the stiffest ray and a common site of stress fracture. Its head meets the proximal "
     "phalanx of the second toe.",
     "This is the long bone behind your second toe, and it is usually the longest one in the foot. Its back end is "
     "locked in between its neighbours. That makes it stiff, so it can crack from overuse.",
     ""},
    {"metatarsal_3", "Third metatarsal",
     "The third metatarsal runs from the lateral cuneiform to the third toe in the middle of the forefoot. With the "
     "second metatarsal it forms the relatively rigid central part of the forefoot.",
     "This is the long bone behind your middle toe. It sits in the centre of the front of the foot. It joins a "
     "wedge-shaped bone at the back and the toe at the front.",
     ""},
    {"metatarsal_4", "Fourth metatarsal",
     "The fourth metatarsal articulates proximally with the cuboid and, to a small degree, the lateral cuneiform. It "
     "is more mobile than the central metatarsals, which helps the forefoot adapt to uneven ground.",
     "This is the long bone behind your fourth toe. It joins the cube-shaped bone on the outer side of the foot. It "
     "can move a little more than its neighbours, which helps on uneven ground.",
     ""},
    {"metatarsal_5", "Fifth metatarsal",
     "The fifth metatarsal forms the lateral border of the forefoot and articulates with the cuboid. Its base "
     "flares into a palpable tuberosity that receives the fibularis (peroneus) brevis tendon, and the adjoining "
     "proximal shaft is a well-known fracture site.",
     "This is the long bone behind your little toe, along the outer edge of the foot. The bump you can feel halfway "
     "along that edge is its back end. A tendon from the outer calf attaches there.",
     ""},
};

constexpr Card kSoftTissueCards[] = {
    {"achilles_tendon", "Achilles tendon (heel cord)",
     "The Achilles (calcaneal) tendon is the largest and strongest tendon of the body, formed where the tendons of "
     "the two gastrocnemius heads and the soleus (triceps surae) merge in the lower calf. It descends to a "
     "crescent-shaped insertion on the posterior surface of the calcaneal tuberosity, broader medially and usually "
     "in the upper or middle third of the posterior calcaneus. It transmits the plantar flexion force that drives "
     "walking, running and jumping.",
     "The Achilles tendon is the thick cord at the back of your ankle. It is the largest and strongest tendon in the "
     "body. It joins your calf muscles to the back of your heel bone. When the calf tightens, it pulls the heel up "
     "so you can walk, run and jump.",
     "AP thickness (US): midportion ~4.8-5.3 mm (up to ~6.8), insertion ~3.5-3.9 mm (up to ~5.1)\n"
     "> 6 mm: classic limit for tendinopathy\nCross-section ~0.58 cm^2\n"
     "Footprint: crescent, radius of curvature 13.8-43.6 mm (mean 20.4), wider medially\n"
     "Footprint level: upper third of posterior calcaneus in 55%, middle third in 40%\n"
     "Insertion to medial gastrocnemius: 180.6 +/- 25.0 mm (~49% of tibia length)"},
    {"gastrocnemius_medial_head", "Gastrocnemius, medial head (inner calf muscle)",
     "The medial head of the gastrocnemius arises from the posterior femur just above the medial condyle and forms "
     "the larger, lower-reaching bulge of the calf. Because the gastrocnemius crosses both knee and ankle, it plantar "
     "flexes the ankle most strongly with the knee straight and also assists knee flexion. Its tendon merges with "
     "that of the soleus to form the Achilles tendon.",
     "This is the inner half of your main calf muscle. It starts just above the back of the knee and makes the "
     "bulge on the inner calf. It joins the Achilles tendon and works hardest when you rise on your toes with a "
     "straight knee.",
     ""},
    {"gastrocnemius_lateral_head", "Gastrocnemius, lateral head (outer calf muscle)",
     "The lateral head of the gastrocnemius arises from the posterior femur above the lateral condyle and is usually "
     "smaller than the medial head. It crosses knee and ankle alongside the medial head, and both heads join the "
     "soleus to form the Achilles tendon. Gastrocnemius tightness shows best as limited dorsiflexion with the knee "
     "extended.",
     "This is the outer half of your main calf muscle. It starts just above the back of the knee on the outer side "
     "and joins the Achilles tendon. A tight calf can stop the foot from bending up toward the shin.",
     ""},
    {"soleus", "Soleus (deep calf muscle)",
     "The soleus is a broad, flat muscle deep to the gastrocnemius that arises from the posterior surfaces of the "
     "upper tibia and fibula. It crosses only the ankle, so it plantar flexes the foot whatever the knee position "
     "and works continuously in upright posture. Its tendon joins those of the gastrocnemius heads to form the "
     "Achilles tendon, and weak or inefficient gastrosoleus muscles are an extrinsic factor in Achilles disorders.",
     "The soleus is a flat calf muscle that lies under the bigger calf muscle. It only crosses the ankle, so it "
     "works whether the knee is bent or straight. Its tendon joins the Achilles tendon. Weak calf muscles put more "
     "strain on the Achilles.",
     ""},
    {"plantar_fascia", "Plantar fascia (sole band)",
     "The plantar fascia (plantar aponeurosis) is a thick band of connective tissue that arises from the plantar "
     "calcaneal tuberosity, mainly its medial process, and fans forward to the bases of the toes. It ties the ends "
     "of the medial longitudinal arch together like a bowstring. When the toes dorsiflex at push-off it winds "
     "tight and raises the arch (windlass mechanism).",
     "The plantar fascia is a strong band under the sole of your foot. It runs from the bottom of the heel to the "
     "base of the toes. It works like a bowstring that holds up the arch. When you rise onto your toes, it tightens "
     "and lifts the arch.",
     ""},
    {"retrocalcaneal_bursa", "Retrocalcaneal bursa",
     "The retrocalcaneal bursa is a small synovial sac wedged between the anterior surface of the distal Achilles "
     "tendon and the posterosuperior prominence of the calcaneus. It lets the tendon slide over the bone as the "
     "ankle moves, and the tip of Kager's fat pad moves in and out of it. When inflamed it distends and can be "
     "pinched by a prominent bursal projection (Haglund's deformity).",
     "This bursa is a tiny sac of fluid between the Achilles tendon and the upper back corner of the heel bone. It "
     "lets the tendon glide smoothly over the bone. If it is squeezed again and again, it can swell and hurt.",
     "Normal size: AP ~1, transverse ~6, craniocaudal ~3 mm\nBursitis: AP > 1, transverse > 11, craniocaudal > 7 mm"},
    {"superficial_calcaneal_bursa", "Superficial calcaneal (retro-Achilles) bursa",
     "The superficial calcaneal (retro-Achilles) bursa lies in the subcutaneous tissue between the skin and the "
     "posterior surface of the Achilles tendon near its insertion. It reduces friction between skin and tendon and "
     "tends to thicken and become inflamed under pressure from a rigid heel counter.",
     "This bursa is a small sac of fluid just under the skin at the back of the heel. It sits on top of the Achilles "
     "tendon. The stiff back of a shoe can rub it and make it red, sore and swollen.",
     ""},
    {"kager_fat_pad", "Kager's fat pad",
     "Kager's fat pad fills the triangular space bounded by the Achilles tendon behind, the flexor hallucis longus "
     "and deep flexor compartment in front, and the upper border of the calcaneus below. It lies directly in front "
     "of the Achilles tendon, and its wedge-shaped distal tip slides into the retrocalcaneal bursa during plantar "
     "flexion. This movement is thought to buffer pressure in the bursa and to protect the vessels that reach the "
     "tendon.",
     "Kager's fat pad is a soft cushion of fat just in front of the Achilles tendon, above the heel bone. It fills "
     "the gap between the tendon and the deeper parts of the leg. As the foot moves, its tip slides in and out "
     "beside the tendon to protect it.",
     ""},
    {"skin", "Skin",
     "The skin is drawn translucent so that the bones, tendon, bursae and fat pad beneath it remain visible. Over "
     "the posterior heel it covers the superficial calcaneal bursa and the Achilles insertion, where a nodule, "
     "swelling or redness from calcific tendinopathy or bursitis may be seen or palpated.",
     "The skin is shown see-through so you can look at the parts underneath. At the back of the heel, a lump, "
     "swelling or redness of the skin can point to a problem below it.",
     ""},
    {"calcific_spur", "Calcific spur (posterior heel spur)",
     "The calcific spur is new bone that forms within the Achilles enthesis on the posterior calcaneal tuberosity "
     "as calcium deposits accumulate in the insertion. It usually grows upward from the lower lateral edge of the "
     "crescent-shaped footprint into the tendon. In the model its length follows the severity control from zero, "
     "and spur length is measured from the calcaneal cortex on the lateral view.",
     "This spur is a small spike of extra bone at the back of the heel. It forms where calcium builds up at the spot "
     "where the Achilles tendon attaches. It can poke into the tendon and make it sore. In the app it grows as you "
     "raise the severity slider.",
     "Normal: no spur\nLength groups: < 5 mm, 5-10 mm, > 10 mm\n> 10 mm with > 20 deg inclination: worst symptoms\n"
     "Model: 0 mm at severity 0, >= 12 mm at full severity"},
    {"tendon_calcific_deposits", "Calcific deposits in the tendon body",
     "Calcific tendinopathy is not always confined to the enthesis: calcium deposits can also form inside the main "
     "body of the Achilles tendon, above the insertion. In the model they appear as small nodules within the band "
     "2-5 cm above the heel and grow with the deposits control, on top of the insertional spur.",
     "Sometimes calcium also builds up inside the tendon itself, a little above the heel. These small hard lumps "
     "can make the tendon thick and sore. In the app they grow as you raise the deposits slider.",
     "Where: the tendon body above the insertion\nOften seen together with an insertional spur"},
};

constexpr Card kConditionCards[] = {
    {"calcific_spur", "Insertional calcific tendinopathy (calcific spur)",
     "In insertional calcific tendinopathy, repeated stress and stretch at the Achilles enthesis over days and "
     "months cause irritation and swelling and then calcium deposition that forms a posterior calcaneal spur; "
     "deposits may also extend into the main body of the tendon, and the exact cause is still unknown. Risk rises "
     "with age, diabetes mellitus and hypothyroidism, and contributing factors are grouped as intrinsic (previous "
     "injury, tight Achilles or hamstrings, flat or pronated foot, genu valgum) or extrinsic (overuse, unsuitable "
     "footwear, poor training technique, jumping, running, dancing, cycling, trauma, weak gastrosoleus). Typical "
     "complaints are posterior heel pain with running, jumping or hill work, then aching and stiffness that settle "
     "once the patient warms up, reduced dorsiflexion, a tender nodule, pain on resisted plantar flexion and "
     "difficulty with walking and stairs. Care begins with rest, activity change and ice, then friction massage, "
     "stretching, ultrasound and strengthening that progresses to heavy-load eccentric exercise, with raised or "
     "cushioned heels and heel guards or orthotics, and surgery is kept for failure of conservative treatment.",
     "Calcium can build up where the Achilles tendon attaches to the heel, forming a small spur of bone. It is more "
     "common with age, diabetes or an underactive thyroid gland. The back of the heel hurts when you run, jump or "
     "climb stairs, and it feels stiff until you get moving. Rest, ice, stretching, slow strengthening and better "
     "shoes help most people, and surgery is kept for those who do not improve.",
     "Spur length: none normally; groups < 5, 5-10, > 10 mm\n> 10 mm with > 20 deg inclination: worst symptoms\n"
     "Spurs sit at the lower lateral edge of the Achilles footprint\n"
     "Risk rises with age, diabetes mellitus, hypothyroidism (Giai Via et al. 2022)\n"
     "Intrinsic: old injury, tight Achilles or hamstrings, flat foot, pronated foot, genu valgum\n"
     "Extrinsic: overuse, poor footwear or technique, jumping, running, dancing, cycling, trauma, weak calf\n"
     "Acute: rest, avoid provoking activity, ice\n"
     "Subacute/chronic: friction massage, stretching, ultrasound, strengthening -> heavy-load eccentric exercise "
     "(Scott et al. 2011)\nFootwear: slightly raised or cushioned heel, correct fit, heel guard, custom orthotics\n"
     "Surgery only if conservative care fails"},
    {"haglund", "Haglund's deformity",
     "Haglund's deformity is an enlarged posterosuperior calcaneal prominence (bursal projection) that can impinge "
     "on the retrocalcaneal bursa and the anterior surface of the Achilles tendon, and it is one of the "
     "differential diagnoses of posterior heel pain. On the lateral view it appears as a Fowler-Philip angle above "
     "75 degrees, a bursal projection rising above the upper parallel pitch line, or a bump of at least 4 mm. The "
     "repeated impingement can contribute to retrocalcaneal bursitis and insertional tendinopathy.",
     "Haglund's deformity is a bony bump on the upper back corner of the heel bone. The bump can press on the "
     "tendon and on the small fluid-filled sac in front of it. Stiff shoe backs often make it worse. It is one of "
     "several reasons the back of the heel can hurt.",
     "Fowler-Philip angle: normal 44-69 deg; Haglund > 75 deg\nTotal angle (Fowler-Philip + pitch): normal 64-89 "
     "deg; > 89 deg\nParallel pitch lines: bursal projection above the upper line = positive\n"
     "Bump height >= 4 mm; bump/calcaneus ratio >= 7.5%\nX/Y ratio: normal ~2.70; Haglund < 2.5"},
    {"retrocalcaneal_bursitis", "Retrocalcaneal bursitis",
     "Retrocalcaneal bursitis is inflammation of the bursa between the distal Achilles tendon and the "
     "posterosuperior calcaneus, usually from repeated compression by the bursal projection or from overuse. The "
     "distended bursa exceeds about 1 mm anteroposteriorly, 11 mm transversely and 7 mm craniocaudally on imaging "
     "and causes pain just in front of the tendon above its insertion. It is a classic differential of posterior "
     "heel pain and often accompanies Haglund's deformity and insertional tendinopathy.",
     "Retrocalcaneal bursitis means the small fluid-filled sac between the Achilles tendon and the heel bone is "
     "swollen and sore. It usually comes from the sac being squeezed again and again. The pain sits just in front "
     "of the tendon, above the heel. A bony bump on the heel makes it more likely.",
     "Normal bursa: AP ~1, transverse ~6, craniocaudal ~3 mm\n"
     "Bursitis: AP > 1 (typically 3-6), transverse > 11, craniocaudal > 7 mm"},
    {"superficial_bursitis", "Superficial calcaneal (retro-Achilles) bursitis",
     "Superficial calcaneal bursitis affects the subcutaneous bursa between the skin and the posterior Achilles "
     "tendon near its insertion. It is driven mainly by external pressure and friction, typically from a rigid heel "
     "counter, and presents as a tender, reddened and sometimes visible swelling at the back of the heel. Unlike "
     "retrocalcaneal bursitis, the swelling lies behind the tendon rather than in front of it.",
     "This is a swollen, sore sac of fluid just under the skin at the back of the heel. It is usually caused by a "
     "shoe rubbing or pressing there. You may see a red lump behind the tendon. A heel guard or a softer shoe back "
     "takes the pressure off.",
     "Site: between skin and Achilles tendon, behind the tendon\nMain cause: pressure and friction from the heel "
     "counter\nFootwear: correct fit, heel guard against counter pressure"},
    {"insertional_tendinopathy", "Insertional Achilles tendinopathy",
     "Insertional Achilles tendinopathy is an overuse disorder of the enthesis, where the tendon meets the "
     "posterior calcaneus, and it may include calcium build-up and spur formation. It gives pain, swelling and "
     "tenderness at the insertion, and ultrasound shows the insertion thickened beyond its normal 3.5-3.9 mm, with "
     "6 mm as the classic limit. Tight calf muscles, hindfoot malalignment and a prominent posterosuperior "
     "calcaneus all add load to the insertion.",
     "This is a worn, painful Achilles tendon right where it attaches to the heel bone. It comes from too much "
     "strain over time, and calcium can build up there. The spot is sore, swollen and tender to touch. Tight "
     "calves and feet that roll inward add to the strain.",
     "Insertion AP thickness: normal ~3.5-3.9 mm (up to ~5.1); tendinopathy adds ~1.4 mm\n"
     "Classic limit: > 6 mm\nMRI thickness: normal 4.9 +/- 0.5 mm; tendinopathy 11.2 +/- 3.3 mm"},
    {"midportion_tendinopathy", "Midportion (non-insertional) Achilles tendinopathy",
     "Midportion (non-insertional) Achilles tendinopathy affects the tendon body above the calcaneus rather than "
     "the enthesis. Overuse produces a painful, tender and often spindle-shaped thickening, and on ultrasound the "
     "midportion is typically about 2.7 mm thicker than normal. It shares the overuse background of insertional "
     "disease but is described separately because the site, and therefore the loading, differs.",
     "This is a sore, thickened Achilles tendon a little above the heel, not where it attaches to the bone. It "
     "comes from overuse. The tendon may look swollen or have a tender lump. It often feels stiff at first and "
     "eases as you move.",
     "Midportion AP thickness: normal ~4.8-5.3 mm (up to ~6.8)\nTendinopathy: about +2.7 mm; > 6 mm classic limit\n"
     "MRI: thickness 4.9 +/- 0.5 mm, midportion width 14.7 +/- 1.8 mm"},
    {"achilles_rupture", "Achilles tendon rupture",
     "An Achilles rupture is a tear of the tendon that is nearly always complete, partial tears being rare, and it "
     "usually happens during a sudden push-off, change of direction, jump, landing, or start or stop of a run. "
     "Patients describe an audible pop or snap, as though kicked in the back of the calf, followed by "
     "swelling, bruising, weak plantar flexion, trouble walking and difficulty rising on the toes. It is most "
     "common between 45 and 60 years of age, often when activity is started or stepped up.",
     "An Achilles rupture means the tendon tears, usually all the way through. It often happens during a sudden "
     "jump, landing, push-off or change of direction. People feel a pop or snap, as if kicked in the back of the "
     "leg. Walking and standing on tiptoe become hard, and it is most common between 45 and 60.",
     "Typical age: 45-60 years\nUsually a complete tear; partial tears are rare\n"
     "Triggers: change of direction, jumping, landing, starting or stopping a run\n"
     "Signs: pop or snap, swelling, bruising, difficulty walking and rising on the toes"},
    {"flat_foot", "Flat foot (pes planus)",
     "In flat foot (pes planus) the medial longitudinal arch collapses: the calcaneal pitch falls, the talus "
     "plantar flexes relative to the first metatarsal so Meary's angle opens with its apex plantar, and the "
     "navicular sinks toward the floor. As the calcaneus tilts, its posterior end rises and the posterosuperior "
     "prominence presses into the retrocalcaneal bursa and the Achilles tendon. For this reason flat foot is "
     "counted among the intrinsic factors of insertional calcific tendinopathy.",
     "In a flat foot the arch on the inner side sinks toward the ground. The heel bone tips so that its back end "
     "rises. That back corner then presses into the Achilles tendon and the small fluid-filled sac in front of it. "
     "Over time this pressure can lead to pain and calcium build-up at the heel.",
     "Calcaneal pitch: normal 20-30 deg; flat foot < 18 deg (<= 19 deg: 90% sens / 85% spec)\n"
     "Meary's angle: normal 0 +/- 4 deg; flat foot > 4 deg apex plantar (mild < 15, moderate 15-30, severe > 30)\n"
     "Talocalcaneal (lateral): normal 25-50 deg; flat foot > 50 deg\n"
     "Navicular height: normal 36-55 mm; flat foot < 35 mm\nHindfoot valgus: often > 6 deg"},
    {"hindfoot_pronation", "Hindfoot pronation (foot rolls in)",
     "Hindfoot pronation combines eversion of the calcaneus beneath the talus with collapse of the medial arch and "
     "abduction of the forefoot, so the foot rolls inward. Viewed from behind, the calcaneal bisector leans into "
     "valgus against the distal tibial axis, the navicular drops and more of the lateral toes show beside the "
     "heel. It changes the line of the Achilles tendon at its insertion and is an intrinsic factor of insertional "
     "calcific tendinopathy.",
     "With a pronated foot, the arch sinks and the foot rolls inward as you stand. Seen from behind, the heel leans "
     "outward instead of standing straight. This bends the line of the Achilles tendon where it meets the heel. The "
     "extra strain is one cause of heel pain and calcium build-up.",
     "Hindfoot valgus (RCSP): normal vertical to ~6 deg everted; > 5 deg valgus on Saltzman view; preset >= 8 deg\n"
     "Navicular drop: normal 5-9 mm; > 10 mm pronated; > 15 mm abnormal\n"
     "Foot Posture Index: normal 0 to +5; +6..+9 pronated; +10..+12 highly pronated\n"
     "Kite angle: adults 15-30 deg; > 30-35 deg hindfoot valgus\nTalonavicular coverage: > 7 deg = navicular abducted"},
    {"genu_valgum", "Genu valgum (knock knees)",
     "In genu valgum the knees deviate medially, so the medial femoral condyles touch while the medial malleoli "
     "stay apart. The mechanical axis from hip to ankle passes lateral to the knee centre, the hip-knee-ankle angle "
     "rises above 183 degrees and the intermalleolar distance widens beyond 80 mm. The malalignment tips the "
     "hindfoot into valgus and pronation and is listed among the intrinsic factors of insertional calcific "
     "tendinopathy.",
     "Genu valgum, or knock knees, means the knees angle inward and touch while the ankles stay apart. The gap "
     "between the ankles is measured with the knees together. This leg shape tends to push the heels outward and "
     "flatten the arches. That can strain the Achilles tendon where it meets the heel.",
     "HKA angle: normal 180 +/- 3 deg; valgus > 183 deg\n"
     "Mechanical axis deviation: normal 8 +/- 7 mm medial; lateral shift = valgus\n"
     "Intermalleolar distance (knees touching): normal 0-30 mm (age >= 8); > 80 mm pathological\n"
     "Q-angle: men 14 +/- 3, women 17 +/- 3 deg; >= 20 deg malalignment\nAnatomic tibiofemoral angle: ~6 deg valgus"},
    {"tight_achilles", "Tight Achilles (limited dorsiflexion)",
     "A tight Achilles tendon, or contracted triceps surae, limits ankle dorsiflexion, so the tibia cannot move far "
     "forward over the foot during stance. The reduced range raises tension at the insertion with every step, and "
     "the foot may compensate by pronating; a tight tendo Achilles and tight hamstrings are both intrinsic factors "
     "of insertional calcific tendinopathy. Stretching of the Achilles and calf is part of subacute and chronic "
     "care.",
     "A tight Achilles tendon stops the foot from bending up toward the shin as far as it should. Each step then "
     "pulls harder on the spot where the tendon meets the heel. The foot may also roll inward to make up for it. "
     "Gentle calf stretching is part of the treatment.",
     "Sign: limited ankle dorsiflexion (also a symptom of calcific tendinopathy)\n"
     "Intrinsic factors: tight tendo Achilles, tight hamstrings\n"
     "Care: Achilles stretching, progressing to heavy-load eccentric exercise"},
    {"alignment_chain", "Alignment chain: knee to heel",
     "Genu valgum, hindfoot pronation and flat foot form a chain: with the knees angled medially the mechanical "
     "axis shifts lateral to the knee, the distal tibia meets the hindfoot obliquely and the calcaneus everts, and "
     "the everted hindfoot lets the medial arch collapse and the calcaneal pitch fall. Each link alters the "
     "Achilles tendon's line of pull at the heel, because from behind the tendon no longer runs straight onto an "
     "upright calcaneus, and from the side the rising posterior calcaneus pushes its posterosuperior prominence "
     "into the bursa and tendon. The crescent-shaped insertion is therefore loaded unevenly and repeatedly, which "
     "is why these alignment problems count as intrinsic causes of insertional calcific tendinopathy.",
     "Problems higher up the leg can travel down to the heel. Knock knees make the heels lean outward and the feet "
     "roll in. When the foot rolls in, the arch flattens and the heel bone tips. The Achilles tendon then pulls on "
     "the heel at a slant instead of straight, and this uneven strain can lead to pain and calcium build-up.",
     "Genu valgum: HKA > 183 deg, intermalleolar distance > 80 mm, mechanical axis lateral to the knee\n"
     "Hindfoot pronation: hindfoot valgus > 6 deg (preset >= 8 deg), navicular drop > 10 mm\n"
     "Flat foot: calcaneal pitch < 18 deg, Meary's angle > 4 deg apex plantar\n"
     "Result: oblique Achilles pull and the posterosuperior calcaneus pressing on bursa and tendon"},
};

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
  std::vector<Card> cards(std::begin(kBoneCards), std::end(kBoneCards));
  for (int toe = 1; toe <= 5; ++toe) cards.push_back(proximalPhalanxCard(toe));
  for (int toe = 2; toe <= 5; ++toe) cards.push_back(middlePhalanxCard(toe));
  for (int toe = 1; toe <= 5; ++toe) cards.push_back(distalPhalanxCard(toe));
  cards.insert(cards.end(), std::begin(kSoftTissueCards), std::end(kSoftTissueCards));
  return cards;
}

const Card* findIn(const std::vector<Card>& cards, std::string_view id) {
  for (const Card& card : cards)
    if (card.id == id) return &card;
  return nullptr;
}

}  // namespace

const std::vector<Card>& structureCards() {
  static const std::vector<Card> cards = buildStructureCards();
  return cards;
}

const std::vector<Card>& conditionCards() {
  static const std::vector<Card> cards(std::begin(kConditionCards), std::end(kConditionCards));
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

std::vector<std::string_view> keyFactLines(const Card& card) {
  std::vector<std::string_view> lines;
  std::string_view rest = card.keyFacts;
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    const std::string_view line = rest.substr(0, end);
    if (!line.empty()) lines.push_back(line);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace anatomy
