// What the panels ask the app to do. Panels only read state and push commands; the
// app applies them in one place, so the same actions work from keys, menus and tests.
#pragma once

#include "anatomy/structure.h"
#include "geometry/camera.h"

#include <string>
#include <vector>

namespace ui {

enum class CommandKind {
  SetView,          // view
  ResetView,
  FocusStructure,   // index
  Select,           // index (-1 clears)
  SetVisible,       // index, flag
  SetOpacity,       // index, value
  SetCategoryVisible,  // category, flag
  SetCategoryOpacity,  // category, value
  Isolate,          // index
  IsolateCategory,  // category
  ShowAll,
  SetBothLimbs,     // flag
  OpenFile,         // text = path
  OpenBuiltIn,
  SaveScreenshot,   // text = path ("" = automatic name)
  SetUiScale,       // value
  SetPreset,        // text = preset id ("normal", "flat-foot", ...)
  SetSeverity,      // index = condition (anatomy::ConditionId), value = severity 0-1
  SetOverlay,       // index = overlay (anatomy::OverlayKind), flag; turning one on shows its view
  Quit,
};

struct Command {
  CommandKind kind = CommandKind::ResetView;
  int index = -1;
  anatomy::Category category = anatomy::Category::Other;
  geometry::StandardView view = geometry::StandardView::Lateral;
  float value = 0.0f;
  bool flag = false;
  std::string text;
};

using Commands = std::vector<Command>;

inline Command makeCommand(CommandKind kind) {
  Command c;
  c.kind = kind;
  return c;
}

}  // namespace ui
