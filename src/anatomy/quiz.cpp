#include "anatomy/quiz.h"

#include "anatomy/atlas.h"
#include "anatomy/conditions.h"

#include <algorithm>
#include <random>

namespace anatomy {

namespace {
// A small generator of our own: the same seed gives the same quiz with any standard library
// (the std distributions are free to differ between implementations).
class Draw {
 public:
  explicit Draw(std::uint32_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine_() % n); }
  template <typename T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[below(i)]);
  }

 private:
  std::mt19937 engine_;
};

QuizQuestion conditionQuestion(const QuizItem& target, const std::vector<QuizItem>& pool, Draw& draw) {
  QuizQuestion q;
  q.kind = QuestionKind::NameCondition;
  q.target = target;
  std::vector<QuizItem> others;
  for (const QuizItem& c : pool)
    if (c.id != target.id) others.push_back(c);
  draw.shuffle(others);
  q.choices.push_back(target);
  for (std::size_t i = 0; i < others.size() && q.choices.size() < 4; ++i) q.choices.push_back(others[i]);
  draw.shuffle(q.choices);
  return q;
}

// Draws from a pool without repeats, reshuffling when it runs out.
struct Bag {
  std::vector<QuizItem> items;
  std::size_t next = 0;
  const QuizItem& take(Draw& draw) {
    if (next == 0 || next >= items.size()) {
      draw.shuffle(items);
      next = 0;
    }
    return items[next++];
  }
};
}  // namespace

std::string QuizQuestion::prompt() const {
  if (kind == QuestionKind::PickStructure) return "Click the " + target.label;
  return "Which condition is shown?";
}

int Quiz::score() const {
  return static_cast<int>(std::count_if(answers.begin(), answers.end(), [](const QuizAnswer& a) { return a.correct; }));
}

std::optional<QuizAnswer> Quiz::answerPick(const QuizItem& clicked) {
  const QuizQuestion* q = question();
  if (!q || answered() || q->kind != QuestionKind::PickStructure) return std::nullopt;
  answers.push_back({clicked.id == q->target.id, clicked.label});
  return answers.back();
}

std::optional<QuizAnswer> Quiz::answerChoice(int choice) {
  const QuizQuestion* q = question();
  if (!q || answered() || q->kind != QuestionKind::NameCondition || choice < 0 ||
      choice >= static_cast<int>(q->choices.size()))
    return std::nullopt;
  const QuizItem& c = q->choices[static_cast<std::size_t>(choice)];
  answers.push_back({c.id == q->target.id, c.label});
  return answers.back();
}

void Quiz::next() {
  if (answered()) ++current;
}

std::vector<std::string> Quiz::summary() const {
  std::vector<std::string> lines;
  lines.push_back(std::to_string(score()) + " of " + std::to_string(answers.size()) + " right");
  for (std::size_t i = 0; i < answers.size() && i < questions.size(); ++i) {
    if (answers[i].correct) continue;
    const QuizQuestion& q = questions[i];
    if (q.kind == QuestionKind::PickStructure)
      lines.push_back("Asked for the " + q.target.label + ", clicked " + (answers[i].given.empty() ? "nothing" : answers[i].given));
    else
      lines.push_back("Shown: " + q.target.label + ", answered " + answers[i].given);
  }
  return lines;
}

std::vector<QuizItem> quizStructures(const Atlas& atlas, float minSizeMm) {
  std::vector<QuizItem> out;
  for (const Structure& s : atlas.structures) {
    if (s.category == Category::Skin || s.mesh.positions.empty()) continue;
    const geometry::Bounds b = s.mesh.bounds();
    if (glm::length(b.max - b.min) < minSizeMm) continue;
    out.push_back({s.id, s.name});
  }
  return out;
}

std::vector<QuizItem> quizConditions() {
  std::vector<QuizItem> out;
  for (const Preset& p : presets()) out.push_back({p.id, p.label});
  return out;
}

Quiz makeQuiz(const std::vector<QuizItem>& structures, const std::vector<QuizItem>& conditions, std::uint32_t seed,
              int rounds) {
  Draw draw(seed);
  Bag picks{structures}, shown{conditions};
  Quiz quiz;
  for (int r = 0; r < rounds; ++r) {
    const bool pick = (r % 2 == 0 && !structures.empty()) || conditions.size() < 2;
    if (pick && structures.empty()) break;
    if (pick) {
      QuizQuestion q;
      q.target = picks.take(draw);
      quiz.questions.push_back(q);
    } else {
      quiz.questions.push_back(conditionQuestion(shown.take(draw), conditions, draw));
    }
  }
  return quiz;
}

}  // namespace anatomy
