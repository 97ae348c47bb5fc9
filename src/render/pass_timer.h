// Optional per-pass timing of a frame, for finding where the time goes on a software
// renderer: with AA_FRAME_TIMES=1 in the environment each frame prints one line to
// stderr: wall-clock milliseconds and, in brackets, the process's CPU milliseconds (all
// threads, so a software renderer's work shows even on a busy machine). Each mark waits
// for the GPU (glFinish), so timed frames are slower overall.
#pragma once

#include <chrono>
#include <string>

namespace render {

class PassTimer {
 public:
  PassTimer();
  bool enabled() const { return enabled_; }
  void start();
  void mark(const char* pass);  // time since the previous mark, under this name
  void finish(const char* label);

 private:
  bool enabled_ = false;
  std::chrono::steady_clock::time_point last_;
  double lastCpuMs_ = 0.0;
  std::string line_;
};

}  // namespace render
