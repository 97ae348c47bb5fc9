// The model generator's stages: structure specs from the shapes, meshes with morph targets
// from the specs, then landmarks, joints and condition morphs; generateModel runs them all.
#pragma once

#include "anatomy/atlas.h"
#include "modelgen/shapes.h"
#include "modelgen/structure_spec.h"

#include <vector>

namespace modelgen {

std::vector<StructureSpec> structureSpecs(const BoneShapes& bones, const SoftShapes& soft);
anatomy::Structure buildStructure(const StructureSpec& spec, int threads);

std::vector<anatomy::Landmark> computeLandmarks(const anatomy::Atlas& atlas, const BoneShapes& bones,
                                                const SoftShapes& soft);
std::vector<anatomy::Joint> jointHierarchy();
std::vector<anatomy::ConditionMorph> conditionMorphs();

struct GenerateOptions {
  int threads = 0;       // 0: hardware concurrency
  bool verbose = false;  // per-structure progress on stderr
  bool report = false;   // per-structure mesh checks and extents on stderr
  std::vector<std::string> only;  // build just these structures (debugging; skips landmarks)
};
anatomy::Atlas generateModel(const GenerateOptions& options);

}  // namespace modelgen
