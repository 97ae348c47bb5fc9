#include "ui/list_navigation.h"

#include <algorithm>

namespace ui {

std::vector<int> listedStructures(const anatomy::Atlas& atlas, std::string_view search) {
  std::vector<int> out;
  for (anatomy::Category c : anatomy::kAllCategories)
    for (std::size_t i = 0; i < atlas.structures.size(); ++i)
      if (atlas.structures[i].category == c && anatomy::matchesSearch(atlas.structures[i], search))
        out.push_back(static_cast<int>(i));
  return out;
}

int moveListCursor(const std::vector<int>& listed, int cursor, int step) {
  if (listed.empty()) return -1;
  const auto at = std::find(listed.begin(), listed.end(), cursor);
  if (at == listed.end()) return step < 0 ? listed.back() : listed.front();
  const long next = std::clamp<long>((at - listed.begin()) + step, 0, static_cast<long>(listed.size()) - 1);
  return listed[static_cast<std::size_t>(next)];
}

}  // namespace ui
