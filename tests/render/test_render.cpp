// Render tests: real screenshots of the built-in model under Xvfb, checked for real
// content (not blank), hiding (a hidden structure's pixels disappear) and selection
// (the highlight appears where the structure is).
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <string>
#include <vector>

using testsupport::Image;

namespace {
constexpr int kW = 480, kH = 270;

class RenderTest : public testing::Test {
 protected:
  void SetUp() override {
    if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: render tests run under xvfb-run -a";
  }
};

Image shot(const std::string& name, std::vector<std::string> extra, int w = kW, int h = kH) {
  const std::string path = testsupport::outputPath(name + ".png");
  std::vector<std::string> args{"--screenshot", path, "--size", std::to_string(w) + "x" + std::to_string(h)};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = testsupport::runApp(args, 180);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  Image img;
  EXPECT_TRUE(testsupport::readPng(path, img)) << path;
  return img;
}

std::vector<std::string> allIds() {
  const auto r = testsupport::runApp({"--list-structures"});
  std::vector<std::string> ids;
  for (const auto& s : nlohmann::json::parse(r.out)) ids.push_back(s["id"]);
  return ids;
}

std::string joinExcept(const std::vector<std::string>& ids, const std::string& keep) {
  std::string out;
  for (const auto& id : ids)
    if (id != keep) out += (out.empty() ? "" : ",") + id;
  return out;
}

int diff(const Image& a, const Image& b, int x, int y) {
  int d = 0;
  for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(int(a.at(x, y)[c]) - int(b.at(x, y)[c])));
  return d;
}

// Pixels where two renders differ clearly.
std::vector<bool> changedMask(const Image& a, const Image& b, int threshold = 24) {
  std::vector<bool> mask(static_cast<std::size_t>(a.width) * a.height);
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) mask[static_cast<std::size_t>(y) * a.width + x] = diff(a, b, x, y) > threshold;
  return mask;
}

int count(const std::vector<bool>& m) { return static_cast<int>(std::count(m.begin(), m.end(), true)); }

std::vector<bool> dilate(const std::vector<bool>& m, int w, int h, int r) {
  std::vector<bool> out(m.size());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      if (!m[static_cast<std::size_t>(y) * w + x]) continue;
      for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx) {
          const int xx = x + dx, yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < w && yy < h) out[static_cast<std::size_t>(yy) * w + xx] = true;
        }
    }
  return out;
}
}  // namespace

TEST_F(RenderTest, DefaultScreenshotIsFullHdAndShowsTheModel) {
  const Image img = shot("default_1080p", {}, 1920, 1080);
  ASSERT_EQ(img.width, 1920);
  ASSERT_EQ(img.height, 1080);
  const Image empty = shot("empty_1080p", {"--hide", joinExcept(allIds(), "")}, 1920, 1080);
  const int covered = count(changedMask(img, empty));
  EXPECT_GT(covered, 1920 * 1080 / 10) << "the model should fill a good part of the frame";
}

TEST_F(RenderTest, EveryStandardViewShowsSomething) {
  const Image empty = shot("empty", {"--hide", joinExcept(allIds(), "")});
  for (const char* view : {"lateral", "medial", "posterior", "anterior", "plantar", "superior", "whole-leg"}) {
    const Image img = shot(std::string("view_") + view, {"--view", view});
    const int covered = count(changedMask(img, empty));
    EXPECT_GT(covered, kW * kH / 20) << view;
  }
}

TEST_F(RenderTest, HiddenStructurePixelsDisappear) {
  const auto ids = allIds();
  const Image empty = shot("hide_empty", {"--hide", joinExcept(ids, "")});
  const Image only = shot("hide_only_calcaneus", {"--hide", joinExcept(ids, "calcaneus")});
  EXPECT_GT(count(changedMask(only, empty)), 500) << "the calcaneus alone should be visible";
  const Image all = shot("hide_none", {});
  const Image noCalcaneus = shot("hide_calcaneus", {"--hide", "calcaneus"});
  EXPECT_GT(count(changedMask(all, noCalcaneus)), 500) << "hiding the calcaneus should change the picture";
}

