// --case on the command line: the case's scene reaches --measure (its stored severities,
// no refit), a left case measures exactly like its right twin for every shipped example,
// and a bad case file or handout name stops with one line naming it and exit 2.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

namespace {

std::string shipped(const std::string& name) { return std::string(AA_SOURCE_DIR) + "/models/cases/" + name + ".aacase"; }

testsupport::RunResult headless(std::vector<std::string> args) {
  std::vector<std::string> argv{"/usr/bin/env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", AA_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return testsupport::run(argv);
}

// The example made a left case: same file, "side" changed.
std::string leftTwin(const std::string& name) {
  std::ifstream in(shipped(name));
  std::string text((std::istreambuf_iterator<char>(in)), {});
  const std::string right = "\"side\": \"right\"";
  const auto at = text.find(right);
  EXPECT_NE(at, std::string::npos);
  if (at != std::string::npos) text.replace(at, right.size(), "\"side\": \"left\"");
  const std::string path = testsupport::outputPath(name + "_left.aacase");
  std::ofstream(path) << text;
  return path;
}

int lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace

TEST(CaseCli, MeasureUsesTheStoredSeveritiesAndLeftMeasuresLikeRight) {
  // Three examples covering the lateral, coronal and whole-leg measures (each run is a few
  // seconds); test_controller_case.cpp checks every preset in-process.
  for (const char* name : {"flat-foot", "genu-valgum", "haglund"}) {
    SCOPED_TRACE(name);
    const auto r = headless({"--measure", "--case", shipped(name)});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto right = nlohmann::json::parse(r.out);
    const auto byPreset = nlohmann::json::parse(headless({"--measure", "--preset", name}).out);
    EXPECT_EQ(right["conditions"], byPreset["conditions"]) << "each example shows its preset";
    EXPECT_EQ(right["side"], "right");
    const auto l = headless({"--measure", "--case", leftTwin(name)});
    ASSERT_EQ(l.exitCode, 0) << l.err;
    auto left = nlohmann::json::parse(l.out);
    EXPECT_EQ(left["side"], "left");
    // Every measurement, sign included, reads the same on the mirrored foot.
    for (auto& [key, value] : right.items()) {
      if (!value.is_number()) continue;
      EXPECT_EQ(left[key], value) << key;
    }
  }
}

TEST(CaseCli, BadCaseFilesStopWithOneLineNamingTheFile) {
  const std::string future = testsupport::outputPath("future_cli.aacase");
  std::ofstream(future) << R"({"format": "ankle-atlas-case", "version": "2.0"})";
  const std::string cut = testsupport::outputPath("cut_cli.aacase");
  std::ofstream(cut) << R"({"format": "ankle-atlas-case", "version": "1.1", "title": "ha)";
  for (const std::string& path : {future, cut, testsupport::outputPath("missing.aacase")}) {
    const auto r = headless({"--measure", "--case", path});
    EXPECT_EQ(r.exitCode, 2) << path;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
}

TEST(CaseCli, HandoutNeedsACaseAndAPdfOrPngName) {
  auto r = headless({"--handout", testsupport::outputPath("x.pdf")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("--case"), std::string::npos) << r.err;
  r = headless({"--case", shipped("haglund"), "--handout", testsupport::outputPath("x.doc")});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("must end in .pdf or .png"), std::string::npos) << r.err;
}
