// Heel pathology a patient can see: real 1280x720 screenshots of the heel close-ups, each
// heel preset against "normal". A pixel counts as changed when a colour channel moves by
// more than 40 of 255.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using testsupport::Image;

namespace {
constexpr int kW = 1280, kH = 720;
constexpr int kChanged = 40;

class HeelRender : public testing::Test {
 protected:
  void SetUp() override {
    if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: render tests run under xvfb-run -a";
  }
};

Image shot(const std::string& name, std::vector<std::string> extra) {
  const std::string path = testsupport::outputPath(name + ".png");
  std::vector<std::string> args{"--screenshot", path, "--size", std::to_string(kW) + "x" + std::to_string(kH)};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = testsupport::runApp(args, 180);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  Image img;
  EXPECT_TRUE(testsupport::readPng(path, img)) << path;
  return img;
}

bool changed(const Image& a, const Image& b, int x, int y) { return testsupport::pixelsDiffer(a, b, x, y, kChanged); }

// Ivory bone as lit: warm, little saturation (blue a bit under red), not dark.
bool boneColoured(const unsigned char* p) {
  const int r = p[0], g = p[1], b = p[2];
  return r > 70 && g <= r + 4 && b <= g + 4 && b >= r * 0.6 && b <= r * 0.97;
}

std::string allIdsExcept(const std::vector<std::string>& keep) {
  const auto r = testsupport::runApp({"--list-structures"});
  std::string out;
  for (const auto& s : nlohmann::json::parse(r.out)) {
    const std::string id = s["id"];
    if (std::find(keep.begin(), keep.end(), id) == keep.end()) out += (out.empty() ? "" : ",") + id;
  }
  return out;
}
}  // namespace

struct HeelCase {
  const char* preset;
  double lateralMin;  // changed fraction in heel-lateral
  const char* ownView;  // the preset's own heel view
  double ownMin;
};
// The issue asks 2% in heel-lateral for every heel preset (skin on); the presets whose own
// view is from behind must also change their own view visibly.
constexpr HeelCase kCases[] = {
    {"haglund", 0.02, "heel-lateral", 0.02},
    {"calcific-spur", 0.02, "heel-lateral", 0.02},
    {"insertional-tendinopathy", 0.02, "heel-lateral", 0.02},
    {"rupture", 0.02, "heel-posterior", 0.02},
    {"bursitis", 0.02, "heel-posterior", 0.01},
};

TEST_F(HeelRender, EveryHeelPresetVisiblyChangesTheHeelViews) {
  const Image normalLateral = shot("heel-normal-lateral", {"--preset", "normal", "--view", "heel-lateral"});
  const Image normalPosterior = shot("heel-normal-posterior", {"--preset", "normal", "--view", "heel-posterior"});
  for (const HeelCase& c : kCases) {
    const Image lateral = shot(std::string("heel-") + c.preset + "-lateral", {"--preset", c.preset, "--view", "heel-lateral"});
    const double f = testsupport::changedFraction(normalLateral, lateral, kChanged);
    std::printf("heel-lateral %s: %.2f%% of pixels changed\n", c.preset, 100.0 * f);
    EXPECT_GE(f, c.lateralMin) << c.preset;
    // Without --view a heel preset's screenshot uses its own view.
    const Image own = shot(std::string("heel-") + c.preset + "-own", {"--preset", c.preset});
    const Image& normal = std::string(c.ownView) == "heel-lateral" ? normalLateral : normalPosterior;
    const double g = testsupport::changedFraction(normal, own, kChanged);
    std::printf("%s (own view) %s: %.2f%% of pixels changed\n", c.ownView, c.preset, 100.0 * g);
    EXPECT_GE(g, c.ownMin) << c.preset;
  }
}

TEST_F(HeelRender, HaglundShowsFromBehindToo) {
  const Image normal = shot("heel-normal-posterior", {"--preset", "normal", "--view", "heel-posterior"});
  const Image haglund = shot("heel-haglund-posterior", {"--preset", "haglund", "--view", "heel-posterior"});
  const double f = testsupport::changedFraction(normal, haglund, kChanged);
  std::printf("heel-posterior haglund: %.2f%% of pixels changed\n", 100.0 * f);
  EXPECT_GE(f, 0.005);
}