TEST_F(RenderTest, SelectionHighlightAppearsWhereTheStructureIs) {
  const auto ids = allIds();
  const Image empty = shot("sel_empty", {"--hide", joinExcept(ids, "")});
  const Image only = shot("sel_only_calcaneus", {"--hide", joinExcept(ids, "calcaneus")});
  const auto calcaneus = dilate(changedMask(only, empty), kW, kH, 8);
  const Image plain = shot("sel_plain", {});
  const Image selected = shot("sel_calcaneus", {"--select", "calcaneus"});
  const auto changed = changedMask(plain, selected, 30);
  const int total = count(changed);
  ASSERT_GT(total, 200) << "selecting should visibly highlight";
  int inside = 0;
  for (std::size_t i = 0; i < changed.size(); ++i) inside += changed[i] && calcaneus[i];
  EXPECT_GT(inside, total * 9 / 10) << "the highlight should sit on the calcaneus";
}

TEST_F(RenderTest, MovingLevelScreenshotShowsTheReducedFrame) {
  // --moving-level draws what the class sees while the model turns: the same picture as the
  // still frame, only coarser (reduced resolution, coarse meshes, no multisampling).
  const Image still = shot("moving_still", {});
  const Image moving = shot("moving_level7", {"--moving-level", "7"});
  const Image empty = shot("moving_empty", {"--hide", joinExcept(allIds(), "")});
  const int stillCovered = count(changedMask(still, empty));
  const int movingCovered = count(changedMask(moving, empty));
  EXPECT_GT(movingCovered, stillCovered * 8 / 10) << "the moving frame should show the same model";
  EXPECT_LT(movingCovered, stillCovered * 12 / 10);
  EXPECT_GT(count(changedMask(moving, still, 8)), 200) << "a moving frame is drawn coarser than a still one";
  EXPECT_EQ(testsupport::runApp({"--moving-level", "3"}).exitCode, 2) << "it needs --screenshot";
  EXPECT_EQ(testsupport::runApp({"--screenshot", testsupport::outputPath("x.png"), "--moving-level", "8"}).exitCode, 2);
}

TEST_F(RenderTest, MovingSkinHasNoLightSpecks) {
  // The coarse skin has a few folds and fins where two of its triangles cover the same
  // pixels; see-through, each showed as a light speck while the view moved. On the skin
  // alone, away from its outline (whose rim is lighter by design), count pixels clearly
  // brighter than the pixels 4 px to each side: 161 with the specks, 18 without.
  const auto ids = allIds();
  const int w = 960, h = 540;
  const Image skin = shot("moving_skin", {"--moving-level", "1", "--hide", joinExcept(ids, "skin")}, w, h);
  const Image empty = shot("moving_skin_empty", {"--hide", joinExcept(ids, "")}, w, h);
  const auto luma = [](const Image& img, int x, int y) {
    const auto* p = img.at(x, y);
    return (int(p[0]) * 3 + int(p[1]) * 6 + int(p[2])) / 10;
  };
  const auto onSkin = [&](int x, int y) { return std::abs(luma(skin, x, y) - luma(empty, x, y)) > 10; };
  const int r = 8;
  int specks = 0;
  for (int y = r; y < h - r; ++y)
    for (int x = r; x < w - r; ++x) {
      bool inside = true;
      for (int dy = -r; dy <= r && inside; dy += r)
        for (int dx = -r; dx <= r && inside; dx += r) inside = onSkin(x + dx, y + dy);
      if (!inside) continue;
      const int v = luma(skin, x, y);
      if (v > luma(skin, x + 4, y) + 10 && v > luma(skin, x - 4, y) + 10 && v > luma(skin, x, y + 4) + 10 &&
          v > luma(skin, x, y - 4) + 10)
        ++specks;
    }
  EXPECT_LT(specks, 60) << "light specks on the moving skin";
}
