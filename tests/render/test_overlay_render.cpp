// Render tests of the measurement overlays and condition presets: overlay colours appear
// over the model (with and without the panels), a pathological preset turns readouts
// red, and a preset visibly changes the posterior view.
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

using testsupport::Image;

namespace {
constexpr int kW = 960, kH = 540;

class OverlayRender : public testing::Test {
 protected:
  void SetUp() override {
    if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: render tests run under xvfb-run -a";
  }
};

Image shot(const std::string& name, std::vector<std::string> extra, std::string* out = nullptr) {
  const std::string path = testsupport::outputPath(name + ".png");
  std::vector<std::string> args{"--screenshot", path, "--size", std::to_string(kW) + "x" + std::to_string(kH)};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = testsupport::runApp(args, 180);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  if (out) *out = r.out;
  Image img;
  EXPECT_TRUE(testsupport::readPng(path, img)) << path;
  return img;
}

struct Rgb {
  int r, g, b;
};
// The overlay's verdict colours (app/overlay_drawing.cpp).
constexpr Rgb kGreen{77, 235, 107}, kRed{255, 71, 61}, kMagenta{255, 107, 242};

int countNear(const Image& img, Rgb c, int tolerance = 36) {
  int n = 0;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) {
      const unsigned char* p = img.at(x, y);
      if (std::abs(p[0] - c.r) <= tolerance && std::abs(p[1] - c.g) <= tolerance && std::abs(p[2] - c.b) <= tolerance) ++n;
    }
  return n;
}

int changedPixels(const Image& a, const Image& b, int threshold = 24) {
  int n = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x)
      for (int c = 0; c < 3; ++c)
        if (std::abs(int(a.at(x, y)[c]) - int(b.at(x, y)[c])) > threshold) {
          ++n;
          break;
        }
  return n;
}
}  // namespace

TEST_F(OverlayRender, LateralOverlayDrawsNormalValuesInGreen) {
  const Image plain = shot("overlay_lateral_plain", {"--view", "lateral"});
  const Image overlay = shot("overlay_lateral", {"--view", "lateral", "--overlay", "lateral"});
  EXPECT_GT(changedPixels(plain, overlay), kW * kH / 100);
  EXPECT_GT(countNear(overlay, kGreen), countNear(plain, kGreen) + 400) << "normal readouts are green";
}

TEST_F(OverlayRender, OverlayAppearsWithThePanelsToo) {
  const Image plain = shot("overlay_ui_plain", {"--view", "lateral", "--with-ui"});
  const Image overlay = shot("overlay_ui", {"--view", "lateral", "--with-ui", "--overlay", "lateral"});
  EXPECT_GT(countNear(overlay, kGreen), countNear(plain, kGreen) + 400);
}

TEST_F(OverlayRender, FlatFootPresetTurnsTheLateralReadoutsRed) {
  const Image normal = shot("overlay_lateral_normal", {"--overlay", "lateral"});
  const Image flat = shot("overlay_lateral_flat", {"--overlay", "lateral", "--preset", "flat-foot"});
  EXPECT_GT(countNear(flat, kRed), countNear(normal, kRed) + 300);
}

TEST_F(OverlayRender, PosteriorOverlayShowsTheAchillesPull) {
  std::string out;
  const Image plain = shot("overlay_posterior_plain", {"--view", "posterior"});
  const Image overlay = shot("overlay_posterior", {"--overlay", "posterior"}, &out);
  EXPECT_NE(out.find("posterior view"), std::string::npos) << out;
  EXPECT_GT(countNear(overlay, kMagenta), countNear(plain, kMagenta) + 200);
}

TEST_F(OverlayRender, WholeLegOverlayShowsGenuValgumInRed) {
  const Image normal = shot("overlay_leg_normal", {"--overlay", "whole-leg"});
  const Image valgum = shot("overlay_leg_valgum", {"--overlay", "whole-leg", "--preset", "genu-valgum"});
  EXPECT_GT(countNear(valgum, kRed), countNear(normal, kRed) + 200);
}

TEST_F(OverlayRender, PronationPresetVisiblyChangesThePosteriorView) {
  const Image normal = shot("preset_posterior_normal", {"--view", "posterior"});
  const Image pronated = shot("preset_posterior_pronation", {"--view", "posterior", "--preset", "pronation"});
  EXPECT_GT(changedPixels(normal, pronated), kW * kH / 200);
}
