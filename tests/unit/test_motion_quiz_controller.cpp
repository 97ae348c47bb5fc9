// The motion and quiz commands through app::Controller without a display: the heel drop
// advances with the time steps tick() is given (no clock), the ankle slider pauses it, a
// click answers the quiz's pick question, keys answer and go on, and leaving the quiz
// restores the scene.
#include "anatomy/motion.h"
#include "app/controller.h"
#include "app/key_map.h"
#include "io/model_loader.h"
#include "render/backend.h"

#include "controller_fixture.h"

#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace {
using ui::CommandKind;

using testsupport::builtIn;  // controller_fixture.h

struct Fixture {
  app::AppState state;
  render::NullBackend meshes;
  app::Controller controller{state, meshes, [] { return 0.0; }};
  Fixture() {
    state.viewportWidth = 1280;
    state.viewportHeight = 720;
    controller.setAtlas(builtIn(), io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  }
};
}  // namespace

TEST(MotionCommands, HeelDropFollowsTheTimeStepsAndTheSliderPausesIt) {
  Fixture f;
  const float restTendon = f.state.motion.restTendonMm;
  ASSERT_GT(restTendon, 100.0f);
  f.controller.apply(ui::makeCommand(CommandKind::ToggleHeelDrop));
  ASSERT_TRUE(f.state.motion.playing);
  const anatomy::HeelDrop drop;
  // Step to the bottom of the drop in frame-sized steps: the ankle is the animation's angle.
  const double bottom = drop.riseSeconds + drop.holdSeconds + drop.lowerSeconds + 0.5 * drop.bottomSeconds;
  for (double t = 0.0; t + 1e-9 < bottom; t += 0.05) EXPECT_TRUE(f.controller.tick(0.05f));
  EXPECT_NEAR(f.controller.conditions().ankleDeg, drop.angleAt(f.state.motion.seconds), 1e-4f);
  EXPECT_NEAR(f.controller.conditions().ankleDeg, drop.bottomDeg, 1e-3f);
  const ui::MotionInfo low = f.controller.motionInfo();
  EXPECT_GT(low.tendonMm, restTendon + 5.0f) << "the heel below the step stretches the tendon";
  EXPECT_LT(low.bursaFraction, 1.0f);
  EXPECT_EQ(low.phase, drop.phaseAt(f.state.motion.seconds));

  ui::Command slider = ui::makeCommand(CommandKind::SetAnkle);
  slider.value = -30.0f;
  f.controller.apply(slider);
  EXPECT_FALSE(f.state.motion.playing);
  EXPECT_FALSE(f.controller.tick(0.05f));
  EXPECT_FLOAT_EQ(f.controller.conditions().ankleDeg, -30.0f);
  EXPECT_LT(f.controller.motionInfo().tendonMm, restTendon - 5.0f);
  slider.value = 90.0f;
  f.controller.apply(slider);
  EXPECT_FLOAT_EQ(f.controller.conditions().ankleDeg, anatomy::kAnkleMaxDeg);

  // A preset keeps the ankle where it is: it is a foot, not a pose.
  ui::Command preset = ui::makeCommand(CommandKind::SetPreset);
  preset.text = "haglund";
  f.controller.apply(preset);
  EXPECT_FLOAT_EQ(f.controller.conditions().ankleDeg, anatomy::kAnkleMaxDeg);
  EXPECT_GT(f.controller.conditions()[anatomy::ConditionId::Haglund], 0.0f);
}

TEST(QuizCommands, AClickAnswersThePickQuestionAndLeavingRestoresTheScene) {
  Fixture f;
  ui::Command preset = ui::makeCommand(CommandKind::SetPreset);
  preset.text = "flat-foot";
  f.controller.apply(preset);
  const app::Snapshot before = f.controller.snapshot();
  f.controller.apply(ui::makeCommand(CommandKind::StartQuiz, 42));
  ASSERT_TRUE(f.state.quiz.active());
  const anatomy::QuizQuestion* q = f.state.quiz.quiz->question();
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->kind, anatomy::QuestionKind::PickStructure);
  EXPECT_FALSE(f.controller.conditions().any()) << "pick questions show a normal foot";
  EXPECT_FALSE(anatomy::isShown(f.state.display, f.state.atlas.indexOf("skin")));

  const int target = f.state.atlas.indexOf(q->target.id);
  const int other = target == f.state.atlas.indexOf("talus") ? f.state.atlas.indexOf("calcaneus")
                                                               : f.state.atlas.indexOf("talus");
  f.controller.apply(ui::makeCommand(CommandKind::QuizNext));  // not answered: stays
  EXPECT_EQ(f.state.quiz.quiz->current, 0);
  f.controller.apply(ui::makeCommand(CommandKind::Select, other));
  ASSERT_TRUE(f.state.quiz.quiz->answered());
  EXPECT_FALSE(f.state.quiz.quiz->answers[0].correct);
  EXPECT_EQ(f.state.display.selected, target) << "the right structure is outlined";
  f.controller.apply(ui::makeCommand(CommandKind::Select, target));  // a second click changes nothing
  EXPECT_EQ(f.state.quiz.quiz->score(), 0);

  f.controller.apply(ui::makeCommand(CommandKind::QuizNext));
  const anatomy::QuizQuestion* shown = f.state.quiz.quiz->question();
  ASSERT_EQ(shown->kind, anatomy::QuestionKind::NameCondition);
  EXPECT_TRUE(f.controller.conditions() == *anatomy::presetConditions(shown->target.id)) << "the model shows it";
  int right = 0;
  while (shown->choices[static_cast<std::size_t>(right)].id != shown->target.id) ++right;
  f.controller.apply(ui::makeCommand(CommandKind::QuizChoose, right));
  EXPECT_EQ(f.state.quiz.quiz->score(), 1);

  f.controller.apply(ui::makeCommand(CommandKind::LeaveQuiz));
  EXPECT_FALSE(f.state.quiz.active());
  EXPECT_TRUE(f.controller.conditions() == before.conditions);
  EXPECT_TRUE(anatomy::isShown(f.state.display, f.state.atlas.indexOf("skin")));
}