TEST_F(HeelRender, SpurAddsABoneColouredBeakBehindTheHeel) {
  const std::vector<std::string> hide = {"--hide", "achilles_tendon,skin,tendon_calcific_deposits", "--view",
                                         "heel-lateral"};
  std::vector<std::string> normalArgs = hide, spurArgs = hide;
  spurArgs.insert(spurArgs.end(), {"--condition", "calcific_spur=1"});
  const Image normal = shot("heel-spur0-notendon", normalArgs);
  const Image spur = shot("heel-spur1-notendon", spurArgs);
  int added = 0;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x)
      if (changed(normal, spur, x, y) && boneColoured(spur.at(x, y))) ++added;
  std::printf("spur: %d bone-coloured pixels added\n", added);
  EXPECT_GE(added, 1500);
}

TEST_F(HeelRender, SpurShowsBoneColouredThroughTheSeeThroughTendon) {
  // The tendon stays on: the growth inside it is drawn again over it (see_through.h), so
  // the beak keeps its bone colour instead of fading into the tendon's blue.
  const std::vector<std::string> shown = {"--hide", "skin,tendon_calcific_deposits", "--view", "heel-lateral"};
  std::vector<std::string> normalArgs = shown, spurArgs = shown;
  spurArgs.insert(spurArgs.end(), {"--condition", "calcific_spur=1"});
  const Image normal = shot("heel-spur0-tendon", normalArgs);
  const Image spur = shot("heel-spur1-tendon", spurArgs);
  int added = 0;
  for (int y = 0; y < kH; ++y)
    for (int x = 0; x < kW; ++x)
      if (changed(normal, spur, x, y) && boneColoured(spur.at(x, y))) ++added;
  std::printf("spur through the tendon: %d bone-coloured pixels added\n", added);
  EXPECT_GE(added, 1500);
}

// The spur's inclination control tilts the drawn beak: leaning further from the cortex, its
// bone-coloured pixels move back (to the left: posterior in the lateral view).
TEST_F(HeelRender, SteeperSpurInclinationLeansTheBeakBack) {
  const auto at = [](const char* name, const char* degrees) {
    const std::string path = testsupport::outputPath(std::string(name) + ".png");
    const auto r = testsupport::runApp({"--screenshot", path, "--size", "480x270", "--samples", "1", "--view",
                                        "heel-lateral", "--hide", "achilles_tendon,skin,tendon_calcific_deposits",
                                        "--condition", "calcific_spur=1", "--condition",
                                        std::string("spur-inclination=") + degrees},
                                       180);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    Image img;
    EXPECT_TRUE(testsupport::readPng(path, img)) << path;
    return img;
  };
  const Image low = at("heel-spur-10deg", "10"), high = at("heel-spur-45deg", "45");
  ASSERT_EQ(low.width, high.width);
  ASSERT_EQ(low.height, high.height);
  // The most posterior bone-coloured column (the heel is the back of the bone in this view)
  // and how many pixels the two pictures' bone differs by.
  const auto backmost = [](const Image& img) {
    for (int x = 0; x < img.width; ++x)
      for (int y = 0; y < img.height; ++y)
        if (boneColoured(img.at(x, y))) return x;
    return img.width;
  };
  int moved = 0;
  for (int y = 0; y < low.height; ++y)
    for (int x = 0; x < low.width; ++x) moved += boneColoured(low.at(x, y)) != boneColoured(high.at(x, y));
  std::printf("spur 10 vs 45 deg: back edge at x %d vs %d, %d px differ\n", backmost(low), backmost(high), moved);
  EXPECT_GE(moved, 50) << "the tilt shows";
  EXPECT_LT(backmost(high), backmost(low) - 2) << "the steeper spur leans back, away from the cortex";
}

TEST_F(HeelRender, PathologyMeshesDrawNothingAtSeverityZero) {
  // Only the growths are shown; at severity 0 the frame is the empty background.
  const std::string hideAll = allIdsExcept({});
  const std::string hideOthers = allIdsExcept({"calcific_spur", "tendon_calcific_deposits"});
  for (const char* view : {"heel-lateral", "heel-posterior", "heel-posterolateral"}) {
    const Image empty = shot(std::string("heel-empty-") + view, {"--hide", hideAll, "--view", view});
    const Image growths = shot(std::string("heel-growths0-") + view, {"--hide", hideOthers, "--view", view});
    long n = 0;
    for (int y = 0; y < kH; ++y)
      for (int x = 0; x < kW; ++x)
        for (int c = 0; c < 3; ++c) n += empty.at(x, y)[c] != growths.at(x, y)[c];
    EXPECT_EQ(n, 0) << view;
  }
}
