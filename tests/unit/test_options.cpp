#include "app/options.h"

#include <gtest/gtest.h>

#include <vector>

namespace {
std::optional<app::AppOptions> parse(std::vector<const char*> args, int& code) {
  args.insert(args.begin(), "ankle-atlas");
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  auto result = app::parseOptions(static_cast<int>(args.size()), args.data(), code);
  testing::internal::GetCapturedStdout();
  testing::internal::GetCapturedStderr();
  return result;
}
}  // namespace

TEST(Options, DefaultsMatchTheTable) {
  int code = -1;
  const auto o = parse({}, code);
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ(code, 0);
  EXPECT_EQ(o->width, 1920);
  EXPECT_EQ(o->height, 1080);
  EXPECT_EQ(o->view, "lateral");
  for (const auto& spec : app::optionTable()) {
    if (std::string(spec.name) == "--size") {
      EXPECT_STREQ(spec.defaultValue, "1920x1080");
    }
    if (std::string(spec.name) == "--view") {
      EXPECT_EQ(o->view, spec.defaultValue);
    }
  }
}

TEST(Options, SizeHideAndFile) {
  int code = -1;
  const auto o = parse({"foot.stl", "--size", "640x480", "--hide", "skin,fibula", "--hide", "talus"}, code);
  ASSERT_TRUE(o.has_value());
  EXPECT_EQ(o->file, "foot.stl");
  EXPECT_EQ(o->width, 640);
  EXPECT_EQ(o->height, 480);
  EXPECT_EQ(o->hide, (std::vector<std::string>{"skin", "fibula", "talus"}));
}

TEST(Options, BadValuesExitWithTwo) {
  for (std::vector<const char*> bad : {std::vector<const char*>{"--size", "big"}, {"--size", "10x10"},
                                       {"--up", "sideways"}, {"--units", "furlongs"}, {"--bench-frames", "-3"},
                                       {"--no-such-option"}, {"a.stl", "b.stl"}}) {
    int code = -1;
    EXPECT_FALSE(parse(bad, code).has_value()) << bad[0];
    EXPECT_EQ(code, 2) << bad[0];
  }
}

TEST(Options, HelpAndVersionExitZeroWithoutOptions) {
  int code = -1;
  EXPECT_FALSE(parse({"--help"}, code).has_value());
  EXPECT_EQ(code, 0);
  code = -1;
  EXPECT_FALSE(parse({"--version"}, code).has_value());
  EXPECT_EQ(code, 0);
}
