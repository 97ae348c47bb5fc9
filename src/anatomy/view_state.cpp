#include "anatomy/view_state.h"

#include <algorithm>
#include <cctype>

namespace anatomy {

namespace {
std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}
bool valid(const ViewState& v, int index) { return index >= 0 && index < static_cast<int>(v.display.size()); }
}  // namespace

float defaultOpacity(Category c) {
  switch (c) {
    case Category::Skin: return 0.16f;
    case Category::Fat: return 0.55f;
    case Category::Muscle: return 0.75f;
    case Category::Bursa: return 0.9f;
    default: return 1.0f;
  }
}

bool isSupportingStructure(std::string_view id) {
  static const std::string_view kIds[] = {
      "tibialis_posterior",     "tibialis_posterior_tendon", "flexor_hallucis_longus",   "flexor_hallucis_longus_tendon",
      "peroneus_longus_tendon", "peroneus_brevis_tendon",    "plantaris_tendon",         "spring_ligament",
      "deltoid_ligament",       "anterior_talofibular_ligament", "calcaneofibular_ligament", "sural_nerve"};
  return std::find(std::begin(kIds), std::end(kIds), id) != std::end(kIds);
}

ViewState makeViewState(const Atlas& atlas) {
  ViewState v;
  v.display.reserve(atlas.structures.size());
  for (const Structure& s : atlas.structures)
    v.display.push_back({true, isSupportingStructure(s.id) ? kFadedOpacity : defaultOpacity(s.category)});
  return v;
}

bool isShown(const ViewState& v, int index) {
  return valid(v, index) && v.display[static_cast<std::size_t>(index)].visible &&
         v.display[static_cast<std::size_t>(index)].opacity > 0.01f;
}

void setVisible(ViewState& v, int index, bool visible) {
  if (valid(v, index)) v.display[static_cast<std::size_t>(index)].visible = visible;
}

void setOpacity(ViewState& v, int index, float opacity) {
  if (valid(v, index)) v.display[static_cast<std::size_t>(index)].opacity = std::clamp(opacity, 0.0f, 1.0f);
}

void setCategoryVisible(const Atlas& atlas, ViewState& v, Category c, bool visible) {
  for (std::size_t i = 0; i < atlas.structures.size() && i < v.display.size(); ++i)
    if (atlas.structures[i].category == c) v.display[i].visible = visible;
}

void setCategoryOpacity(const Atlas& atlas, ViewState& v, Category c, float opacity) {
  for (std::size_t i = 0; i < atlas.structures.size() && i < v.display.size(); ++i)
    if (atlas.structures[i].category == c) v.display[i].opacity = std::clamp(opacity, 0.0f, 1.0f);
}

void isolate(ViewState& v, const std::vector<int>& keep) {
  for (auto& d : v.display) d.visible = false;
  for (int i : keep) setVisible(v, i, true);
  v.isolated = true;
}

void isolateCategory(const Atlas& atlas, ViewState& v, Category c) {
  std::vector<int> keep;
  for (std::size_t i = 0; i < atlas.structures.size(); ++i)
    if (atlas.structures[i].category == c) keep.push_back(static_cast<int>(i));
  isolate(v, keep);
}

void showAll(const Atlas& atlas, ViewState& v) {
  (void)atlas;
  for (auto& d : v.display) d.visible = true;
  v.isolated = false;
}

std::vector<std::string> hideByIds(const Atlas& atlas, ViewState& v, const std::vector<std::string>& ids) {
  std::vector<std::string> missing;
  for (const std::string& id : ids) {
    const int index = atlas.indexOf(id);
    if (index < 0)
      missing.push_back(id);
    else
      setVisible(v, index, false);
  }
  return missing;
}

bool matchesSearch(const Structure& s, std::string_view query) {
  if (query.empty()) return true;
  const std::string q = lower(query);
  return lower(s.name).find(q) != std::string::npos || lower(s.id).find(q) != std::string::npos;
}

int countInCategory(const Atlas& atlas, Category c) {
  return static_cast<int>(std::count_if(atlas.structures.begin(), atlas.structures.end(),
                                        [c](const Structure& s) { return s.category == c; }));
}

int countVisibleInCategory(const Atlas& atlas, const ViewState& v, Category c) {
  int n = 0;
  for (std::size_t i = 0; i < atlas.structures.size() && i < v.display.size(); ++i)
    if (atlas.structures[i].category == c && v.display[i].visible) ++n;
  return n;
}

std::vector<int> selection(const ViewState& v) {
  std::vector<int> out;
  if (v.selected >= 0) out.push_back(v.selected);
  for (int i : v.alsoSelected)
    if (i != v.selected) out.push_back(i);
  return out;
}

bool isSelected(const ViewState& v, int index) {
  return index >= 0 && (v.selected == index || std::find(v.alsoSelected.begin(), v.alsoSelected.end(), index) !=
                                                   v.alsoSelected.end());
}

void toggleSelected(ViewState& v, int index) {
  if (index < 0 || index >= static_cast<int>(v.display.size())) return;
  if (v.selected < 0) {
    v.selected = index;
    return;
  }
  if (v.selected == index) {  // the next one in line shows its card
    v.selected = v.alsoSelected.empty() ? -1 : v.alsoSelected.front();
    if (!v.alsoSelected.empty()) v.alsoSelected.erase(v.alsoSelected.begin());
    return;
  }
  const auto it = std::find(v.alsoSelected.begin(), v.alsoSelected.end(), index);
  if (it != v.alsoSelected.end())
    v.alsoSelected.erase(it);
  else
    v.alsoSelected.push_back(index);
}

bool isOutlined(const ViewState& v, int index) {
  return isSelected(v, index) || std::find(v.highlighted.begin(), v.highlighted.end(), index) != v.highlighted.end();
}

}  // namespace anatomy
