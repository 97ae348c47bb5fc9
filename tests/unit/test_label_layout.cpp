#include "geometry/label_layout.h"

#include <gtest/gtest.h>

#include <random>

using namespace geometry;

namespace {
LabelLayoutInput randomInput(std::mt19937& rng, int labels, int forbidden) {
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  LabelLayoutInput in;
  const float w = 480.0f + 1440.0f * u(rng), h = 270.0f + 810.0f * u(rng);
  in.view = {{0.0f, 0.0f}, {w, h}};
  in.model = {{w * 0.3f, h * 0.1f}, {w * 0.7f, h * 0.9f}};
  for (int i = 0; i < forbidden; ++i) {
    const glm::vec2 a(u(rng) * w, u(rng) * h);
    in.forbidden.push_back({a, a + glm::vec2(40.0f + u(rng) * w * 0.3f, 40.0f + u(rng) * h * 0.3f)});
  }
  for (int i = 0; i < labels; ++i) {
    LabelRequest l;
    l.anchor = {in.model.min.x + u(rng) * (in.model.max.x - in.model.min.x), in.model.min.y + u(rng) * (in.model.max.y - in.model.min.y)};
    l.size = {60.0f + 200.0f * u(rng), 24.0f + 16.0f * u(rng)};
    in.labels.push_back(l);
  }
  return in;
}
}  // namespace

TEST(LabelLayout, RandomInputsNeverOverlapAndStayInsideAndOutOfForbiddenRects) {
  std::mt19937 rng(1234);
  int placedTotal = 0, requested = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const LabelLayoutInput in = randomInput(rng, 1 + trial % 25, trial % 4);
    const std::vector<PlacedLabel> out = layoutLabels(in);
    requested += static_cast<int>(in.labels.size());
    placedTotal += static_cast<int>(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
      const PlacedLabel& p = out[i];
      ASSERT_TRUE(in.view.contains(p.box)) << "trial " << trial;
      const glm::vec2 size = p.box.max - p.box.min;
      EXPECT_NEAR(size.x, in.labels[static_cast<std::size_t>(p.request)].size.x, 1e-3f);
      for (const ScreenRect& f : in.forbidden) ASSERT_FALSE(p.box.overlaps(f)) << "trial " << trial;
      for (std::size_t j = i + 1; j < out.size(); ++j) ASSERT_FALSE(p.box.overlaps(out[j].box)) << "trial " << trial;
      // The leader line ends on the box's edge.
      const ScreenRect edge{p.box.min - glm::vec2(0.01f), p.box.max + glm::vec2(0.01f)};
      EXPECT_TRUE(edge.contains(p.lineEnd));
    }
  }
  // Most labels find a place: the layout does not solve the rules by dropping everything.
  EXPECT_GT(placedTotal, requested / 2);
}

TEST(LabelLayout, EachRequestPlacedAtMostOnceInImportanceOrder) {
  std::mt19937 rng(99);
  const LabelLayoutInput in = randomInput(rng, 12, 1);
  const std::vector<PlacedLabel> out = layoutLabels(in);
  for (std::size_t i = 1; i < out.size(); ++i) EXPECT_LT(out[i - 1].request, out[i].request);
}

TEST(LabelLayout, FewLabelsAllPlacedNearTheirAnchors) {
  LabelLayoutInput in;
  in.view = {{0, 0}, {1920, 1080}};
  in.model = {{700, 100}, {1200, 1000}};
  in.labels = {{{800, 300}, {200, 30}}, {{900, 600}, {180, 30}}, {{1000, 800}, {220, 30}}};
  const std::vector<PlacedLabel> out = layoutLabels(in);
  ASSERT_EQ(out.size(), 3u);
  for (const PlacedLabel& p : out) {
    const glm::vec2 anchor = in.labels[static_cast<std::size_t>(p.request)].anchor;
    EXPECT_LT(glm::length(p.lineEnd - anchor), 600.0f);
  }
}

TEST(LabelLayout, NoRoomMeansDroppedNotOverlapped) {
  LabelLayoutInput in;
  in.view = {{0, 0}, {200, 100}};
  in.model = {{50, 20}, {150, 80}};
  for (int i = 0; i < 20; ++i) in.labels.push_back({{100, 50}, {150, 40}});
  const std::vector<PlacedLabel> out = layoutLabels(in);
  EXPECT_GE(out.size(), 1u);
  EXPECT_LT(out.size(), 4u);
  for (std::size_t i = 0; i < out.size(); ++i)
    for (std::size_t j = i + 1; j < out.size(); ++j) EXPECT_FALSE(out[i].box.overlaps(out[j].box));
}

TEST(LabelLayout, LabelBiggerThanTheViewOrDegenerateIsDropped) {
  LabelLayoutInput in;
  in.view = {{0, 0}, {100, 100}};
  in.labels = {{{50, 50}, {300, 30}}, {{50, 50}, {0, 0}}};
  EXPECT_TRUE(layoutLabels(in).empty());
}

TEST(LabelLayout, LeaderLengthAndCountLimitsHold) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 50; ++trial) {
    LabelLayoutInput in = randomInput(rng, 20, 0);
    in.maxLeader = 150.0f;
    in.maxLabels = 6;
    const std::vector<PlacedLabel> out = layoutLabels(in);
    EXPECT_LE(out.size(), 6u);
    for (const PlacedLabel& p : out)
      EXPECT_LE(glm::length(p.lineEnd - in.labels[static_cast<std::size_t>(p.request)].anchor), 150.0f + 1e-3f);
  }
}
