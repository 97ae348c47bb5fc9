// X-ray and section modes as drawn: small (480x270, one sample) screenshots of the built-in
// model. Each mode must change the picture clearly from the normal render, the X-ray must
// sit on a dark film, and a capped section must leave no background showing inside the cut
// calcaneus.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

using testsupport::Image;

namespace {
constexpr int kW = 480, kH = 270;
constexpr int kChanged = 40;  // a pixel changed when a channel moves by more than this (of 255)

class ModeRender : public testing::Test {
 protected:
  void SetUp() override {
    if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: render tests run under xvfb-run -a";
  }
};

Image shot(const std::string& name, std::vector<std::string> extra) {
  const std::string path = testsupport::outputPath(name + ".png");
  std::vector<std::string> args{"--screenshot", path, "--size", std::to_string(kW) + "x" + std::to_string(kH),
                                "--samples", "1"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = testsupport::runApp(args, 120);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  Image img;
  EXPECT_TRUE(testsupport::readPng(path, img)) << path;
  return img;
}

bool differs(const Image& a, const Image& b, int x, int y, int by) { return testsupport::pixelsDiffer(a, b, x, y, by); }

double meanLuma(const Image& img, int x0, int y0, int x1, int y1) {
  double sum = 0.0;
  int n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x, ++n) sum += 0.3 * img.at(x, y)[0] + 0.59 * img.at(x, y)[1] + 0.11 * img.at(x, y)[2];
  return n ? sum / n : 0.0;
}

std::string idsExcept(const std::vector<std::string>& keep) {
  const auto r = testsupport::runApp({"--list-structures"});
  std::string out;
  for (const auto& s : nlohmann::json::parse(r.out)) {
    const std::string id = s["id"];
    if (std::find(keep.begin(), keep.end(), id) == keep.end()) out += (out.empty() ? "" : ",") + id;
  }
  return out;
}
}  // namespace

TEST_F(ModeRender, XRayAndSectionDifferFromTheNormalRender) {
  for (const char* view : {"lateral", "heel-posterior"}) {
    const Image normal = shot(std::string("mode-normal-") + view, {"--view", view});
    const Image xray = shot(std::string("mode-xray-") + view, {"--view", view, "--mode", "xray"});
    const Image section = shot(std::string("mode-section-") + view, {"--view", view, "--mode", "section"});
    EXPECT_GT(testsupport::changedFraction(normal, xray, kChanged), 0.30) << view;
    EXPECT_GT(testsupport::changedFraction(normal, section, kChanged), 0.10) << view;
    // A film: the corners (no tissue there) darker than the normal view's backdrop.
    EXPECT_LT(meanLuma(xray, 0, 0, 24, 24), meanLuma(normal, 0, 0, 24, 24)) << view;
  }
}

TEST_F(ModeRender, TheSectionMovesWithItsOffset) {
  const Image a = shot("mode-section-0", {"--view", "heel-lateral", "--mode", "section"});
  const Image b = shot("mode-section-10", {"--view", "heel-lateral", "--mode", "section", "--section-offset", "10"});
  EXPECT_GT(testsupport::changedFraction(a, b, kChanged), 0.05);
}

// The calcaneus alone, cut at offset 0 and seen from the side: where its silhouette's middle
// lies the cut face must be painted. Without caps the inside of its far wall faces away and
// is culled, and the backdrop would show through.
TEST_F(ModeRender, ACappedSectionShowsNoBackgroundInsideTheCutBone) {
  const std::string others = idsExcept({"calcaneus"});
  const Image empty = shot("mode-cap-empty", {"--view", "heel-lateral", "--hide", others + ",calcaneus"});
  const Image whole = shot("mode-cap-whole", {"--view", "heel-lateral", "--hide", others});
  const Image cut = shot("mode-cap-cut", {"--view", "heel-lateral", "--hide", others, "--mode", "section"});
  // The bone's extent on screen, from the uncut render.
  int x0 = kW, y0 = kH, x1 = -1, y1 = -1;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x)
      if (differs(whole, empty, x, y, 12)) {
        x0 = std::min(x0, x);
        y0 = std::min(y0, y);
        x1 = std::max(x1, x);
        y1 = std::max(y1, y);
      }
  ASSERT_GT(x1 - x0, 40) << "the calcaneus should fill part of the heel view";
  ASSERT_GT(y1 - y0, 20);
  // A block in the middle of it: a fifth of its width and height.
  const int cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hw = (x1 - x0) / 10, hh = (y1 - y0) / 10;
  int background = 0, painted = 0;
  for (int y = cy - hh; y <= cy + hh; ++y)
    for (int x = cx - hw; x <= cx + hw; ++x) {
      if (!differs(cut, empty, x, y, 12)) ++background;
      ++painted;
    }
  EXPECT_EQ(background, 0) << "of " << painted << " pixels around (" << cx << ", " << cy << ")";
}
