// Every step of every shipped lesson renders from the command line (--lesson NAME --step K
// --screenshot), with the model and the step's caption on it; a step past the end is refused.
// In presentation mode at 2x on a 720p frame the caption is a short band and the step's
// labelled structures are framed above it.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace {
namespace fs = std::filesystem;

std::vector<std::string> shippedLessonNames() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(std::string(AA_SOURCE_DIR) + "/models/lessons"))
    if (e.path().extension() == ".aalesson") names.push_back(e.path().stem().string());
  return names;
}

// Distinct colours in a coarse grid: a blank or single-colour frame has very few.
std::size_t distinctColours(const testsupport::Image& img) {
  std::set<unsigned> colours;
  for (int y = 0; y < img.height; y += 3)
    for (int x = 0; x < img.width; x += 3) {
      const unsigned char* p = img.at(x, y);
      colours.insert((p[0] >> 3) << 10 | (p[1] >> 3) << 5 | (p[2] >> 3));
    }
  return colours.size();
}

// One test per lesson, so each has its own time limit on a slow (sanitizer) build.
class LessonRender : public testing::TestWithParam<std::string> {};

TEST_P(LessonRender, EveryStepRenders) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: run under xvfb-run -a";
  const std::string name = GetParam();
  for (int step = 1;; ++step) {
    const std::string out = testsupport::outputPath("lesson-" + name + "-" + std::to_string(step) + ".png");
    const auto r = testsupport::runApp(
        {"--lesson", name, "--step", std::to_string(step), "--screenshot", out, "--size", "480x270", "--samples", "1"},
        300);
    if (r.exitCode == 2 && r.err.find("steps") != std::string::npos) {  // past the last step
      EXPECT_GT(step, 1) << name;
      EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
      break;
    }
    ASSERT_EQ(r.exitCode, 0) << name << " step " << step << ": " << r.err;
    testsupport::Image img;
    ASSERT_TRUE(testsupport::readPng(out, img)) << out;
    EXPECT_GT(distinctColours(img), 60u) << name << " step " << step << " looks blank";
    if (step > 12) break;
  }
}

INSTANTIATE_TEST_SUITE_P(Shipped, LessonRender, testing::ValuesIn(shippedLessonNames()),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(LessonRenderCli, ThereAreShippedLessons) { EXPECT_FALSE(shippedLessonNames().empty()); }

TEST(LessonRenderCli, UnknownLessonIsOneLineAndExitTwo) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: run under xvfb-run -a";
  const auto r = testsupport::runApp({"--lesson", "no_such_lesson", "--screenshot", "/tmp/never.png"}, 120);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("no_such_lesson"), std::string::npos) << r.err;
}

// The caption's box and the labels' anchors, as --print-labels reports them (pixels).
struct CaptionLayout {
  float top = 0.0f, bottom = 0.0f;
  std::vector<std::pair<std::string, float>> anchorsY;  // visible anchors: label text, y
};

CaptionLayout presentedLayout(const std::string& lesson, int step) {
  const std::string out = testsupport::outputPath("presented-" + lesson + "-" + std::to_string(step) + ".png");
  const auto r = testsupport::runApp({"--lesson", lesson, "--step", std::to_string(step), "--presentation",
                                      "--screenshot", out, "--size", "1280x720", "--samples", "1", "--print-labels"},
                                     300);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  CaptionLayout layout;
  const std::size_t start = r.out.find("{\"labels\"");
  if (start == std::string::npos) {
    ADD_FAILURE() << "no label line in: " << r.out;
    return layout;
  }
  const nlohmann::json j = nlohmann::json::parse(r.out.substr(start, r.out.find('\n', start) - start));
  if (!j.contains("caption")) {
    ADD_FAILURE() << "no caption box in: " << j.dump();
    return layout;
  }
  layout.top = j["caption"][1].get<float>();
  layout.bottom = j["caption"][3].get<float>();
  for (const auto& l : j.at("labels"))
    if (l.at("visible").get<bool>()) layout.anchorsY.emplace_back(l.at("text"), l.at("anchor")[1].get<float>());
  return layout;
}

// A short step and the longest student step (achilles_insertion 6): the band stays under
// 35% of the frame, and what the step labels is anchored above it (the camera frames the
// model in the part the caption leaves).
TEST(LessonRenderCli, PresentationCaptionIsABandAndTheModelSitsAboveIt) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: run under xvfb-run -a";
  for (const auto& [lesson, step] : {std::pair<std::string, int>{"heel_anatomy", 2}, {"achilles_insertion", 6}}) {
    SCOPED_TRACE(lesson + " step " + std::to_string(step));
    const CaptionLayout layout = presentedLayout(lesson, step);
    EXPECT_GT(layout.bottom - layout.top, 40.0f) << "the caption is drawn";
    EXPECT_LT(layout.bottom - layout.top, 0.35f * 720.0f);
    EXPECT_GT(layout.bottom, 0.9f * 720.0f) << "at the bottom of the frame";
    EXPECT_FALSE(layout.anchorsY.empty()) << "the step's labels are on the model";
    for (const auto& [text, y] : layout.anchorsY) EXPECT_LT(y, layout.top) << text << " is under the caption";
  }
}

}  // namespace
