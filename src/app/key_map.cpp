#include "app/key_map.h"

#include "anatomy/view_mode.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <iterator>

namespace app {

namespace {
using ui::Command;
using ui::CommandKind;

constexpr float kKeyOrbitRadiansPerSecond = 1.6f;
constexpr float kKeyPanPixelsPerSecond = 400.0f;

Command valued(CommandKind kind, float value) {
  Command c = ui::makeCommand(kind);
  c.value = value;
  return c;
}

// X and C switch a mode on, and back to the normal view when pressed again.
Command toggledMode(anatomy::ViewMode mode) {
  Command c = ui::makeCommand(CommandKind::SetMode, static_cast<int>(mode));
  c.flag = true;
  return c;
}

std::optional<Command> ctrlShortcut(int key, int mods) {
  switch (key) {
    case GLFW_KEY_Z: return ui::makeCommand((mods & GLFW_MOD_SHIFT) ? CommandKind::Redo : CommandKind::Undo);
    case GLFW_KEY_Y: return ui::makeCommand(CommandKind::Redo);
    case GLFW_KEY_B: return ui::makeCommand(CommandKind::AddBookmark);
    case GLFW_KEY_F: return ui::makeCommand(CommandKind::FocusSearch);
    case GLFW_KEY_Q: return ui::makeCommand(CommandKind::Quit);
    case GLFW_KEY_O: return ui::makeCommand(CommandKind::ShowOpenDialog);
    case GLFW_KEY_EQUAL:
    case GLFW_KEY_KP_ADD: return valued(CommandKind::StepUiScale, 0.25f);
    case GLFW_KEY_MINUS:
    case GLFW_KEY_KP_SUBTRACT: return valued(CommandKind::StepUiScale, -0.25f);
    default: return std::nullopt;
  }
}

// What a presentation clicker sends (Page Up/Down), and the keys a presenter reaches for.
std::optional<Command> lessonKey(int key) {
  switch (key) {
    case GLFW_KEY_RIGHT:
    case GLFW_KEY_DOWN:
    case GLFW_KEY_PAGE_DOWN:
    case GLFW_KEY_SPACE: return ui::makeCommand(CommandKind::LessonStep, 1);
    case GLFW_KEY_LEFT:
    case GLFW_KEY_UP:
    case GLFW_KEY_PAGE_UP:
    case GLFW_KEY_BACKSPACE: return ui::makeCommand(CommandKind::LessonStep, -1);
    case GLFW_KEY_HOME: return ui::makeCommand(CommandKind::LessonGoTo, 0);
    case GLFW_KEY_END: return ui::makeCommand(CommandKind::LessonGoTo, -1);
    case GLFW_KEY_ESCAPE: return ui::makeCommand(CommandKind::LeaveLesson);
    default: return std::nullopt;
  }
}

// A class answers "which condition is shown?" from the keyboard or a clicker: 1-4 (or A-D)
// choose, the clicker's forward keys go on, Esc leaves.
std::optional<Command> quizKey(int key, int choices) {
  int choice = -1;
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_9) choice = key - GLFW_KEY_1;
  if (key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_9) choice = key - GLFW_KEY_KP_1;
  if (key >= GLFW_KEY_A && key <= GLFW_KEY_Z) choice = key - GLFW_KEY_A;
  if (choice >= 0) {
    if (choice < choices) return ui::makeCommand(CommandKind::QuizChoose, choice);
    return std::nullopt;  // not a choice of this question: the key keeps its usual meaning
  }
  switch (key) {
    case GLFW_KEY_ENTER:
    case GLFW_KEY_KP_ENTER:
    case GLFW_KEY_RIGHT:
    case GLFW_KEY_PAGE_DOWN:
    case GLFW_KEY_SPACE: return ui::makeCommand(CommandKind::QuizNext);
    case GLFW_KEY_ESCAPE: return ui::makeCommand(CommandKind::LeaveQuiz);
    default: return std::nullopt;
  }
}

std::optional<Command> plainKey(int key, int mods) {
  // 1-9 and 0: the standard views in order (8, 9, 0: the heel close-ups).
  const int number = key == GLFW_KEY_0 ? 10 : key - GLFW_KEY_1 + 1;
  if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9 && number <= static_cast<int>(std::size(geometry::kAllViews))) {
    Command c = ui::makeCommand(CommandKind::SetView);
    c.view = geometry::kAllViews[number - 1];
    return c;
  }
  switch (key) {
    case GLFW_KEY_R:
    case GLFW_KEY_HOME: return ui::makeCommand(CommandKind::ReturnToView);
    case GLFW_KEY_F: return ui::makeCommand(CommandKind::FocusStructure);
    case GLFW_KEY_H: return ui::makeCommand(CommandKind::HideSelection);
    case GLFW_KEY_I: return ui::makeCommand(CommandKind::ToggleIsolate);
    case GLFW_KEY_B: return ui::makeCommand(CommandKind::ToggleBothLimbs);
    case GLFW_KEY_ESCAPE: return ui::makeCommand(CommandKind::ClearSelection);
    case GLFW_KEY_TAB: return ui::makeCommand(CommandKind::TogglePanels);
    case GLFW_KEY_O: return ui::makeCommand(CommandKind::CycleOverlay);
    case GLFW_KEY_X: return toggledMode(anatomy::ViewMode::XRay);
    case GLFW_KEY_C: return toggledMode(anatomy::ViewMode::Section);
    case GLFW_KEY_D: return ui::makeCommand(CommandKind::ToggleHeelDrop);
    case GLFW_KEY_P: return ui::makeCommand(CommandKind::CyclePreset, (mods & GLFW_MOD_SHIFT) ? -1 : 1);
    case GLFW_KEY_F1: return ui::makeCommand(CommandKind::ToggleHelp);
    case GLFW_KEY_F2: return ui::makeCommand(CommandKind::ToggleKeyboardPanels);
    case GLFW_KEY_V: return ui::makeCommand(CommandKind::ToggleCompare);
    case GLFW_KEY_G: return ui::makeCommand(CommandKind::ToggleGhost);
    case GLFW_KEY_F6: return ui::makeCommand(CommandKind::TogglePatientMode);
    case GLFW_KEY_W: return ui::makeCommand(CommandKind::TogglePen);
    case GLFW_KEY_E: return ui::makeCommand(CommandKind::ClearStrokes);
    case GLFW_KEY_F5: return ui::makeCommand(CommandKind::TogglePresentation);
    case GLFW_KEY_L: return ui::makeCommand(CommandKind::CycleLabelMode);
    case GLFW_KEY_K: return ui::makeCommand(CommandKind::SetPalette);  // the next palette
    case GLFW_KEY_F12: return ui::makeCommand(CommandKind::SaveScreenshot);
    case GLFW_KEY_EQUAL:
    case GLFW_KEY_KP_ADD: return valued(CommandKind::Zoom, 1.15f);
    case GLFW_KEY_MINUS:
    case GLFW_KEY_KP_SUBTRACT: return valued(CommandKind::Zoom, 1.0f / 1.15f);
    default: return std::nullopt;
  }
}
}  // namespace