// The quiz from the keyboard or a clicker: digits or letters answer "which condition is
// shown?", Enter (or Right, Page Down, Space) goes on, Esc leaves; other keys keep their use.
TEST(QuizCommands, KeysAnswerAndGoOn) {
  Fixture f;
  f.controller.apply(ui::makeCommand(CommandKind::StartQuiz, 42));
  ASSERT_TRUE(f.state.quiz.active());
  const auto key = [&](int k) {
    return app::commandForKey({k, 0, false}, app::withQuiz(app::KeyContext{}, &*f.state.quiz.quiz));
  };
  // A pick question has no choices: 1 is still the lateral view, and Enter waits for a click.
  ASSERT_EQ(f.state.quiz.quiz->question()->kind, anatomy::QuestionKind::PickStructure);
  ASSERT_TRUE(key(GLFW_KEY_1).has_value());
  EXPECT_EQ(key(GLFW_KEY_1)->kind, CommandKind::SetView);
  f.controller.apply(*key(GLFW_KEY_ENTER));
  EXPECT_EQ(f.state.quiz.quiz->current, 0) << "not answered yet";
  f.controller.apply(ui::makeCommand(CommandKind::Select, f.state.atlas.indexOf(f.state.quiz.quiz->question()->target.id)));
  ASSERT_TRUE(f.state.quiz.quiz->answered());
  f.controller.apply(*key(GLFW_KEY_ENTER));
  ASSERT_EQ(f.state.quiz.quiz->current, 1);

  const anatomy::QuizQuestion* q = f.state.quiz.quiz->question();
  ASSERT_EQ(q->kind, anatomy::QuestionKind::NameCondition);
  ASSERT_EQ(q->choices.size(), 4u);
  int right = 0;
  while (q->choices[static_cast<std::size_t>(right)].id != q->target.id) ++right;
  // The letter of the right choice (A-D) answers it; a second answer counts for nothing.
  const auto choose = key(GLFW_KEY_A + right);
  ASSERT_TRUE(choose.has_value());
  EXPECT_EQ(choose->kind, CommandKind::QuizChoose);
  EXPECT_EQ(choose->index, right);
  f.controller.apply(*choose);
  EXPECT_EQ(f.state.quiz.quiz->score(), 2);
  EXPECT_FALSE(key(GLFW_KEY_1 + (right + 1) % 4).value_or(ui::makeCommand(CommandKind::Quit)).kind ==
               CommandKind::QuizChoose)
      << "answered: the digits no longer choose";
  for (int k : {GLFW_KEY_RIGHT, GLFW_KEY_PAGE_DOWN, GLFW_KEY_SPACE, GLFW_KEY_KP_ENTER})
    EXPECT_EQ(key(k)->kind, CommandKind::QuizNext) << k;
  f.controller.apply(*key(GLFW_KEY_SPACE));
  EXPECT_EQ(f.state.quiz.quiz->current, 2);
  f.controller.apply(*key(GLFW_KEY_ESCAPE));
  EXPECT_FALSE(f.state.quiz.active());
}

TEST(QuizCommands, DigitsAndKeypadChooseWhileAChoiceWaits) {
  app::KeyContext choosing;
  choosing.quizPlaying = true;
  choosing.quizChoices = 4;
  for (int i = 0; i < 4; ++i) {
    for (int k : {GLFW_KEY_1 + i, GLFW_KEY_KP_1 + i, GLFW_KEY_A + i}) {
      const auto c = app::commandForKey({k, 0, false}, choosing);
      ASSERT_TRUE(c.has_value()) << k;
      EXPECT_EQ(c->kind, CommandKind::QuizChoose) << k;
      EXPECT_EQ(c->index, i) << k;
    }
  }
  // A fifth choice does not exist: 5 and E keep their own meaning.
  EXPECT_EQ(app::commandForKey({GLFW_KEY_5, 0, false}, choosing)->kind, CommandKind::SetView);
  EXPECT_EQ(app::commandForKey({GLFW_KEY_E, 0, false}, choosing)->kind, CommandKind::ClearStrokes);
  // Ctrl shortcuts and typing in a text field are not answers.
  EXPECT_EQ(app::commandForKey({GLFW_KEY_B, GLFW_MOD_CONTROL, false}, choosing)->kind, CommandKind::AddBookmark);
  choosing.textFocused = true;
  EXPECT_FALSE(app::commandForKey({GLFW_KEY_A, 0, false}, choosing).has_value());
}
