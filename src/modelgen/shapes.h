// The signed distance fields of every structure of the generated limb, one function per
// part (defined in bones_*.cpp, soft_tissue.cpp, muscles.cpp, skin.cpp). Neighbouring
// bones are carved by each other (offset by the joint gap) so articular surfaces match.
#pragma once

#include "geometry/sdf.h"

#include <array>

namespace modelgen {

using geometry::sdf::Shape;

struct BoneShapes {
  Shape calcaneus, calcaneusHaglund;  // rest and with a full Haglund prominence
  Shape talus, navicular, cuboid;
  std::array<Shape, 3> cuneiforms;  // medial, intermediate, lateral
  std::array<Shape, 5> metatarsals;
  std::array<Shape, 5> proximalPhalanges;
  std::array<Shape, 5> middlePhalanges;  // [0] unused: the hallux has two phalanges
  std::array<Shape, 5> distalPhalanges;
  Shape tibia, fibula, femur, patella;
  Shape spur;  // calcific spur at full size
};

struct SoftShapes {
  Shape achilles, achillesInsertional, achillesMidportion, achillesEnvelope, achillesBowed;
  Shape retrocalcanealBursa, retrocalcanealBursaRest;
  Shape superficialBursa, superficialBursaRest;
  Shape kagerFatPad, plantarFascia, plantarFasciaUncut;  // uncut: before the bones carve it
  Shape gastrocnemiusMedial, gastrocnemiusLateral, soleus;
  Shape tendonDeposits;  // calcific nodules in the tendon body at full size
  Shape skin;
};

// Hindfoot (bones_hindfoot.cpp).
Shape calcaneusShape(bool haglund);
Shape talusShape(const Shape& calcaneus);
Shape spurShape();
// Midfoot (bones_midfoot.cpp).
Shape navicularShape(const Shape& talus);
Shape cuboidShape(const Shape& calcaneus, const Shape& navicular);
std::array<Shape, 3> cuneiformShapes(const Shape& navicular, const Shape& cuboid);
// Forefoot (bones_forefoot.cpp).
std::array<Shape, 5> metatarsalShapes(const std::array<Shape, 3>& cuneiforms, const Shape& cuboid);
void phalanxShapes(const std::array<Shape, 5>& metatarsals, BoneShapes& bones);
// Leg and thigh (bones_leg.cpp, bones_thigh.cpp).
Shape tibiaShape(const Shape& talus, const Shape& femur);
Shape fibulaShape(const Shape& talus, const Shape& tibia);
Shape femurShape();
Shape patellaShape(const Shape& femur);

BoneShapes buildBones();
SoftShapes buildSoftTissue(const BoneShapes& bones);

// Soft tissue parts (soft_tissue.cpp, muscles.cpp, skin.cpp).
// HaglundBow: the rest tendon bowed back over a full Haglund prominence.
enum class TendonState { Rest, Insertional, Midportion, Envelope, HaglundBow };
// The least gap between a full Haglund prominence and the bowed tendon (room for the bursa).
inline constexpr float kHaglundClearanceMm = 2.3f;
Shape achillesShape(TendonState state);
Shape retrocalcanealBursaShape(const BoneShapes& bones, const Shape& achilles, bool swollen);
Shape superficialBursaShape(const Shape& achilles, bool swollen);
Shape carvedByCalcaneus(const Shape& tendon, const BoneShapes& bones);
Shape kagerFatPadShape(const BoneShapes& bones, const Shape& achilles, const Shape& bursa);
Shape plantarFasciaShape(const BoneShapes* bones);  // nullptr: not carved by the bones
Shape tendonDepositShape();
void muscleShapes(const BoneShapes& bones, SoftShapes& soft);
Shape skinShape(const BoneShapes& bones, const SoftShapes& soft);

}  // namespace modelgen
