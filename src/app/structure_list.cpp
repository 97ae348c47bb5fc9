#include "app/structure_list.h"

#include <nlohmann/json.hpp>

namespace app {

std::string structureListJson(const anatomy::Atlas& atlas) {
  nlohmann::json list = nlohmann::json::array();
  for (const anatomy::Structure& s : atlas.structures) {
    const geometry::Bounds b = s.mesh.bounds();
    list.push_back({{"id", s.id},
                    {"name", s.name},
                    {"category", anatomy::categoryId(s.category)},
                    {"triangles", s.mesh.triangleCount()},
                    {"bounds_mm", {{"min", {b.min.x, b.min.y, b.min.z}}, {"max", {b.max.x, b.max.y, b.max.z}}}}});
  }
  return list.dump(2);
}

}  // namespace app
