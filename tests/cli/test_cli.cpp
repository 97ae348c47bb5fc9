// The command line as a user meets it: exit codes, one-line messages, JSON shapes.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using testsupport::runApp;

namespace {
std::string writeFile(const std::string& name, const std::string& content) {
  const std::string path = testsupport::outputPath(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

int lineCount(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// Runs without any display, as on a server or in CI before Xvfb.
testsupport::RunResult runWithoutDisplay(const std::vector<std::string>& args) {
  std::vector<std::string> argv{"/usr/bin/env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", AA_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return testsupport::run(argv);
}
}  // namespace

TEST(Cli, HelpListsTheOptionsAndExitsZero) {
  const auto r = runApp({"--help"});
  EXPECT_EQ(r.exitCode, 0);
  for (const char* opt : {"--screenshot", "--size", "--view", "--hide", "--list-structures", "--bench-frames", "--up",
                          "--units", "--version"})
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt;
}

TEST(Cli, VersionPrintsNameAndVersion) {
  const auto r = runApp({"--version"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_EQ(r.out.rfind("ankle-atlas ", 0), 0u) << r.out;
}

TEST(Cli, BadOptionsExitTwoWithOneLine) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--view", "sideways"}, {"--size", "huge"},
                                        {"--frobnicate"}, {"--units", "parsecs"}}) {
    const auto r = runApp(args);
    EXPECT_EQ(r.exitCode, 2) << args[0];
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
  }
}

TEST(Cli, ListStructuresNeedsNoDisplayAndHasTheDocumentedShape) {
  const auto r = runWithoutDisplay({"--list-structures"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto list = nlohmann::json::parse(r.out);
  ASSERT_TRUE(list.is_array());
  ASSERT_GE(list.size(), 10u);
  bool hasCalcaneus = false;
  for (const auto& s : list) {
    ASSERT_TRUE(s.at("id").is_string());
    ASSERT_TRUE(s.at("name").is_string());
    ASSERT_TRUE(s.at("category").is_string());
    ASSERT_GT(s.at("triangles").get<int>(), 0);
    const auto& b = s.at("bounds_mm");
    ASSERT_EQ(b.at("min").size(), 3u);
    ASSERT_EQ(b.at("max").size(), 3u);
    for (int k = 0; k < 3; ++k) EXPECT_LE(b["min"][k].get<double>(), b["max"][k].get<double>());
    hasCalcaneus |= s["id"] == "calcaneus";
  }
  EXPECT_TRUE(hasCalcaneus);
}

TEST(Cli, ListStructuresOfAUserObjNamesItsGroups) {
  const std::string obj = writeFile("two_parts.obj",
                                    "o Heel_Bone\nv 0 0 0\nv 10 0 0\nv 0 10 0\nv 0 0 10\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n"
                                    "o Achilles Tendon\nv 0 0 20\nv 10 0 20\nv 0 10 20\nf 5 6 7\n");
  const auto r = runApp({"--list-structures", obj});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto list = nlohmann::json::parse(r.out);
  ASSERT_EQ(list.size(), 2u);
  std::set<std::string> categories;
  for (const auto& s : list) categories.insert(s["category"].get<std::string>());
  EXPECT_TRUE(categories.count("tendon"));
}

TEST(Cli, MissingEmptyUnsupportedAndMalformedFilesExitTwoNamingTheFile) {
  const std::string missing = testsupport::outputPath("does_not_exist.stl");
  const std::string empty = writeFile("empty.stl", "");
  const std::string unsupported = writeFile("notes.xyzzy", "hello");
  const std::string truncated = writeFile("truncated.glb", std::string("glTF\x02\x00\x00\x00", 8));
  const std::string garbage = writeFile("garbage.obj", "v 1 2\nf 9 9 9 9\n\x01\x02");
  for (const std::string& path : {missing, empty, unsupported, truncated, garbage}) {
    const auto r = runApp({"--list-structures", path});
    EXPECT_EQ(r.exitCode, 2) << path << ": " << r.err;
    EXPECT_EQ(lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
}

TEST(Cli, ScreenshotWithoutDisplayFailsClearly) {
  const auto r = runWithoutDisplay({"--screenshot", testsupport::outputPath("nodisplay.png")});
  EXPECT_EQ(r.exitCode, 3);
  EXPECT_NE(r.err.find("xvfb-run"), std::string::npos) << r.err;
}

TEST(Cli, UnknownHideIdIsBadInput) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display (run under xvfb-run -a)";
  const auto r = runApp({"--screenshot", testsupport::outputPath("x.png"), "--size", "64x64", "--hide", "unicorn"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("unicorn"), std::string::npos);
}

TEST(Cli, ScreenshotIntoMissingFolderIsBadInput) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display (run under xvfb-run -a)";
  const auto r = runApp({"--screenshot", "/nonexistent-folder/x.png", "--size", "64x64"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("/nonexistent-folder"), std::string::npos) << r.err;
}

TEST(Cli, BenchFramesPrintsMedianAndP95) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display (run under xvfb-run -a)";
  const auto r = runApp({"--bench-frames", "5", "--size", "320x180"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_GT(j.at("median_ms").get<double>(), 0.0);
  EXPECT_GE(j.at("p95_ms").get<double>(), j.at("median_ms").get<double>());
  EXPECT_EQ(j.at("frames").get<int>(), 5);
}
