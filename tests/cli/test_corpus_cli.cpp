// Every file of the shared loader corpus through the real command line: each one loads
// (JSON listing) or is refused with one line naming it (exit 2); none kills the program.
#include "test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace {
bool isCompanion(const fs::path& p) {
  static const std::set<std::string> companions = {".bin", ".mtl", ".jpg", ".jpeg", ".png", ".tga",
                                                   ".bmp", ".txt", ".md",  ".json"};
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return companions.count(ext) > 0;
}
}  // namespace

TEST(CorpusCli, EveryFileLoadsOrIsRefusedCleanly) {
  const std::string shared = testsupport::sharedDir();
  AA_REQUIRE_SHARED(!shared.empty(), "../shared is absent: loader corpus not available");
  int loaded = 0, refused = 0;
  for (const auto& entry : fs::recursive_directory_iterator(shared + "/data/loader-corpus")) {
    if (!entry.is_regular_file() || isCompanion(entry.path())) continue;
    const std::string path = entry.path().string();
    const auto r = testsupport::runApp({"--list-structures", path}, 90);
    SCOPED_TRACE(path);
    ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 2) << "exit " << r.exitCode << ": " << r.err;
    if (r.exitCode == 0) {
      const auto list = nlohmann::json::parse(r.out);
      EXPECT_TRUE(list.is_array());
      EXPECT_FALSE(list.empty());
      ++loaded;
    } else {
      EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
      EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
      ++refused;
    }
  }
  EXPECT_GT(loaded, 20);
  EXPECT_GT(refused, 10);
  std::cout << "corpus: " << loaded << " loaded, " << refused << " refused\n";
}
