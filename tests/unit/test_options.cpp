#include "app/options.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
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
      EXPECT_EQ(spec.defaultValue, "1920x1080");
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

// One option table drives the parser, --help and the README's option list.
TEST(OptionTable, ReadmeListsTheTableAsItIs) {
  std::ifstream in(std::string(AA_SOURCE_DIR) + "/README.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string expected = app::optionTableMarkdown();
  EXPECT_NE(text.str().find(expected), std::string::npos)
      << "README.md's option list differs from the option table; paste this in its place:\n"
      << expected;
}

TEST(OptionTable, ChoicesComeFromTheModelLayers) {
  for (const app::OptionSpec& s : app::optionTable()) {
    if (s.name == "--view") {
      EXPECT_GE(s.choices.size(), 7u);
    }
    if (s.name == "--preset") {
      EXPECT_GE(s.choices.size(), 9u);
    }
  }
}

TEST(OptionTable, EveryRowIsParsed) {
  for (const app::OptionSpec& s : app::optionTable()) {
    if (s.type == app::OptionType::Positional) continue;
    int exitCode = -1;
    std::vector<const char*> args;
    std::string value = s.choices.empty() ? "1" : s.choices.back();
    if (s.type == app::OptionType::Integer) value = std::to_string(s.min);  // in range whatever the range
    if (s.name == "--size") value = "640x480";
    if (s.name == "--condition") value = "haglund=0.5";
    if (s.name == "--overlay") value = "lateral";
    if (s.name == "--fit") value = "hka_deg=185";
    args.push_back(s.name.c_str());
    if (s.type != app::OptionType::Flag) args.push_back(value.c_str());
    if (!s.needs.empty()) {
      args.push_back(s.needs.c_str());
      args.push_back(s.needs == "--screenshot" ? "/tmp/x.png" : "5");
    }
    EXPECT_TRUE(parse(args, exitCode).has_value()) << s.name << " " << value;
  }
}

TEST(OptionTable, ValuesOutsideTheTableAreRefused) {
  int exitCode = 0;
  EXPECT_FALSE(parse({"--view", "sideways"}, exitCode).has_value());
  EXPECT_EQ(exitCode, 2);
  EXPECT_FALSE(parse({"--samples", "99"}, exitCode).has_value());
  EXPECT_EQ(exitCode, 2);
  EXPECT_FALSE(parse({"--preset", "wobbly"}, exitCode).has_value());
  EXPECT_EQ(exitCode, 2);
  const auto ok = parse({"--preset", "flat_foot"}, exitCode);
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->preset, "flat_foot");
}

