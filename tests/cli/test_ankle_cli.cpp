// `--ankle DEG` as a user meets it: the measurements follow the posed ankle (the heel bone
// tilts with a heel drop, the bursa is squeezed), and an angle outside the ankle's range
// or not a number is one line and exit 2.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace {
testsupport::RunResult measure(const std::vector<std::string>& extra) {
  std::vector<std::string> argv{"/usr/bin/env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", AA_BINARY, "--measure"};
  argv.insert(argv.end(), extra.begin(), extra.end());
  return testsupport::run(argv);
}
}  // namespace

TEST(AnkleCli, HeelDropTiltsTheHeelBoneAndSqueezesTheBursa) {
  const auto neutral = measure({});
  const auto dropped = measure({"--ankle", "15"});
  const auto raised = measure({"--ankle=-30"});
  ASSERT_EQ(neutral.exitCode, 0) << neutral.err;
  ASSERT_EQ(dropped.exitCode, 0) << dropped.err;
  ASSERT_EQ(raised.exitCode, 0) << raised.err;
  const auto n = nlohmann::json::parse(neutral.out), d = nlohmann::json::parse(dropped.out),
             r = nlohmann::json::parse(raised.out);
  // The heel drops below the forefoot: its plantar line climbs more steeply towards the front.
  EXPECT_GT(d["calcaneal_pitch_deg"].get<double>(), n["calcaneal_pitch_deg"].get<double>() + 10.0);
  EXPECT_LT(r["calcaneal_pitch_deg"].get<double>(), n["calcaneal_pitch_deg"].get<double>() - 20.0);
  EXPECT_LT(d["bursa_ap_mm"].get<double>(), n["bursa_ap_mm"].get<double>());
  EXPECT_DOUBLE_EQ(r["bursa_ap_mm"].get<double>(), n["bursa_ap_mm"].get<double>());
}

TEST(AnkleCli, OutOfRangeOrNotANumberIsOneLineAndExitTwo) {
  for (const char* bad : {"25", "-60", "steep"}) {
    const auto r = measure({"--ankle", bad});
    EXPECT_EQ(r.exitCode, 2) << bad;
    EXPECT_NE(r.err.find("--ankle"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
}
