// Runs the program for parsed options: listing, screenshot, benchmark or the window.
#pragma once

#include "app/options.h"

namespace app {
int run(const AppOptions& options);
}
