// Reaching the panels from the keyboard (F2): while the panels have the keyboard the app's
// own plain keys are silent (ImGui's navigation uses arrows, Space, Enter), F2 or Esc hands
// the keyboard back (F2 again: the next panel), Ctrl shortcuts keep working; and the F1 list names every key the key
// map answers.
#include "controller_fixture.h"

#include "app/key_map.h"
#include "ui/panels.h"

#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cctype>
#include <set>
#include <string>

namespace {
using ui::CommandKind;

std::optional<ui::Command> press(int key, const app::KeyContext& context, int mods = 0) {
  return app::commandForKey({key, mods, false}, context);
}

TEST(KeyboardPanels, F2GivesThePanelsTheKeyboardAndEscOrF2GivesItBack) {
  testsupport::Fixture f;
  f.state.ui.showPanels = false;  // presenting: F2 brings the panels to move through
  const auto f2 = press(GLFW_KEY_F2, app::KeyContext{});
  ASSERT_TRUE(f2.has_value());
  ASSERT_EQ(f2->kind, CommandKind::ToggleKeyboardPanels);
  f.apply(*f2);
  EXPECT_TRUE(f.state.ui.keyboardPanels);
  EXPECT_TRUE(f.state.ui.showPanels);

  EXPECT_EQ(f.state.ui.keyboardPanel, 0);

  app::KeyContext inPanels;
  inPanels.panelKeys = f.state.ui.keyboardPanels;
  const auto next = press(GLFW_KEY_F2, inPanels);
  ASSERT_TRUE(next.has_value());
  ASSERT_EQ(next->kind, CommandKind::ToggleKeyboardPanels);
  f.apply(*next);  // F2 again: the next panel, still in the mode
  EXPECT_TRUE(f.state.ui.keyboardPanels);
  EXPECT_EQ(f.state.ui.keyboardPanel, 1);
  const auto back = press(GLFW_KEY_ESCAPE, inPanels);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->kind, CommandKind::ToggleKeyboardPanels);
  f.apply(*back);
  EXPECT_FALSE(f.state.ui.keyboardPanels);
  f.apply(*f2);  // in again: the first panel
  EXPECT_TRUE(f.state.ui.keyboardPanels);
  EXPECT_EQ(f.state.ui.keyboardPanel, 0);
}

TEST(KeyboardPanels, ArrowsSpaceAndLettersAreLeftToThePanels) {
  app::KeyContext inPanels;
  inPanels.panelKeys = true;
  for (int key : {GLFW_KEY_LEFT, GLFW_KEY_RIGHT, GLFW_KEY_UP, GLFW_KEY_DOWN, GLFW_KEY_SPACE, GLFW_KEY_ENTER,
                  GLFW_KEY_TAB, GLFW_KEY_H, GLFW_KEY_1, GLFW_KEY_PAGE_DOWN})
    EXPECT_FALSE(press(key, inPanels).has_value()) << "key " << key << " must reach ImGui's navigation";
  // Even in a lesson: the clicker's keys step the lesson only while the view has the keyboard.
  inPanels.lessonPlaying = true;
  EXPECT_FALSE(press(GLFW_KEY_SPACE, inPanels).has_value());
  app::KeyContext lesson;
  lesson.lessonPlaying = true;
  ASSERT_TRUE(press(GLFW_KEY_SPACE, lesson).has_value());
  EXPECT_EQ(press(GLFW_KEY_SPACE, lesson)->kind, CommandKind::LessonStep);
  // Outside the mode the arrows orbit (held) and H hides: the app's keys are untouched.
  EXPECT_EQ(press(GLFW_KEY_H, app::KeyContext{})->kind, CommandKind::HideSelection);
}

TEST(KeyboardPanels, CtrlShortcutsAndHelpStillWork) {
  app::KeyContext inPanels;
  inPanels.panelKeys = true;
  const auto undo = press(GLFW_KEY_Z, inPanels, GLFW_MOD_CONTROL);
  ASSERT_TRUE(undo.has_value());
  EXPECT_EQ(undo->kind, CommandKind::Undo);
  const auto help = press(GLFW_KEY_F1, inPanels);
  ASSERT_TRUE(help.has_value());
  EXPECT_EQ(help->kind, CommandKind::ToggleHelp);
}

// The words of the Help table's key column, split at anything not a letter or digit.
std::set<std::string> helpKeyWords() {
  std::set<std::string> words;
  int count = 0;
  const ui::Shortcut* table = ui::shortcuts(count);
  for (int i = 0; i < count; ++i) {
    std::string word;
    for (const char* p = table[i].keys;; ++p) {
      if (*p && std::isalnum(static_cast<unsigned char>(*p))) {
        word += *p;
        continue;
      }
      if (!word.empty()) words.insert(word);
      word.clear();
      if (!*p) break;
    }
  }
  return words;
}

TEST(KeyboardPanels, HelpListsEveryLetterAndFunctionKeyTheKeyMapAnswers) {
  const std::set<std::string> words = helpKeyWords();
  for (int key = GLFW_KEY_A; key <= GLFW_KEY_Z; ++key) {
    const std::string name(1, static_cast<char>('A' + (key - GLFW_KEY_A)));
    if (press(key, app::KeyContext{}).has_value()) {
      EXPECT_TRUE(words.count(name)) << name << " is missing from F1";
    }
    if (press(key, app::KeyContext{}, GLFW_MOD_CONTROL).has_value()) {
      EXPECT_TRUE(words.count(name)) << "Ctrl+" << name << " is missing from F1";
    }
  }
  for (int n = 1; n <= 12; ++n) {
    if (press(GLFW_KEY_F1 + n - 1, app::KeyContext{}).has_value()) {
      EXPECT_TRUE(words.count("F" + std::to_string(n))) << "F" << n << " is missing from F1";
    }
  }
}

}  // namespace
