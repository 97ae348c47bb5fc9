// Hostile command lines (issue 9, items 1, 3 and 11): one line on stderr and exit code 2
// whatever is in a file name or an option, unknown ids refused by every command, planted
// links beside a screenshot left alone, and a long joint chain refused without a hang.
#include "test_support.h"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using testsupport::runApp;

namespace {

namespace fs = std::filesystem;

int lineCount(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

bool hasEscapeCode(const std::string& s) { return s.find('\x1b') != std::string::npos; }

fs::path freshDir(const std::string& name) {
  const fs::path dir = fs::path(AA_TEST_OUTPUT_DIR) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// One triangle as an ASCII STL.
void writeStl(const fs::path& path) {
  std::ofstream(path) << "solid t\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 10 0 0\nvertex 0 10 0\n"
                         "endloop\nendfacet\nendsolid t\n";
}

}  // namespace

TEST(HostileCli, UnknownHideAndSelectIdsAreRefusedByEveryCommand) {
  for (const std::vector<std::string>& command : {std::vector<std::string>{"--measure"}, {"--list-structures"}}) {
    for (const char* name : {"--hide", "--select"}) {
      const std::string option = name;
      std::vector<std::string> args = command;
      args.insert(args.end(), {option, "no_such_bone"});
      const auto r = runApp(args);
      EXPECT_EQ(r.exitCode, 2) << command[0] << " " << option;
      EXPECT_EQ(lineCount(r.err), 1) << r.err;
      EXPECT_NE(r.err.find(option + ": no structure with id 'no_such_bone'"), std::string::npos) << r.err;
      EXPECT_TRUE(r.out.empty()) << r.out;
    }
  }
  EXPECT_EQ(runApp({"--list-structures", "--hide", "calcaneus", "--select", "talus"}).exitCode, 0);
}

TEST(HostileCli, NewlinesAndEscapeCodesInNamesAndOptionsStayOneLine) {
  const std::string evil = "evil\nname\x1b[2J\x1b]0;title\x07";
  const fs::path dir = freshDir("hostile_cli_names");
  const std::vector<std::vector<std::string>> cases = {
      {(dir / (evil + ".stl")).string(), "--list-structures"},  // no such file
      {"--list-structures", "--hide", evil},
      {"--measure", "--select", evil},
      {"--preset", evil},
      {"--size", evil},
      {"--view", evil},
      {"--condition", evil},
      {"--overlay", evil},
  };
  for (const auto& args : cases) {
    const auto r = runApp(args);
    EXPECT_EQ(r.exitCode, 2) << args[0];
    EXPECT_EQ(lineCount(r.err), 1) << args[0] << ": " << r.err;
    EXPECT_FALSE(hasEscapeCode(r.err)) << args[0];
    EXPECT_EQ(r.err.find('\x07'), std::string::npos) << args[0];
  }
  const auto r = runApp({(dir / (evil + ".stl")).string(), "--list-structures"});
  EXPECT_NE(r.err.find("evil\\nname\\x1b[2J"), std::string::npos) << r.err;
}

TEST(HostileCli, ALongJointChainInAManifestIsRefusedQuickly) {
  // 20,000 joints (1.3 MB) used to take a minute of the main process; now one clear line.
  const fs::path dir = freshDir("hostile_cli_chain");
  writeStl(dir / "leg.stl");
  std::ofstream manifest(dir / "leg.manifest.json");
  manifest << R"({"joints":[)";
  for (int i = 19999; i >= 0; --i) {
    manifest << R"({"id":"j)" << i << '"';
    if (i > 0) manifest << R"(,"parent":"j)" << i - 1 << '"';
    manifest << R"(,"pivot":[0,0,0],"axis":[1,0,0]})" << (i > 0 ? "," : "");
  }
  manifest << "]}";
  manifest.close();
  const auto r = runApp({(dir / "leg.stl").string(), "--list-structures"}, 120);
  EXPECT_EQ(r.exitCode, 2) << r.err;
  EXPECT_EQ(lineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("leg.manifest.json: manifest joints: has 20,000 entries; the limit is 1,000"), std::string::npos)
      << r.err;
}

TEST(HostileCli, ScreenshotLeavesAPlantedPartialLinkAlone) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display (run under xvfb-run -a)";
  const fs::path dir = freshDir("hostile_cli_shot");
  const fs::path victim = dir / "victim.txt";
  std::ofstream(victim) << "precious";
  fs::create_symlink(victim, dir / "shot.png.partial");
  const auto r = runApp({"--screenshot", (dir / "shot.png").string(), "--size", "64x48"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  std::ifstream in(victim);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "precious");
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(dir / "shot.png")));
}

TEST(HostileCli, ScreenshotOntoAFifoIsRefusedAndTheFifoStays) {
  if (!testsupport::hasDisplay()) GTEST_SKIP() << "no display (run under xvfb-run -a)";
  const fs::path dir = freshDir("hostile_cli_fifo");
  const fs::path fifo = dir / "shot.png";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const auto r = runApp({"--screenshot", fifo.string(), "--size", "64x48"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(lineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("FIFO"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::is_fifo(fifo));
}
