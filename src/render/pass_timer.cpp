#include "render/pass_timer.h"

#include <epoxy/gl.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace render {

namespace {
double processCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
}  // namespace

PassTimer::PassTimer() {
  const char* env = std::getenv("AA_FRAME_TIMES");
  enabled_ = env && *env && std::strcmp(env, "0") != 0;
}

void PassTimer::start() {
  if (!enabled_) return;
  glFinish();
  last_ = std::chrono::steady_clock::now();
  lastCpuMs_ = processCpuMs();
  line_.clear();
}

void PassTimer::mark(const char* pass) {
  if (!enabled_) return;
  glFinish();
  const auto now = std::chrono::steady_clock::now();
  const double cpu = processCpuMs();
  char text[96];
  std::snprintf(text, sizeof text, " %s %.1f [%.1f]", pass, std::chrono::duration<double, std::milli>(now - last_).count(),
                cpu - lastCpuMs_);
  line_ += text;
  last_ = now;
  lastCpuMs_ = cpu;
}

void PassTimer::finish(const char* label) {
  if (enabled_) std::fprintf(stderr, "frame-times %s:%s ms\n", label, line_.c_str());
}

}  // namespace render
