// The loaded model as data: structures plus what the built-in model's manifest adds
// (landmarks, joints). Knows nothing of files, OpenGL or ImGui.
#pragma once

#include "anatomy/structure.h"
#include "geometry/bounds.h"

#include <glm/glm.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

// How a landmark moves when a morph target of its structure is blended in: position +
// weight * delta (e.g. the spur tip grows with spur_growth).
struct LandmarkMorph {
  std::string target;  // morph target name on the landmark's structure
  glm::vec3 delta{0.0f};
};

// A named point used by measurements, in model space.
struct Landmark {
  std::string id;
  glm::vec3 position{0.0f};
  std::string structureId;  // the structure it moves with
  std::vector<LandmarkMorph> morphs;  // empty for most landmarks
};

// A named rotation axis of a joint (unit vector in model space), e.g. "flexion".
struct JointAxis {
  std::string id;
  glm::vec3 direction{1.0f, 0.0f, 0.0f};
};

// A joint of the rigid-body hierarchy: structures listed here rotate about pivot.
struct Joint {
  std::string id;
  std::string parent;  // empty for the root
  glm::vec3 pivot{0.0f};
  glm::vec3 axis{1.0f, 0.0f, 0.0f};  // main axis (also axes[0] when axes is filled)
  std::vector<JointAxis> axes;       // all named axes from the manifest, main axis first
  std::vector<std::string> structures;
};

// A condition's severity (0-1) drives a morph target: weight = severity * weight.
struct ConditionMorph {
  std::string condition;    // condition id, e.g. "haglund"
  std::string structureId;  // structure whose mesh carries the target
  std::string target;       // morph target name (mesh.morphs[i].name)
  float weight = 1.0f;
};

struct Atlas {
  std::string sourcePath;  // file it came from ("" for a generated one)
  std::string title;
  bool builtIn = false;
  std::vector<Structure> structures;
  std::vector<Landmark> landmarks;
  std::vector<Joint> joints;
  std::vector<ConditionMorph> conditionMorphs;  // from the built-in model's manifest

  geometry::Bounds bounds() const;
  std::size_t triangleCount() const;
  int indexOf(std::string_view id) const;  // -1 when absent
  const Structure* find(std::string_view id) const;
  const Landmark* findLandmark(std::string_view id) const;  // nullptr when the model has none
};

}  // namespace anatomy
