// `--measure --fit KEY=VALUE ...` as a clinician meets it: numbers made by --measure itself
// come back reproduced, numbers beyond the model come back with a reason, and bad entries
// stop with one line and exit 2.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

using testsupport::runApp;

namespace {
nlohmann::json measure(const std::vector<std::string>& extra) {
  std::vector<std::string> args{"--measure"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<std::string> argv{"/usr/bin/env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", AA_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto r = testsupport::run(argv);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

std::string fitArg(const nlohmann::json& j, const char* key) { return std::string(key) + "=" + j[key].dump(); }

int lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}
}  // namespace

TEST(FitCli, ReproducesNumbersTheModelMade) {
  const auto patient = measure({"--condition", "flat_foot=0.55", "--condition", "hindfoot_pronation=0.35",
                                "--condition", "genu_valgum=0.4", "--condition", "calcific_spur=0.7"});
  const char* keys[] = {"calcaneal_pitch_deg", "meary_angle_deg", "navicular_height_mm", "hindfoot_valgus_deg",
                        "hka_deg", "spur_length_mm"};
  std::vector<std::string> args{"--fit", "side=left"};
  for (const char* key : keys) args.insert(args.end(), {"--fit", fitArg(patient, key)});
  const auto j = measure(args);
  ASSERT_TRUE(j.contains("fit")) << j.dump();
  const auto& fit = j["fit"];
  EXPECT_EQ(fit["side"], "left");
  for (const char* key : keys) {
    EXPECT_DOUBLE_EQ(fit["targets"][key].get<double>(), patient[key].get<double>()) << key;
    EXPECT_EQ(fit["reached"][key], true) << key << " " << fit["reasons"].dump();
    EXPECT_NEAR(fit["achieved"][key].get<double>(), patient[key].get<double>(), 1.0) << key;
    // The measurements printed are the fitted pose's.
    EXPECT_NEAR(j[key].get<double>(), fit["achieved"][key].get<double>(), 0.011) << key;
  }
  EXPECT_TRUE(fit["reasons"].empty());
  for (const char* condition : {"flat_foot", "genu_valgum", "calcific_spur"}) {
    ASSERT_TRUE(fit["severities"].contains(condition)) << fit["severities"].dump();
    EXPECT_EQ(j["conditions"][condition], fit["severities"][condition]) << condition;
  }
}

TEST(FitCli, SaysWhichNumbersItCouldNotReach) {
  const auto j = measure({"--fit", "calcaneal_pitch_deg=0", "--fit", "hka_deg=200", "--fit", "bursa_ap_mm=3"});
  const auto& fit = j["fit"];
  EXPECT_EQ(fit["reached"]["calcaneal_pitch_deg"], false);
  EXPECT_EQ(fit["reached"]["hka_deg"], false);
  EXPECT_EQ(fit["reached"]["bursa_ap_mm"], true);
  for (const char* key : {"calcaneal_pitch_deg", "hka_deg"}) {
    ASSERT_TRUE(fit["reasons"].contains(key)) << fit.dump();
    EXPECT_GT(fit["reasons"][key].get<std::string>().size(), 20u);
  }
  EXPECT_FALSE(fit["reasons"].contains("bursa_ap_mm"));
  // As close as the model goes: lower than the normal pitch, higher than the normal HKA.
  const auto normal = measure({});
  EXPECT_LT(j["calcaneal_pitch_deg"].get<double>(), normal["calcaneal_pitch_deg"].get<double>() - 5.0);
  EXPECT_GT(j["hka_deg"].get<double>(), normal["hka_deg"].get<double>() + 5.0);
}

TEST(FitCli, StartsFromThePresetAndKeepsWhatTheNumbersDoNotTouch) {
  const auto j = measure({"--preset", "haglund", "--fit", "spur_length_mm=7"});
  EXPECT_EQ(j["conditions"]["haglund"], 1.0);  // from the preset, untouched
  EXPECT_EQ(j["fit"]["reached"]["spur_length_mm"], true);
  EXPECT_NEAR(j["spur_length_mm"].get<double>(), 7.0, 1.0);
  EXPECT_EQ(j["fit"]["severities"].size(), 1u) << j["fit"].dump();
}

TEST(FitCli, BadEntriesExitTwoWithOneLine) {
  for (std::vector<std::string> args : {std::vector<std::string>{"--measure", "--fit", "pitch=12"},
                                        {"--measure", "--fit", "calcaneal_pitch_deg=steep"},
                                        {"--measure", "--fit", "calcaneal_pitch_deg"},
                                        {"--measure", "--fit", "side=up"},
                                        {"--measure", "--fit"},
                                        {"--fit", "hka_deg=185"}}) {
    const auto r = runApp(args);
    EXPECT_EQ(r.exitCode, 2) << args.back();
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("--fit"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}
