// The --list-structures JSON: one object per structure with id, name, category,
// triangle count and bounds in millimetres.
#pragma once

#include "anatomy/atlas.h"

#include <string>

namespace app {

std::string structureListJson(const anatomy::Atlas& atlas);

}  // namespace app
