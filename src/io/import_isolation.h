// Running an import in a forked child process, so that a crash, a hang or runaway memory in
// the importer (Debian's Assimp 5.2.5 segfaults on some files) becomes an ImportError in the
// parent instead of taking the application down. The result comes back through a pipe.
#pragma once

#include "io/imported_scene.h"

#include <cstdint>
#include <functional>
#include <string>

namespace io::detail {

struct IsolationLimits {
  // The child's processor time: what a runaway import (a quadratic step, a busy loop) uses
  // up, however loaded the machine. A legitimate large file on a busy machine takes longer on
  // the clock but not in processor time.
  int timeoutSeconds = 60;
  // The clock, for a child that hangs without working (blocked on a read); 0 = three times
  // timeoutSeconds.
  int wallSeconds = 0;
  std::uint64_t memoryBytes = 6ull << 30;     // address space the child may add (0 = no limit)
  std::uint64_t maxMessageBytes = 8ull << 30; // larger replies are refused
};

// Calls work() in a child process and returns what it produced. Throws ImportError: the
// child's own ImportError, or a reason in plain words: the importer crashed on the file, hit
// the time limit or the memory limit. work() must not touch state the parent relies on seeing changed.
// whileWaiting, if given, runs in this process once the child has started (for example
// starting OpenGL, which must not happen before the fork: a child forked while another
// thread holds a lock can deadlock).
ImportedScene runIsolated(const std::function<ImportedScene()>& work, const IsolationLimits& limits,
                          const std::function<void()>& whileWaiting = {});

// "SIGSEGV" for 11; "signal 42" style fallback for the rest (for diagnostics and tests).
std::string signalName(int signal);

}  // namespace io::detail
