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

bool changed(const Image& a, const Image& b, int x, int y) {
  for (int c = 0; c < 3; ++c)
    if (std::abs(int(a.at(x, y)[c]) - int(b.at(x, y)[c])) > kChanged) return true;
  return false;
}

double changedFraction(const Image& a, const Image& b) {
  if (a.width != b.width || a.height != b.height || a.width == 0) return 0.0;
  long n = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) n += changed(a, b, x, y);
  return static_cast<double>(n) / (static_cast<double>(a.width) * a.height);
}

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

TEST_F(HeelRender, EveryHeelPresetVisiblyChangesTheLateralHeelView) {
  const Image normal = shot("heel-normal-lateral", {"--preset", "normal", "--view", "heel-lateral"});
  for (const char* preset : {"haglund", "calcific-spur", "bursitis", "insertional-tendinopathy", "rupture"}) {
    const Image img = shot(std::string("heel-") + preset + "-lateral", {"--preset", preset, "--view", "heel-lateral"});
    const double f = changedFraction(normal, img);
    std::printf("heel-lateral %s: %.2f%% of pixels changed\n", preset, 100.0 * f);
    EXPECT_GE(f, 0.02) << preset;
  }
}

TEST_F(HeelRender, EveryHeelPresetShowsInItsOwnView) {
  // Without --view a heel preset's screenshot uses the view that shows it best.
  for (const char* view : {"heel-posterior", "heel-posterolateral"}) {
    const Image normal = shot(std::string("heel-normal-") + view, {"--preset", "normal", "--view", view});
    for (const char* preset : {"haglund", "bursitis", "rupture"}) {
      const Image img = shot(std::string("heel-") + preset + "-" + view, {"--preset", preset, "--view", view});
      std::printf("%s %s: %.2f%% of pixels changed\n", view, preset, 100.0 * changedFraction(normal, img));
    }
  }
  const Image own = shot("heel-bursitis-default", {"--preset", "bursitis"});
  const Image posterior = shot("heel-bursitis-posterior-again", {"--preset", "bursitis", "--view", "heel-posterior"});
  EXPECT_EQ(changedFraction(own, posterior), 0.0);  // bursitis: seen from behind by default
}

TEST_F(HeelRender, HaglundShowsFromBehindToo) {
  const Image normal = shot("heel-normal-posterior", {"--preset", "normal", "--view", "heel-posterior"});
  const Image haglund = shot("heel-haglund-posterior", {"--preset", "haglund", "--view", "heel-posterior"});
  const double f = changedFraction(normal, haglund);
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
