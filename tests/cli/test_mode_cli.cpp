// --mode and --section-offset as a user meets them: a wrong value is one line naming the
// option, and exit code 2, before any window is opened.
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>

TEST(ModeCli, BadModeOrOffsetExitTwoWithOneLine) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--mode", "ultrasound"},
                                        {"--section-offset", "deep"},
                                        {"--mode", "section", "--section-offset", "-900"}}) {
    const auto r = testsupport::runApp(args);
    EXPECT_EQ(r.exitCode, 2) << args[0];
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_NE(r.err.find(args[args.size() - 2]), std::string::npos) << r.err;
  }
}
