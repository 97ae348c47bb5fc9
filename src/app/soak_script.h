// The scripted session the soak test (--bench-frames N --soak) plays: every few frames
// something a teacher does in a long lecture - change view, hide, fade, isolate, select,
// grade a condition, pick a preset, toggle an overlay, close panels, open help, reload
// the model. Pure: the viewer applies the steps.
#pragma once

#include "ui/commands.h"

namespace app {

struct SoakStep {
  ui::Commands commands;
  bool togglePanels = false;
  bool toggleHelp = false;
};

// What to do before drawing frame `frame` of a model with `structureCount` structures.
SoakStep soakStep(int frame, int structureCount);

}  // namespace app
