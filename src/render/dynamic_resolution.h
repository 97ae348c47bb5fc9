// Chooses how finely to draw the 3D scene while the view is changing. A still view is
// always drawn at full resolution with full multisampling; while the camera moves (or a
// slider is dragged) the scene may be drawn smaller, without multisampling, and scaled
// up, stepping down when frames take longer than the budget and back up when they are
// quick, so a slow laptop on a projector stays responsive. The UI is never scaled.
#pragma once

#include <vector>

namespace render {

struct SceneQuality {
  float scale = 1.0f;  // scene size / window size, per axis
  int samples = 0;     // 0: the window's full multisampling; 1: none
};

class DynamicResolution {
 public:
  // The levels, finest first; level 0 is full quality. Discrete, so that a level's
  // frame times can be judged and buffers are not reallocated every frame.
  static constexpr int kLevels = 8;
  // The default budget sits above a 60 Hz display's 16.7 ms, so that waiting for the
  // display never reads as a slow frame, and well inside 30 frames per second.
  explicit DynamicResolution(double budgetMs = 20.0, int firstMovingLevel = 2);

  // Quality for the next frame; moving says whether the view is changing.
  SceneQuality next(bool moving);
  // Reports how long the last frame took (window to window), in milliseconds.
  void frameTime(double ms);
  int level() const { return level_; }
  // Puts the moving level at level (clamped to 1..kLevels-1): a screenshot of what a
  // moving view looks like at that level.
  void setLevel(int level);
  double budgetMs() const { return budgetMs_; }

  static SceneQuality qualityOf(int level);

 private:
  double budgetMs_;
  int level_;            // the moving level, kept between movements
  std::vector<double> recentMs_;  // this level's last frames
  bool moving_ = false;
};

}  // namespace render
