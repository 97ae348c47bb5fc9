// Playing the quiz: each question sets the scene (a normal foot with the skin hidden for
// "click the ...", the preset's foot in its own view for "which condition?"), a click on
// the model answers a pick question through the ordinary picking path, and leaving brings
// back what was shown before the quiz.
#include "app/controller.h"

#include <chrono>

namespace app {

namespace {
// The side a structure is seen best from: medial structures from the medial view.
geometry::StandardView viewFor(const anatomy::Atlas& atlas, const std::string& id) {
  const anatomy::Structure* s = atlas.find(id);
  const anatomy::Structure* talus = atlas.find("talus");
  if (!s || !talus || s->mesh.positions.empty()) return geometry::StandardView::Lateral;
  const auto centre = [](const anatomy::Structure& st) {
    const geometry::Bounds b = st.mesh.bounds();
    return 0.5f * (b.min + b.max);
  };
  // The built-in right limb's medial side is +x (manifest frame).
  return centre(*s).x > centre(*talus).x + 5.0f ? geometry::StandardView::Medial : geometry::StandardView::Lateral;
}

std::string labelOf(const anatomy::Atlas& atlas, const std::string& id) {
  const anatomy::Structure* s = atlas.find(id);
  return s ? s->name : id;
}
}  // namespace

void Controller::showQuizQuestion(bool animate) {
  const anatomy::QuizQuestion* q = state_.quiz.quiz->question();
  if (!q) return;
  const anatomy::Atlas& atlas = state_.atlas;
  const int hovered = state_.display.hovered;
  state_.display = anatomy::makeViewState(atlas);
  state_.display.hovered = hovered;
  anatomy::Conditions shown;
  geometry::StandardView view = geometry::StandardView::Posterior;
  if (q->kind == anatomy::QuestionKind::PickStructure) {
    // Nothing to click through: the skin goes, the rest is as the model comes.
    anatomy::setCategoryVisible(atlas, state_.display, anatomy::Category::Skin, false);
    view = viewFor(atlas, q->target.id);
  } else {
    shown = anatomy::presetConditions(q->target.id).value_or(anatomy::Conditions{});
    if (const anatomy::Preset* p = anatomy::findPreset(q->target.id); p && p->view)
      view = geometry::parseView(p->view).value_or(view);
  }
  setConditions(shown);
  for (ViewSlot& v : state_.views) {
    v.overlays.fill(false);  // an overlay's verdicts would give the answer away
    v.mode = anatomy::ViewMode::Normal;
    setView(v, view, animate);
  }
}

bool Controller::quizTakesClick(int index) {
  anatomy::Quiz* quiz = state_.quiz.active() ? &*state_.quiz.quiz : nullptr;
  const anatomy::QuizQuestion* q = quiz ? quiz->question() : nullptr;
  if (!q || quiz->answered() || q->kind != anatomy::QuestionKind::PickStructure) return false;
  const int count = static_cast<int>(state_.atlas.structures.size());
  if (index < 0 || index >= count) return true;  // a click on empty space is no answer
  const std::string& id = state_.atlas.structures[static_cast<std::size_t>(index)].id;
  const auto answer = quiz->answerPick({id, labelOf(state_.atlas, id)});
  // The right structure is outlined either way, so the class sees where it is.
  state_.display.selected = state_.atlas.indexOf(q->target.id);
  state_.display.alsoSelected.clear();
  if (answer && answer->correct)
    setStatus("Right: the " + q->target.label, 4.0);
  else
    setStatus("That is the " + labelOf(state_.atlas, id) + "; the " + q->target.label + " is outlined", 6.0);
  return true;
}

void Controller::applyQuiz(const ui::Command& c) {
  using K = ui::CommandKind;
  QuizPlayer& player = state_.quiz;
  switch (c.kind) {
    case K::StartQuiz: {
      if (!canPose() || !state_.atlas.builtIn) return setStatus("The quiz needs the built-in model", 3.0);
      if (state_.lesson.active()) apply(ui::makeCommand(K::LeaveLesson));
      if (!player.active()) player.before = snapshot();
      state_.motion.playing = false;
      const std::uint32_t seed =
          c.index >= 0 ? static_cast<std::uint32_t>(c.index)
                       : static_cast<std::uint32_t>(std::chrono::system_clock::now().time_since_epoch().count()) +
                             player.quizzesStarted;
      ++player.quizzesStarted;
      player.quiz = anatomy::makeQuiz(anatomy::quizStructures(state_.atlas), anatomy::quizConditions(), seed);
      showQuizQuestion(!c.flag);
      break;
    }
    case K::QuizChoose:
      if (player.active()) {
        if (const auto answer = player.quiz->answerChoice(c.index))
          setStatus(answer->correct ? "Right" : "Not quite: it is " + player.quiz->question()->target.label, 5.0);
      }
      break;
    case K::QuizNext:
      if (!player.active() || !player.quiz->answered()) return;
      player.quiz->next();
      showQuizQuestion(true);  // nothing when finished: the summary is on screen
      break;
    case K::LeaveQuiz:
      if (!player.active()) return;
      player.quiz.reset();
      restore(player.before, true);
      break;
    default: break;
  }
}

}  // namespace app
