// The compare view and the ghost, rendered: the two halves of a split screenshot differ for a
// pathological case and match for a normal one; the ghost draws over the case only when the
// case differs from normal; patient mode renders with its panel.
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace {

testsupport::Image shot(const std::string& name, std::vector<std::string> args) {
  const std::string out = testsupport::outputPath(name + ".png");
  args.insert(args.end(), {"--screenshot", out, "--size", "640x360", "--samples", "1"});
  const auto r = testsupport::runApp(args, 300);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  testsupport::Image img;
  EXPECT_TRUE(testsupport::readPng(out, img)) << out;
  return img;
}

// Pixel (x, y) against pixel (x2, y) of the same image, as testsupport::pixelsDiffer judges.
bool pixelsDifferAt(const testsupport::Image& img, int x, int y, int x2) {
  for (int c = 0; c < 3; ++c)
    if (std::abs(int(img.at(x, y)[c]) - int(img.at(x2, y)[c])) > 40) return true;
  return false;
}

// Left half against right half, below the labels at the top.
double halvesDiffer(const testsupport::Image& img) {
  const int half = img.width / 2;
  long n = 0, total = 0;
  for (int y = img.height / 6; y < img.height; ++y)
    for (int x = 0; x < half; ++x, ++total) n += pixelsDifferAt(img, x, y, x + half);
  return static_cast<double>(n) / static_cast<double>(total);
}

TEST(CompareRender, HalvesDifferForACaseAndMatchForNormal) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: run under xvfb-run -a";
  const auto haglund = shot("compare-haglund", {"--compare", "--preset", "haglund", "--view", "heel-lateral"});
  const auto normal = shot("compare-normal", {"--compare", "--preset", "normal", "--view", "heel-lateral"});
  ASSERT_EQ(haglund.width, 640);
  EXPECT_GT(halvesDiffer(haglund), 0.01) << "Haglund's bump should show against the normal heel";
  EXPECT_LT(halvesDiffer(normal), 0.002) << "two normal heels should look the same";
}

TEST(CompareRender, GhostDrawsOnlyWhereTheCaseDiffers) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: run under xvfb-run -a";
  const std::vector<std::string> haglund{"--preset", "haglund", "--view", "heel-lateral"};
  std::vector<std::string> withGhost = haglund;
  withGhost.push_back("--ghost");
  const auto plain = shot("ghost-off", haglund);
  const auto ghost = shot("ghost-on", withGhost);
  EXPECT_GT(testsupport::changedFraction(plain, ghost), 0.003) << "the normal outline should be drawn";
  const auto normalPlain = shot("ghost-normal-off", {"--preset", "normal", "--view", "heel-lateral"});
  const auto normalGhost = shot("ghost-normal-on", {"--preset", "normal", "--view", "heel-lateral", "--ghost"});
  EXPECT_LT(testsupport::changedFraction(normalPlain, normalGhost), 0.001) << "a normal heel has no outline to draw";
}

TEST(CompareRender, PatientModeWithPanels) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display: run under xvfb-run -a";
  const auto patient = shot("patient", {"--patient", "--compare", "--preset", "bursitis", "--with-ui"});
  const auto student = shot("student", {"--compare", "--preset", "bursitis", "--with-ui"});
  EXPECT_GT(testsupport::changedFraction(patient, student), 0.01) << "patient mode should show its own panel";
}

}  // namespace
