// A broken invariant is a bug, not bad input: AA_INVARIANT names the condition and where it
// failed, and stops the program in every build type (release builds included), so a bug is
// never mistaken for a model that lacks something.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace anatomy {

[[noreturn]] inline void invariantFailed(const char* what, const char* file, int line) {
  std::fprintf(stderr, "internal error: %s (%s:%d)\n", what, file, line);
  std::abort();
}

}  // namespace anatomy

#define AA_INVARIANT(condition) \
  ((condition) ? static_cast<void>(0) : ::anatomy::invariantFailed(#condition, __FILE__, __LINE__))
