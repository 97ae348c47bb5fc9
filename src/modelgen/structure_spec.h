// What the generator needs to know to build one structure's mesh: its field, the grid
// and triangle size, and how each morph target (graded pathology) reshapes it.
#pragma once

#include "anatomy/structure.h"
#include "geometry/sdf.h"

#include <functional>
#include <string>
#include <vector>

namespace modelgen {

using geometry::sdf::Shape;
using PointMap = std::function<glm::vec3(const glm::vec3&)>;

// One morph target. The structure is polygonised once, on its envelope (the union of all
// its states); each state's positions come from projecting those vertices onto the state's
// surface, or from an analytic map when one is given.
struct MorphSpec {
  std::string target;
  Shape shape;   // surface at weight 1
  PointMap map;  // optional: envelope vertex -> position at weight 1
  // With a map: recompute normals from the moved triangles (a swelling changes the
  // shading), instead of keeping the envelope's (right for uniform scaling).
  bool smoothNormals = false;
};

struct StructureSpec {
  std::string id;
  std::string name;
  anatomy::Category category = anatomy::Category::Other;
  Shape shape;      // polygonised (the envelope when there are morphs)
  Shape rest;       // rest surface when it differs from shape (else invalid)
  PointMap restMap;  // optional: envelope vertex -> rest position
  float cellSize = 1.0f;
  float targetEdge = 1.5f;
  std::vector<MorphSpec> morphs;
};

}  // namespace modelgen
