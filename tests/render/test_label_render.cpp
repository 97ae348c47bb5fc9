// Render tests of the structure name labels: in "all" mode every standard view gets labels
// whose boxes never overlap and stay inside the frame, with leader lines from anchors on
// screen; the selection mode labels just the selection, and "off" draws none. The layout
// comes back through --print-labels (one JSON line).
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace {
constexpr int kW = 480, kH = 270;

class LabelRender : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: render tests run under xvfb-run -a";
  }
};

struct Box {
  float x0, y0, x1, y1;
};

nlohmann::json labelsOf(const std::vector<std::string>& extra, int w = kW, int h = kH) {
  const std::string path = testsupport::outputPath("labels.png");
  std::vector<std::string> args{"--screenshot", path, "--size", std::to_string(w) + "x" + std::to_string(h),
                                "--samples", "1", "--print-labels"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = testsupport::runApp(args, 120);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  const std::size_t start = r.out.find("{\"labels\"");
  if (start == std::string::npos) {
    ADD_FAILURE() << "no label line in: " << r.out;
    return nlohmann::json::array();
  }
  return nlohmann::json::parse(r.out.substr(start, r.out.find('\n', start) - start)).at("labels");
}

Box boxOf(const nlohmann::json& label) {
  const auto& b = label.at("box");
  return {b[0].get<float>(), b[1].get<float>(), b[2].get<float>(), b[3].get<float>()};
}

void expectNoOverlaps(const nlohmann::json& labels, int w, int h) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const Box a = boxOf(labels[i]);
    EXPECT_GE(a.x0, 0.0f);
    EXPECT_GE(a.y0, 0.0f);
    EXPECT_LE(a.x1, static_cast<float>(w));
    EXPECT_LE(a.y1, static_cast<float>(h));
    EXPECT_GE(a.y1 - a.y0, 24.0f) << "label text under 24 px";
    for (std::size_t j = i + 1; j < labels.size(); ++j) {
      const Box b = boxOf(labels[j]);
      const bool overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      EXPECT_FALSE(overlap) << labels[i].at("text") << " overlaps " << labels[j].at("text");
    }
  }
}
}  // namespace

TEST_P(LabelRender, AllModeLabelsNeverOverlapInThisView) {
  const nlohmann::json labels = labelsOf({"--view", GetParam(), "--labels", "all"});
  EXPECT_GE(labels.size(), 2u) << GetParam();
  expectNoOverlaps(labels, kW, kH);
  for (const auto& l : labels) {
    EXPECT_FALSE(l.at("text").get<std::string>().empty());
    EXPECT_TRUE(l.at("visible").get<bool>()) << "all mode leaves out hidden anchors";
    const float ax = l.at("anchor")[0].get<float>(), ay = l.at("anchor")[1].get<float>();
    EXPECT_TRUE(ax >= 0.0f && ax <= kW && ay >= 0.0f && ay <= kH);
  }
}

INSTANTIATE_TEST_SUITE_P(StandardViews, LabelRender,
                         testing::Values("lateral", "medial", "anterior", "posterior", "superior", "plantar",
                                         "whole-leg", "heel-lateral", "heel-posterior", "heel-posterolateral"),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

TEST(LabelModes, SelectedModeLabelsTheSelectionOnlyAndOffNone) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display";
  const nlohmann::json selected = labelsOf({"--view", "lateral", "--labels", "selected", "--select", "calcaneus"}, 960, 540);
  ASSERT_EQ(selected.size(), 1u);
  EXPECT_EQ(selected[0].at("text"), "Calcaneus");
  EXPECT_TRUE(labelsOf({"--view", "lateral", "--labels", "off", "--select", "calcaneus"}, 960, 540).empty());
}

TEST(LabelModes, PresentationModeDrawsLabelsTwiceAsLarge) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display";
  const auto height = [](const nlohmann::json& labels) { return boxOf(labels.at(0)).y1 - boxOf(labels.at(0)).y0; };
  const nlohmann::json normal = labelsOf({"--labels", "selected", "--select", "calcaneus"}, 960, 540);
  const nlohmann::json big = labelsOf({"--labels", "selected", "--select", "calcaneus", "--presentation"}, 960, 540);
  ASSERT_EQ(normal.size(), 1u);
  ASSERT_EQ(big.size(), 1u);
  EXPECT_GT(height(big), 1.7f * height(normal));
}
