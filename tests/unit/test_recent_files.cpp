// The recent-cases list: most recent first, ten at most, gone files dropped, kept where
// XDG_CONFIG_HOME says (a temporary folder here, never the user's own).
#include "io/recent_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

fs::path freshDir(const std::string& name) {
  const fs::path dir = fs::path(AA_TEST_OUTPUT_DIR) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string touch(const fs::path& dir, const std::string& name) {
  std::ofstream(dir / name) << "x";
  return (dir / name).string();
}

}  // namespace

TEST(RecentFiles, PathFollowsXdgConfigHomeThenHome) {
  const char* savedXdg = std::getenv("XDG_CONFIG_HOME");
  const std::string restore = savedXdg ? savedXdg : "";
  setenv("XDG_CONFIG_HOME", "/tmp/aa-config", 1);
  EXPECT_EQ(io::defaultRecentCasesPath(), "/tmp/aa-config/ankle-atlas/recent-cases");
  setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
  setenv("HOME", "/home/someone", 1);
  EXPECT_EQ(io::defaultRecentCasesPath(), "/home/someone/.config/ankle-atlas/recent-cases");
  if (savedXdg) setenv("XDG_CONFIG_HOME", restore.c_str(), 1); else unsetenv("XDG_CONFIG_HOME");
}

TEST(RecentFiles, MostRecentFirstWithoutRepeatsAndAtMostTen) {
  const fs::path dir = freshDir("recent_order");
  const std::string list = (dir / "config" / "ankle-atlas" / "recent-cases").string();  // folder made on demand
  std::vector<std::string> files;
  for (int i = 0; i < 12; ++i) files.push_back(touch(dir, "case" + std::to_string(i) + ".aacase"));
  for (const std::string& f : files) io::addRecentFile(list, f);
  std::vector<std::string> got = io::readRecentFiles(list);
  ASSERT_EQ(got.size(), io::kMaxRecentFiles);
  EXPECT_EQ(got.front(), files[11]);
  EXPECT_EQ(got.back(), files[2]);
  got = io::addRecentFile(list, files[5]);  // opened again: moves to the top, once
  EXPECT_EQ(got.front(), files[5]);
  EXPECT_EQ(std::count(got.begin(), got.end(), files[5]), 1);
  EXPECT_EQ(io::readRecentFiles(list), got);
}

TEST(RecentFiles, FilesThatHaveGoneAreDropped) {
  const fs::path dir = freshDir("recent_gone");
  const std::string list = (dir / "recent-cases").string();
  const std::string a = touch(dir, "a.aacase"), b = touch(dir, "b.aacase");
  io::addRecentFile(list, a);
  io::addRecentFile(list, b);
  fs::remove(a);
  EXPECT_EQ(io::readRecentFiles(list), std::vector<std::string>{b});
}

TEST(RecentFiles, RelativeNamesAreStoredAbsoluteAndJunkLinesIgnored) {
  const fs::path dir = freshDir("recent_junk");
  const std::string list = (dir / "recent-cases").string();
  const std::string a = touch(dir, "a.aacase");
  std::ofstream(list) << "not/absolute\n\n" << a << "\n" << a << "\n/no/such/file\n";
  EXPECT_EQ(io::readRecentFiles(list), std::vector<std::string>{a});
  const fs::path cwd = fs::current_path();
  fs::current_path(dir);
  const std::vector<std::string> got = io::addRecentFile(list, "a.aacase");
  fs::current_path(cwd);
  EXPECT_EQ(got, std::vector<std::string>{a});
  EXPECT_TRUE(io::readRecentFiles((dir / "missing-list").string()).empty());
}
