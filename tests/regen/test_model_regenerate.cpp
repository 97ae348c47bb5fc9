// The committed model is exactly what the generator makes today: run ankle-atlas-modelgen
// (built beside the app) into a fresh folder and compare both files byte for byte.
// It is the slowest test (about 50 s on two idle cores, ten times that on a loaded CI
// machine), so it has its own executable, starts first and uses every core.
#include "test_support.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace {

std::string readAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

std::string committedFile(const std::string& name) { return std::string(AA_SOURCE_DIR) + "/models/" + name; }

std::string generatorPath() {
  return (std::filesystem::path(AA_BINARY).parent_path() / "ankle-atlas-modelgen").string();
}

}  // namespace

TEST(ModelRegenerate, CommittedFilesMatchTheGenerator) {
  const std::string generator = generatorPath();
  if (!std::filesystem::exists(generator))
    GTEST_SKIP() << "build the ankle-atlas-modelgen target first (" << generator << ")";
  const std::string out = std::string(AA_TEST_OUTPUT_DIR) + "/regenerated-model";
  std::filesystem::remove_all(out);
  const testsupport::RunResult r = testsupport::run({generator, "--out", out, "--threads", "0"}, 1700);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::string fresh = readAll(out + "/foot_ankle.glb");
  const std::string committed = readAll(committedFile("foot_ankle.glb"));
  ASSERT_FALSE(fresh.empty());
  EXPECT_TRUE(fresh == committed) << "models/foot_ankle.glb is stale: run `cmake --build <build> --target regenerate-model`";
  EXPECT_TRUE(readAll(out + "/foot_ankle.manifest.json") == readAll(committedFile("foot_ankle.manifest.json")))
      << "models/foot_ankle.manifest.json is stale: run the regenerate-model target";
}

TEST(ModelRegenerate, GeneratorRejectsBadArguments) {
  const std::string generator = generatorPath();
  if (!std::filesystem::exists(generator)) GTEST_SKIP() << "ankle-atlas-modelgen not built";
  EXPECT_EQ(testsupport::run({generator}).exitCode, 2);
  EXPECT_EQ(testsupport::run({generator, "--bogus"}).exitCode, 2);
}
