// A quiz for the class: rounds of "click the structure named ..." and "which condition is
// shown?" (the model posed to a preset, four choices), a score and a summary. Pure and
// deterministic for a seed, so tests replay a whole quiz; the app poses, frames and picks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace anatomy {

struct Atlas;

// Something the quiz can ask about: a structure (id, name) or a preset (id, label).
struct QuizItem {
  std::string id;
  std::string label;
};

enum class QuestionKind { PickStructure, NameCondition };

struct QuizQuestion {
  QuestionKind kind = QuestionKind::PickStructure;
  QuizItem target;                // the structure to click, or the preset shown
  std::vector<QuizItem> choices;  // NameCondition: four presets, the target among them
  std::string prompt() const;     // "Click the Retrocalcaneal bursa", "Which condition is shown?"
};

struct QuizAnswer {
  bool correct = false;
  std::string given;  // the label of what was clicked or chosen
};

struct Quiz {
  std::vector<QuizQuestion> questions;
  std::vector<QuizAnswer> answers;  // one per question answered so far
  int current = 0;                  // the question on screen (== questions.size(): finished)

  bool finished() const { return current >= static_cast<int>(questions.size()); }
  bool answered() const { return current < static_cast<int>(answers.size()); }  // current one
  const QuizQuestion* question() const { return finished() ? nullptr : &questions[static_cast<std::size_t>(current)]; }
  int score() const;
  // Records the answer to the current question once (later answers to it are ignored);
  // returns it, or nothing when there is no open question of that kind.
  std::optional<QuizAnswer> answerPick(const QuizItem& clicked);
  std::optional<QuizAnswer> answerChoice(int choice);
  void next();  // on to the next question once the current one is answered
  // "7 of 10 right" and, per wrong answer, what was asked and what was given.
  std::vector<std::string> summary() const;
};

// The structures worth asking about in a built-in model: not the skin, big enough to click
// (bounds diagonal >= minSizeMm at rest), ordered as in the atlas.
std::vector<QuizItem> quizStructures(const Atlas& atlas, float minSizeMm = 10.0f);
// Every preset as a choice (normal included: "nothing wrong" is an answer too).
std::vector<QuizItem> quizConditions();

// `rounds` questions alternating pick and name-the-condition (pick first), drawn without
// repeats while the pools last; the same seed gives the same quiz.
Quiz makeQuiz(const std::vector<QuizItem>& structures, const std::vector<QuizItem>& conditions, std::uint32_t seed,
              int rounds = 10);

}  // namespace anatomy
