#include "anatomy/atlas.h"

namespace anatomy {

geometry::Bounds Atlas::bounds() const {
  geometry::Bounds b;
  for (const Structure& s : structures) b.extend(s.mesh.bounds());
  return b;
}

std::size_t Atlas::triangleCount() const {
  std::size_t n = 0;
  for (const Structure& s : structures) n += s.mesh.triangleCount();
  return n;
}

int Atlas::indexOf(std::string_view id) const {
  for (std::size_t i = 0; i < structures.size(); ++i)
    if (structures[i].id == id) return static_cast<int>(i);
  return -1;
}

const Structure* Atlas::find(std::string_view id) const {
  const int i = indexOf(id);
  return i < 0 ? nullptr : &structures[static_cast<std::size_t>(i)];
}

const Landmark* Atlas::findLandmark(std::string_view id) const {
  for (const Landmark& l : landmarks)
    if (l.id == id) return &l;
  return nullptr;
}

}  // namespace anatomy
