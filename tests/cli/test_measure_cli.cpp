// `--measure`, `--preset` and `--condition` as a user meets them: one JSON object with
// every REFERENCE.md key, conditions that combine and override, exit 2 on bad values.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using testsupport::runApp;

namespace {
const char* const kKeys[] = {"calcaneal_pitch_deg", "meary_angle_deg", "talocalcaneal_lateral_deg",
                             "navicular_height_mm", "hindfoot_valgus_deg", "fowler_philip_deg",
                             "ppl_bursal_projection_mm", "hka_deg", "mad_mm", "intermalleolar_distance_mm",
                             "spur_length_mm", "spur_inclination_deg", "achilles_thickness_insertion_mm",
                             "achilles_thickness_midportion_mm", "bursa_ap_mm", "bursa_transverse_mm",
                             "bursa_craniocaudal_mm", "haglund_bump_mm", "forefoot_abduction_deg"};

nlohmann::json measure(const std::vector<std::string>& extra) {
  std::vector<std::string> args{"--measure"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<std::string> argv{"/usr/bin/env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", AA_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto r = testsupport::run(argv);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  return nlohmann::json::parse(r.out);  // throws (fails the test) unless stdout is one JSON document
}

int lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}
}  // namespace

TEST(MeasureCli, PrintsEveryKeyWithoutADisplay) {
  const auto j = measure({});
  for (const char* key : kKeys) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j[key].is_number()) << key;
  }
  EXPECT_EQ(j["preset"], "normal");
  EXPECT_TRUE(j["conditions"].empty());
  EXPECT_EQ(j["posable"], true);
}

TEST(MeasureCli, PresetChangesTheNumbers) {
  const auto normal = measure({"--preset", "normal"});
  const auto flat = measure({"--preset", "flat-foot"});
  EXPECT_EQ(flat["preset"], "flat-foot");
  EXPECT_EQ(flat["conditions"]["flat_foot"], 1.0);
  EXPECT_LT(flat["calcaneal_pitch_deg"].get<double>(), 18.0);
  EXPECT_LT(flat["navicular_height_mm"].get<double>(), normal["navicular_height_mm"].get<double>());
}

TEST(MeasureCli, ConditionsCombineWithAndOverrideThePreset) {
  const auto j = measure({"--preset", "flat-foot", "--condition", "flat_foot=0.2", "--condition", "haglund=1"});
  EXPECT_DOUBLE_EQ(j["conditions"]["flat_foot"].get<double>(), 0.2);
  EXPECT_DOUBLE_EQ(j["conditions"]["haglund"].get<double>(), 1.0);
  EXPECT_TRUE(j["conditions"].contains("hindfoot_pronation"));  // kept from the preset
  const auto preset = measure({"--preset", "flat-foot"});
  EXPECT_GT(j["calcaneal_pitch_deg"].get<double>(), preset["calcaneal_pitch_deg"].get<double>());
  EXPECT_GT(j["ppl_bursal_projection_mm"].get<double>(), 0.0);
  const auto spur = measure({"--condition", "calcific-spur=1"});
  EXPECT_GE(spur["spur_length_mm"].get<double>(), 12.0);
}

TEST(MeasureCli, BadValuesExitTwoWithOneLine) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--measure", "--preset", "wobbly"},
                                        {"--measure", "--condition", "flat_foot=1.5"},
                                        {"--measure", "--condition", "unicorn=0.5"},
                                        {"--measure", "--condition", "flat_foot"},
                                        {"--measure", "--condition", "spur-inclination=60"},
                                        {"--measure", "--condition", "spur-inclination=steep"},
                                        {"--measure", "--condition"}}) {
    const auto r = runApp(args);
    EXPECT_EQ(r.exitCode, 2) << args.back();
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

TEST(MeasureCli, HelpNamesTheNewOptions) {
  const auto r = runApp({"--help"});
  for (const char* opt : {"--measure", "--preset", "--condition"}) EXPECT_NE(r.out.find(opt), std::string::npos);
}

TEST(MeasureCli, UserFileWithoutLandmarksReportsNoMeasurements) {
  const std::string path = testsupport::outputPath("measure_triangle.obj");
  {
    std::ofstream out(path);
    out << "v 0 0 0\nv 10 0 0\nv 0 10 0\nf 1 2 3\n";
  }
  const auto j = measure({"--preset", "flat-foot", path});
  EXPECT_EQ(j["posable"], false);
  EXPECT_FALSE(j.contains("calcaneal_pitch_deg"));
  EXPECT_EQ(j["conditions"]["flat_foot"], 1.0);
}

// Issue 10: the spur's inclination is a control of its own (degrees, not a severity); the
// readout is measured from the tilted spur.
TEST(MeasureCli, SpurInclinationIsAConditionInDegrees) {
  const auto standard = measure({"--preset", "calcific-spur"});
  EXPECT_NEAR(standard["spur_inclination_deg"].get<double>(), 25.0, 2.0);
  const auto steep = measure({"--preset", "calcific-spur", "--condition", "spur-inclination=40"});
  EXPECT_NEAR(steep["spur_inclination_deg"].get<double>(), 40.0, 2.0);
  const auto flat = measure({"--preset", "calcific-spur", "--condition", "spur_inclination_deg=5"});
  EXPECT_NEAR(flat["spur_inclination_deg"].get<double>(), 5.0, 2.0);
  EXPECT_NEAR(flat["spur_length_mm"].get<double>(), standard["spur_length_mm"].get<double>(), 6.0)
      << "tilting keeps the spur";
  const auto fitted = measure({"--fit", "spur_inclination_deg=35"});
  EXPECT_EQ(fitted["fit"]["reached"]["spur_inclination_deg"], true);
  EXPECT_NEAR(fitted["fit"]["spur_inclination_deg"].get<double>(), 35.0, 1.0) << "the control the fit set";
  EXPECT_NEAR(fitted["spur_inclination_deg"].get<double>(), 35.0, 1.0);
}
