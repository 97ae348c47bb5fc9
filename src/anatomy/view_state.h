// What the viewer shows of each structure (visible, opacity), what is selected or
// hovered, and the operations the structure panel offers: show, hide, fade, isolate,
// by structure or by category, and search. Pure data, unit-tested.
#pragma once

#include "anatomy/atlas.h"

#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

struct StructureDisplay {
  bool visible = true;
  float opacity = 1.0f;  // 1 opaque; below 1 drawn translucent
};

inline constexpr float kFadedOpacity = 0.3f;

struct ViewState {
  std::vector<StructureDisplay> display;  // one per atlas structure
  int selected = -1;               // the structure whose card shows
  std::vector<int> alsoSelected;   // more of a multi-selection (Ctrl+click), without `selected`
  std::vector<int> highlighted;    // outlined for a lesson step
  std::vector<int> labelled;       // named on the model with a leader line
  int hovered = -1;
  bool isolated = false;  // an isolate is active; showAll() ends it
};

// Defaults a teacher wants on opening: bones and tendons solid, soft tissue translucent.
float defaultOpacity(Category c);
// The tendons, ligaments and nerve around the ankle that the flat-foot and sprain lessons
// need: they start faded, so the heel and the Achilles tendon read first from the side.
bool isSupportingStructure(std::string_view id);
ViewState makeViewState(const Atlas& atlas);

bool isShown(const ViewState& v, int index);  // visible and not fully transparent
// The selection: `selected` first, then the others in the order they were added.
std::vector<int> selection(const ViewState& v);
bool isSelected(const ViewState& v, int index);
// Ctrl+click: adds a structure to the selection, or takes it out again.
void toggleSelected(ViewState& v, int index);
bool isOutlined(const ViewState& v, int index);  // selected or highlighted
void setVisible(ViewState& v, int index, bool visible);
void setOpacity(ViewState& v, int index, float opacity);
void setCategoryVisible(const Atlas& atlas, ViewState& v, Category c, bool visible);
void setCategoryOpacity(const Atlas& atlas, ViewState& v, Category c, float opacity);
// Shows only the given structures (others hidden).
void isolate(ViewState& v, const std::vector<int>& keep);
void isolateCategory(const Atlas& atlas, ViewState& v, Category c);
void showAll(const Atlas& atlas, ViewState& v);
// Hides every structure whose id is in ids; returns the ids that were not found.
std::vector<std::string> hideByIds(const Atlas& atlas, ViewState& v, const std::vector<std::string>& ids);

// Case-insensitive match of a search query against a structure's name and id.
bool matchesSearch(const Structure& s, std::string_view query);
// Counts of visible structures in a category (for the tri-state category checkbox).
int countInCategory(const Atlas& atlas, Category c);
int countVisibleInCategory(const Atlas& atlas, const ViewState& v, Category c);

}  // namespace anatomy
