// The keyboard shortcuts as a table from (key, modifiers) to a Command, so keys are tested
// without a window. Keys are GLFW key codes; the Help window lists the same table.
#pragma once

#include "anatomy/quiz.h"
#include "ui/commands.h"

#include <optional>

namespace app {

struct KeyPress {
  int key = 0;
  int mods = 0;      // GLFW_MOD_* bits
  bool repeat = false;  // held down (auto-repeat)
};

// What decides what a key means besides the key itself.
struct KeyContext {
  bool textFocused = false;   // a text field has the keyboard: only Ctrl shortcuts count
  bool lessonPlaying = false;  // arrows, Page Up/Down, Space, Home, End and Esc drive the lesson
  bool searching = false;      // the structure search has the keyboard: Up, Down, Enter pick in the list
  // A quiz is on: 1-4 or A-D answer (while quizChoices choices wait for an answer), Enter,
  // Right, Page Down and Space go to the next question, Esc leaves.
  bool quizPlaying = false;
  int quizChoices = 0;
  bool panelKeys = false;      // F2 gave the panels the keyboard: only Ctrl shortcuts, F1, F2 (next panel) and Esc (back) count
};

// The context with a quiz in play (null: none): which keys answer its question.
KeyContext withQuiz(KeyContext context, const anatomy::Quiz* quiz);

// The command a key press asks for, or nothing.
std::optional<ui::Command> commandForKey(const KeyPress& press, const KeyContext& context);

// Arrow keys held down turn (or with Shift pan) the camera smoothly, dt seconds a frame.
std::optional<ui::Command> commandForHeldArrows(bool left, bool right, bool up, bool down, bool shift, float dt);

}  // namespace app
