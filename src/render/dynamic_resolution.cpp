#include "render/dynamic_resolution.h"

#include <algorithm>

namespace render {

namespace {
// A level is judged by the median of its last few frames, so one hiccup changes nothing:
// three to step down (a lagging view is noticed at once), five to step back up.
constexpr std::size_t kDownWindow = 3;
constexpr std::size_t kUpWindow = 5;

double medianOfLast(const std::vector<double>& values, std::size_t n) {
  std::vector<double> last(values.end() - static_cast<std::ptrdiff_t>(n), values.end());
  std::nth_element(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(n / 2), last.end());
  return last[n / 2];
}
// Step back up only when comfortably inside the budget, so levels do not flicker.
constexpr double kStepUpFraction = 0.55;
}  // namespace

DynamicResolution::DynamicResolution(double budgetMs, int firstMovingLevel)
    : budgetMs_(budgetMs), level_(std::clamp(firstMovingLevel, 0, kLevels - 1)) {}

SceneQuality DynamicResolution::qualityOf(int level) {
  // Below half size a software renderer still gains: the scene's fill cost falls with the
  // square of the scale (0.35 draws half the pixels of 0.5). It stops at about a third,
  // where a projected foot still reads and the upscale and panels dominate anyway.
  static constexpr float kScales[kLevels] = {1.0f, 1.0f, 0.85f, 0.72f, 0.6f, 0.5f, 0.42f, 0.35f};
  const int l = std::clamp(level, 0, kLevels - 1);
  // Multisampling costs about as much as the pixels it would save on a software
  // renderer, so reduced levels go without; the linear upscale softens the edges.
  return {kScales[l], l == 0 ? 0 : 1};
}

void DynamicResolution::setLevel(int level) {
  level_ = std::clamp(level, 1, kLevels - 1);
  recentMs_.clear();
}

SceneQuality DynamicResolution::next(bool moving) {
  if (moving != moving_) {
    moving_ = moving;
    recentMs_.clear();  // a still frame's time says nothing about a moving one
  }
  return moving ? qualityOf(level_) : SceneQuality{};
}

void DynamicResolution::frameTime(double ms) {
  if (!moving_ || ms <= 0.0) return;
  recentMs_.push_back(ms);
  if (recentMs_.size() > kUpWindow) recentMs_.erase(recentMs_.begin());
  int step = 0;
  if (recentMs_.size() >= kDownWindow && medianOfLast(recentMs_, kDownWindow) > budgetMs_ && level_ < kLevels - 1)
    step = 1;
  else if (recentMs_.size() >= kUpWindow && medianOfLast(recentMs_, kUpWindow) < budgetMs_ * kStepUpFraction &&
           level_ > 0)
    step = -1;
  if (step == 0) return;
  level_ += step;
  recentMs_.clear();
}

}  // namespace render
