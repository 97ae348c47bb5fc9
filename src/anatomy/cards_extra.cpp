#include "anatomy/cards_extra.h"

#include <iterator>

namespace anatomy {

namespace {

const Card kExtraCards[] = {
    {"tibialis_posterior", "Tibialis posterior (deep calf muscle)",
     "Tibialis posterior is the deepest muscle at the back of the leg, lying against the tibia and fibula behind "
     "the other calf muscles. Its tendon turns forward behind the medial malleolus to the sole. By pulling on the "
     "navicular it holds up the medial longitudinal arch.",
     "This is a deep muscle at the back of your lower leg, tucked against the bones. Its tendon wraps around the "
     "bump on the inside of your ankle. It works like a sling that holds up the arch of your foot.",
     ""},
    {"tibialis_posterior_tendon", "Tibialis posterior tendon",
     "The tendon runs in a groove behind the medial malleolus and inserts mainly on the navicular tuberosity, with "
     "slips to the cuneiforms, the cuboid and the bases of metatarsals 2-4. It supports the medial arch. When it "
     "fails by stretching or tearing, usually together with the spring ligament, the adult foot loses its arch.",
     "This tendon passes behind the bony bump on the inside of your ankle and fixes to a bone in the middle of "
     "your foot. It holds the arch up. If it stretches or tears, the arch can slowly drop in adults.",
     "Groove behind the medial malleolus\nMain insertion: navicular tuberosity\n"
     "Its failure is the usual cause of a flat foot that develops in adult life"},
    {"flexor_hallucis_longus", "Flexor hallucis longus (big-toe flexor muscle)",
     "Flexor hallucis longus arises from the back of the fibula. Its belly lies deep in the lower calf. Kager's fat "
     "pad, the fat triangle in front of the Achilles tendon, rests against it.",
     "This muscle sits deep in the back of your lower leg, on the outer bone. It bends your big toe down. It lies "
     "just in front of the fat pad that sits in front of your Achilles tendon.",
     "Kager's fat pad rests against its belly"},
    {"flexor_hallucis_longus_tendon", "Flexor hallucis longus tendon",
     "The tendon runs in a groove between the posterior tubercles of the talus, then under the sustentaculum tali. "
     "It crosses the sole between the two hallux sesamoids to the distal phalanx of the big toe.",
     "This tendon runs in a groove at the back of the ankle bone. Then it passes under a shelf of the heel bone "
     "and along the sole to the tip of your big toe. It lets you press the big toe down.",
     "Groove between the talus's posterior tubercles\nRuns under the sustentaculum tali\n"
     "Inserts on the big toe's distal phalanx"},
    {"peroneus_longus_tendon", "Peroneus (fibularis) longus tendon",
     "The tendon passes behind the lateral malleolus, behind the brevis tendon, and below the peroneal trochlea "
     "on the lateral calcaneus. It turns under the foot in the cuboid's groove and crosses the sole to the medial "
     "cuneiform and the base of the first metatarsal.",
     "This tendon runs behind the bony bump on the outside of your ankle. It then turns under your foot and "
     "crosses the sole to the inner side, near the big toe's long bone.",
     "Behind the lateral malleolus (brevis nearer the bone)\nBelow the peroneal trochlea\n"
     "Cuboid groove, across the sole to medial cuneiform and 1st metatarsal base"},
    {"peroneus_brevis_tendon", "Peroneus (fibularis) brevis tendon",
     "The tendon runs behind the lateral malleolus, nearer the bone than the longus tendon. It passes above the "
     "peroneal trochlea of the calcaneus and inserts on the tuberosity at the base of the fifth metatarsal.",
     "This tendon runs behind the bony bump on the outside of your ankle, close to the bone. It fixes to the "
     "bump on the outer edge of your foot, at the base of the little toe's long bone.",
     "Behind the lateral malleolus, nearer the bone\nAbove the peroneal trochlea\n"
     "Inserts on the 5th metatarsal tuberosity"},
    {"plantaris_tendon", "Plantaris tendon",
     "Plantaris is a small muscle arising above the lateral femoral condyle. Its long, thin tendon runs down along "
     "the medial side of the Achilles tendon to the calcaneus, and it is involved in some cases of midportion "
     "Achilles tendinopathy.",
     "This is a long, very thin tendon from a small muscle behind the knee. It runs down beside the inner edge of "
     "the Achilles tendon to the heel bone. In some people it adds to pain in the middle of the Achilles.",
     "Along the medial side of the Achilles to the calcaneus"},
    {"spring_ligament", "Spring ligament (plantar calcaneonavicular ligament)",
     "The spring ligament runs from the sustentaculum tali to the plantar surface of the navicular, forming a sling "
     "under the head of the talus. A stretched spring ligament, together with a failing tibialis posterior, lets "
     "the talar head sink in adult acquired flat foot.",
     "This strong band runs from a shelf on the heel bone to a bone in the middle of the foot. It makes a sling "
     "that carries the front of the ankle bone. When it stretches, the arch can drop.",
     "Sustentaculum tali to plantar navicular\nSling under the talar head"},
    {"deltoid_ligament", "Deltoid ligament (medial ankle ligament)",
     "The deltoid ligament fans out from the medial malleolus to the navicular, the talus and the sustentaculum "
     "tali. It binds the inner side of the ankle and hindfoot.",
     "This is a fan-shaped band on the inside of your ankle. It spreads from the bony bump of the shin bone to "
     "the bones of the ankle and heel and keeps the inner ankle stable.",
     "Fan from the medial malleolus to navicular, talus and sustentaculum"},
    {"anterior_talofibular_ligament", "Anterior talofibular ligament (ATFL)",
     "The anterior talofibular ligament runs from the front of the lateral malleolus to the neck of the talus. It "
     "is the ligament most often injured in an ankle sprain.",
     "This short band joins the front of the bony bump on the outside of your ankle to the ankle bone. It is the "
     "one most often hurt when you twist (sprain) your ankle.",
     "Front of the lateral malleolus to the talar neck\nThe commonest sprain"},
    {"calcaneofibular_ligament", "Calcaneofibular ligament (CFL)",
     "The calcaneofibular ligament runs from the tip of the lateral malleolus down and back to the calcaneus. "
     "The peroneal tendons cross over it.",
     "This band runs from the tip of the bony bump on the outside of your ankle down and back to the heel bone. "
     "The tendons on the outside of the ankle pass over it.",
     "Malleolar tip down and back to the calcaneus, under the peroneal tendons"},
    {"sural_nerve", "Sural nerve",
     "The sural nerve follows the Achilles tendon, passing over to its lateral side about 10 cm above the "
     "insertion. It then goes behind the lateral malleolus to the lateral side of the foot. Surgery and injections "
     "around the tendon put it at risk.",
     "This is a thin nerve that runs beside the Achilles tendon. It then passes behind the bump on the outside of "
     "your ankle to the outer edge of the foot. Surgeons and injections near the tendon take care to avoid it.",
     "Passes to the tendon's lateral side about 10 cm above the insertion\n"
     "Behind the lateral malleolus to the lateral foot\nAt risk in surgery and injections"},
    {"hallux_sesamoid_medial", "Medial sesamoid of the big toe",
     "The hallux sesamoids are two small bones in the tendons of the short flexor of the big toe, under the head "
     "of the first metatarsal. This is the medial one, on the big toe's side.",
     "This is one of two tiny bones under the ball of your foot, below the big toe's long bone. They sit inside "
     "the tendons of a small muscle that bends the big toe.",
     "In the short flexor's tendons under the 1st metatarsal head"},
    {"hallux_sesamoid_lateral", "Lateral sesamoid of the big toe",
     "The hallux sesamoids are two small bones in the tendons of the short flexor of the big toe, under the head "
     "of the first metatarsal. This is the lateral one, toward the second toe.",
     "This is one of two tiny bones under the ball of your foot, below the big toe's long bone. They sit inside "
     "the tendons of a small muscle that bends the big toe.",
     "In the short flexor's tendons under the 1st metatarsal head"},
};

}  // namespace

const std::vector<Card>& extraStructureCards() {
  static const std::vector<Card> cards(std::begin(kExtraCards), std::end(kExtraCards));
  return cards;
}

}  // namespace anatomy
