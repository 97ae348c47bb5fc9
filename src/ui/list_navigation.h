// The structure list from the keyboard: which structures a search shows, in the order the
// panel lists them, and where Up/Down move the cursor. Pure, so it is tested without ImGui.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"

#include <string_view>
#include <vector>

namespace ui {

// Structure indices the panel lists for this search, category by category.
std::vector<int> listedStructures(const anatomy::Atlas& atlas, std::string_view search);
// The cursor after Up (step -1) or Down (+1): starts at the selection or the first row,
// stops at the ends; -1 when the list is empty.
int moveListCursor(const std::vector<int>& listed, int cursor, int step);

}  // namespace ui
