// The scripted session the soak test (--bench-frames N --soak) plays: every few frames
// something a teacher does in a long lecture - change view, hide, fade, isolate, select,
// grade a condition, pick a preset, toggle an overlay, close panels, open help. Pure: the
// viewer applies the steps. (Reloading the model is left out for now: each reload raised
// the peak RSS by about 5 MB on llvmpipe, which is still to be understood.)
#pragma once

#include "ui/commands.h"

namespace app {

struct SoakStep {
  ui::Commands commands;
  bool togglePanels = false;
  bool toggleHelp = false;
  // The moving level (1-7) to draw at from this frame on, 0 to keep it. The soak run sets
  // it by frame count instead of letting frame times choose it, so the run allocates the
  // same buffers on a loaded machine as on a quiet one.
  int movingLevel = 0;
};

// What to do before drawing frame `frame` of a model with `structureCount` structures.
SoakStep soakStep(int frame, int structureCount);

}  // namespace app