KeyContext withQuiz(KeyContext context, const anatomy::Quiz* quiz) {
  context.quizPlaying = quiz != nullptr;
  context.quizChoices = 0;
  const anatomy::QuizQuestion* q = quiz ? quiz->question() : nullptr;
  if (q && q->kind == anatomy::QuestionKind::NameCondition && !quiz->answered())
    context.quizChoices = static_cast<int>(q->choices.size());
  return context;
}

std::optional<Command> commandForKey(const KeyPress& press, const KeyContext& context) {
  if (press.mods & GLFW_MOD_CONTROL) return ctrlShortcut(press.key, press.mods);
  if (context.panelKeys) {  // ImGui's keyboard navigation has every other key
    if (press.key == GLFW_KEY_F2 && !press.repeat) return ui::makeCommand(CommandKind::ToggleKeyboardPanels, 1);
    if (press.key == GLFW_KEY_ESCAPE && !press.repeat) return ui::makeCommand(CommandKind::ToggleKeyboardPanels);
    if (press.key == GLFW_KEY_F1 && !press.repeat) return ui::makeCommand(CommandKind::ToggleHelp);
    return std::nullopt;
  }
  if (context.searching) {  // handled here, not by polling ImGui, so quick key taps are never lost
    if (press.key == GLFW_KEY_DOWN) return ui::makeCommand(CommandKind::MoveListCursor, 1);
    if (press.key == GLFW_KEY_UP) return ui::makeCommand(CommandKind::MoveListCursor, -1);
    if ((press.key == GLFW_KEY_ENTER || press.key == GLFW_KEY_KP_ENTER) && !press.repeat)
      return ui::makeCommand(CommandKind::SelectListCursor);
  }
  if (context.textFocused) return std::nullopt;
  if (context.quizPlaying && !press.repeat && press.mods == 0)
    if (auto c = quizKey(press.key, context.quizChoices)) return c;
  if (context.lessonPlaying && !press.repeat)
    if (auto c = lessonKey(press.key)) return c;
  if (press.repeat) {  // only zooming repeats, in smaller steps
    if (press.key == GLFW_KEY_EQUAL || press.key == GLFW_KEY_KP_ADD) return valued(CommandKind::Zoom, 1.08f);
    if (press.key == GLFW_KEY_MINUS || press.key == GLFW_KEY_KP_SUBTRACT) return valued(CommandKind::Zoom, 1.0f / 1.08f);
    return std::nullopt;
  }
  return plainKey(press.key, press.mods);
}

std::optional<Command> commandForHeldArrows(bool left, bool right, bool up, bool down, bool shift, float dt) {
  const float dx = (right ? 1.0f : 0.0f) - (left ? 1.0f : 0.0f);
  const float dy = (down ? 1.0f : 0.0f) - (up ? 1.0f : 0.0f);
  if (dx == 0.0f && dy == 0.0f) return std::nullopt;
  Command c = ui::makeCommand(shift ? CommandKind::Pan : CommandKind::Orbit);
  if (shift) {
    c.value = dx * kKeyPanPixelsPerSecond * dt;
    c.value2 = dy * kKeyPanPixelsPerSecond * dt;
  } else {
    c.value = -dx * kKeyOrbitRadiansPerSecond * dt;
    c.value2 = -dy * kKeyOrbitRadiansPerSecond * dt;
  }
  return c;
}

}  // namespace app
