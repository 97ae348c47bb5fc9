// Keyboard shortcuts (listed for the user in ui/dialogs.cpp's help table).
#include "app/viewer.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

namespace app {

namespace {
ui::Command command(ui::CommandKind kind, int index = -1) {
  ui::Command c = ui::makeCommand(kind);
  c.index = index;
  return c;
}
}  // namespace

void Viewer::onKey(int key, int action, int mods) {
  if (action != GLFW_PRESS && action != GLFW_REPEAT) return;
  const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
  if (ctrl && key == GLFW_KEY_Q) return pending_.push_back(command(ui::CommandKind::Quit));
  if (ctrl && key == GLFW_KEY_O) {
    ui_.showOpenDialog = true;
    return;
  }
  if (ctrl && (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD || key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT)) {
    ui::Command c = command(ui::CommandKind::SetUiScale);
    const bool larger = key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD;
    c.value = std::clamp(ui_.uiScale + (larger ? 0.25f : -0.25f), 0.75f, 3.0f);
    return pending_.push_back(c);
  }
  if (ImGui::GetIO().WantCaptureKeyboard || action != GLFW_PRESS) {
    if (action == GLFW_REPEAT && (key == GLFW_KEY_EQUAL || key == GLFW_KEY_MINUS)) camera_.zoom(key == GLFW_KEY_EQUAL ? 1.08f : 1.0f / 1.08f);
    return;
  }
  const int selected = view_.selected;
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_7) {
    ui::Command c = command(ui::CommandKind::SetView);
    c.view = geometry::kAllViews[key - GLFW_KEY_1];
    return pending_.push_back(c);
  }
  switch (key) {
    case GLFW_KEY_R:
    case GLFW_KEY_HOME: setView(currentView_, true); break;
    case GLFW_KEY_F: pending_.push_back(command(ui::CommandKind::FocusStructure, selected)); break;
    case GLFW_KEY_H:
      if (selected >= 0) {
        ui::Command c = command(ui::CommandKind::SetVisible, selected);
        c.flag = false;
        pending_.push_back(c);
      }
      break;
    case GLFW_KEY_I:
      if (view_.isolated)
        pending_.push_back(command(ui::CommandKind::ShowAll));
      else if (selected >= 0)
        pending_.push_back(command(ui::CommandKind::Isolate, selected));
      break;
    case GLFW_KEY_B: {
      ui::Command c = command(ui::CommandKind::SetBothLimbs);
      c.flag = !bothLimbs_;
      pending_.push_back(c);
      break;
    }
    case GLFW_KEY_ESCAPE:
      if (view_.selected >= 0)
        view_.selected = -1;
      else
        pending_.push_back(command(ui::CommandKind::ShowAll));
      break;
    case GLFW_KEY_TAB: ui_.showPanels = !ui_.showPanels; break;
    case GLFW_KEY_O: cycleOverlay(); break;
    case GLFW_KEY_P: cyclePreset((mods & GLFW_MOD_SHIFT) ? -1 : 1); break;
    case GLFW_KEY_F1: ui_.showHelp = !ui_.showHelp; break;
    case GLFW_KEY_F12: pending_.push_back(command(ui::CommandKind::SaveScreenshot)); break;
    case GLFW_KEY_EQUAL:
    case GLFW_KEY_KP_ADD: camera_.zoom(1.15f); break;
    case GLFW_KEY_MINUS:
    case GLFW_KEY_KP_SUBTRACT: camera_.zoom(1.0f / 1.15f); break;
    default: break;
  }
}

}  // namespace app
