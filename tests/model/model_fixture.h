// Shared access for the model tests: the committed built-in model loaded once through the
// real loader (Assimp + manifest), plus helpers to find landmarks and blend morph targets.
#pragma once

#include "anatomy/atlas.h"

#include <string>
#include <vector>

namespace modeltest {

std::string modelPath();      // <source>/models/foot_ankle.glb
std::string manifestPath();   // <source>/models/foot_ankle.manifest.json
const anatomy::Atlas& model();  // loaded once; a failed load fails every test that asks

// The agreed structure ids of the built-in model (notes/common.md).
std::vector<std::string> agreedStructureIds();

// Landmark position with the given morph targets of its structure blended in.
glm::vec3 landmark(const std::string& id, const std::vector<std::pair<std::string, float>>& weights = {});
const geometry::Mesh& mesh(const std::string& id);
// Positions of a structure with one morph target at a weight.
std::vector<glm::vec3> morphed(const std::string& id, const std::string& target, float weight);

// Angle in the lateral view (drop x) of the line a -> b above the horizontal, degrees.
float sagittalAngle(const glm::vec3& a, const glm::vec3& b);

}  // namespace modeltest
