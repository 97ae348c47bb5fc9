// `ankle-atlas --measure`: pose the model with the chosen preset and conditions and print
// every measurement, the active conditions and the preset as one JSON object. No display.
#pragma once

#include "anatomy/atlas.h"
#include "app/options.h"

#include <string>

namespace app {

std::string measurementJson(const anatomy::Atlas& atlas, const AppOptions& options);

}  // namespace app
