// The helper every command-line and render test runs the app through: its limit is on the
// child's processor time, so a slow, busy machine (which stretches the clock, not the work)
// cannot fail a run, while a run that spins is still stopped.
#include "test_support.h"

#include <gtest/gtest.h>

#include <csignal>

TEST(RunSupport, AChildThatSpinsIsStoppedByItsProcessorTime) {
  const auto r = testsupport::run({"/bin/sh", "-c", "while :; do :; done"}, 1);
  EXPECT_EQ(r.exitCode, 128 + SIGXCPU);
}

TEST(RunSupport, AChildThatTakesLongerThanTheLimitWithoutWorkingIsNotStopped) {
  // Three seconds on the clock, almost no processor time: a wall-clock limit of one second
  // (the helper's old rule) killed it, as it killed a loaded machine's slow but healthy runs.
  const auto r = testsupport::run({"/bin/sh", "-c", "sleep 3; echo done"}, 1);
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.out, "done\n");
}
