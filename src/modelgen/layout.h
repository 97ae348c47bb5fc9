// Where the generated right lower limb stands: the few reference points everything else
// is placed from (model frame: mm, +Y up, floor y = 0, +Z anterior, +X medial for this limb).
// Foot parts are written in "foot" coordinates: the model frame shifted so x = 0 and z = 0
// pass through the ankle centre (x still medial, y still height above the floor).
#pragma once

#include <glm/glm.hpp>

namespace modelgen {

// Limb alignment (neutral: hip, knee and ankle nearly on one line, HKA about 179.5 deg).
inline const glm::vec3 kHipCentre{-85.0f, 872.0f, 0.0f};
inline const glm::vec3 kKneeCentre{-80.0f, 437.0f, 4.0f};
inline const glm::vec3 kAnkleCentre{-72.0f, 68.0f, 0.0f};
// Top of the intercondylar eminence: 372 mm above the ankle centre along the tibia.
inline const glm::vec3 kEminence{-80.0f, 440.0f, 4.0f};

// Model position of a point given in foot coordinates.
inline glm::vec3 foot(float x, float y, float z) { return {kAnkleCentre.x + x, y, kAnkleCentre.z + z}; }
inline glm::vec3 foot(const glm::vec3& p) { return foot(p.x, p.y, p.z); }

// The medial column (talus - navicular - medial cuneiform - first metatarsal) lies on one
// straight line in the lateral view, so Meary's angle is 0. s = mm behind the first
// metatarsal head centre along that line (foot coordinates).
inline const glm::vec3 kFirstMetatarsalHead{26.0f, 21.0f, 118.0f};
inline const glm::vec3 kTalarHeadCentre{10.0f, 58.6f, 14.6f};
inline glm::vec3 medialColumnDirection() { return glm::normalize(kTalarHeadCentre - kFirstMetatarsalHead); }
inline glm::vec3 medialColumn(float s) { return kFirstMetatarsalHead + s * medialColumnDirection(); }

// Joint spaces between neighbouring bones (articular cartilage is not modelled).
inline constexpr float kJointGap = 2.0f;

}  // namespace modelgen
