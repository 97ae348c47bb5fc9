// The viewer's panels, as free functions that read state and push commands: menu bar,
// structure tree, information card, view toolbar, dialogs and help.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/view_state.h"
#include "geometry/camera.h"
#include "ui/commands.h"
#include "ui/ui_state.h"

#include <string>

namespace ui {

struct PanelContext {
  const anatomy::Atlas& atlas;
  const anatomy::ViewState& view;
  geometry::StandardView currentView;
  bool bothLimbs;
  std::string glInfo;
  std::string modelNote;  // what the loader decided (units, axis)
};

void drawUi(const PanelContext& ctx, UiState& state, Commands& out);

void drawMainMenu(const PanelContext& ctx, UiState& state, Commands& out);
void drawStructurePanel(const PanelContext& ctx, UiState& state, Commands& out);
void drawInfoPanel(const PanelContext& ctx, UiState& state, Commands& out);
void drawViewToolbar(const PanelContext& ctx, UiState& state, Commands& out);
void drawDialogs(const PanelContext& ctx, UiState& state, Commands& out);
void drawStatusLine(const PanelContext& ctx, UiState& state);

// Keyboard shortcuts shown in Help and handled by the app (key, action).
struct Shortcut {
  const char* keys;
  const char* action;
};
const Shortcut* shortcuts(int& count);

}  // namespace ui
