// Centres of the midfoot and forefoot bones in foot coordinates (layout.h), shared by the
// bone shapes, the plantar fascia, the skin and the landmarks.
#pragma once

#include "modelgen/layout.h"

#include <array>

namespace modelgen {

inline const glm::vec3 kNavicularCentre{6.0f, 51.0f, 36.0f};
inline const glm::vec3 kNavicularTuberosityCentre{20.5f, 43.5f, 28.0f};
inline const glm::vec3 kCuboidCentre{-27.5f, 32.0f, 35.5f};
// The cuboid's peroneal groove, from its lateral end forward and medially under the bone
// (peroneus longus runs in it on its way across the sole).
inline const std::array<glm::vec3, 2> kPeronealGroove = {glm::vec3{-41.5f, 18.5f, 30.5f}, glm::vec3{-18.5f, 17.0f, 44.0f}};
inline const std::array<glm::vec3, 3> kCuneiformCentres = {
    glm::vec3{14.5f, 41.0f, 57.0f},   // medial: tall, reaches the floor side of the arch
    glm::vec3{1.0f, 48.0f, 55.0f},    // intermediate: short, so the second metatarsal base sits back
    glm::vec3{-11.0f, 45.5f, 56.0f},  // lateral
};

// Metatarsal heads and bases (centres); the first ray lies on the medial column line. The
// rays converge toward their bases, the heads lying side by side a few millimetres apart.
inline const std::array<glm::vec3, 5> kMetatarsalHeads = {
    kFirstMetatarsalHead, glm::vec3{6.5f, 17.5f, 124.0f}, glm::vec3{-7.5f, 16.5f, 119.5f},
    glm::vec3{-21.0f, 15.5f, 112.0f}, glm::vec3{-34.0f, 15.0f, 102.5f}};
inline const std::array<glm::vec3, 5> kMetatarsalBases = {
    glm::vec3{0.0f}, glm::vec3{2.5f, 45.0f, 70.0f}, glm::vec3{-11.0f, 43.0f, 74.0f},
    glm::vec3{-23.0f, 36.5f, 50.0f}, glm::vec3{-33.5f, 29.0f, 47.0f}};
// First metatarsal base centre: 48 mm behind its head on the medial column.
inline glm::vec3 firstMetatarsalBase() { return medialColumn(48.0f); }
inline glm::vec3 metatarsalBase(int i) { return i == 0 ? firstMetatarsalBase() : kMetatarsalBases[static_cast<std::size_t>(i)]; }

}  // namespace modelgen
