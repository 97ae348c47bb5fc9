// Command-line behaviour of --overlay and the benchmark's severity-change timing.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

namespace {
int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }
}  // namespace

TEST(OverlayCli, BadOverlayNameExitsTwoWithOneLine) {
  for (const char* bad : {"bad", "lateral,sideways", ""}) {
    const auto r = testsupport::runApp({"--overlay", bad, "--screenshot", testsupport::outputPath("never.png")});
    EXPECT_EQ(r.exitCode, 2) << bad;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("--overlay"), std::string::npos) << r.err;
  }
}

TEST(OverlayCli, HelpNamesTheOverlays) {
  const auto r = testsupport::runApp({"--help"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_NE(r.out.find("--overlay"), std::string::npos);
  EXPECT_NE(r.out.find("whole-leg"), std::string::npos);
}

TEST(OverlayCli, AnOverlayWithoutAViewShowsItsOwnView) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display (run under xvfb-run -a)";
  const auto r = testsupport::runApp(
      {"--overlay", "posterior", "--screenshot", testsupport::outputPath("overlay_view.png"), "--size", "160x90"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(r.out.find("posterior view"), std::string::npos) << r.out;
  const auto kept = testsupport::runApp({"--overlay", "posterior", "--view", "medial", "--screenshot",
                                         testsupport::outputPath("overlay_view_kept.png"), "--size", "160x90"});
  ASSERT_EQ(kept.exitCode, 0) << kept.err;
  EXPECT_NE(kept.out.find("medial view"), std::string::npos) << kept.out;
  EXPECT_NE(kept.err.find("note"), std::string::npos) << "a posterior overlay is not drawn in the medial view";
}

TEST(OverlayCli, BenchmarkReportsSeverityChangeTimes) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display (run under xvfb-run -a)";
  const auto r = testsupport::runApp({"--bench-frames", "6", "--size", "320x180", "--overlay", "lateral"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j.at("severity_change_frames").get<int>(), 6);
  EXPECT_GT(j.at("severity_change_median_ms").get<double>(), 0.0);
  EXPECT_GE(j.at("severity_change_p95_ms").get<double>(), j.at("severity_change_median_ms").get<double>());
  EXPECT_GT(j.at("severity_update_median_ms").get<double>(), 0.0);
  EXPECT_LE(j.at("severity_update_median_ms").get<double>(), j.at("severity_change_p95_ms").get<double>());
}
