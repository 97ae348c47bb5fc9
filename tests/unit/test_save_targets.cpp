// Hostile save targets (issue 9, items 2, 3, 9 and 10): a FIFO or device node where the
// file should go, a planted link where the screenshot's temporary would be, chains of
// symbolic links, and temporaries left by interrupted saves.
#include "io/atomic_write.h"
#include "io/png_writer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeText(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

fs::path freshDir(const std::string& name) {
  const fs::path dir = fs::path(AA_TEST_OUTPUT_DIR) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::uint8_t> grey(int w, int h) { return std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 4, 128); }

// A pid that certainly belongs to no running process: a child that has been reaped.
pid_t deadPid() {
  const pid_t pid = fork();
  if (pid == 0) _exit(0);
  int status = 0;
  waitpid(pid, &status, 0);
  return pid;
}

}  // namespace

TEST(SaveTargets, AFifoIsRefusedAndStaysAFifo) {
  const fs::path dir = freshDir("save_fifo");
  const fs::path fifo = dir / "case.aacase";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  try {
    io::writeFileAtomically(fifo.string(), "x");
    FAIL() << "wrote onto a FIFO";
  } catch (const io::WriteError& e) {
    EXPECT_NE(e.reason().find("FIFO"), std::string::npos) << e.reason();
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
  }
  EXPECT_TRUE(fs::is_fifo(fifo)) << "the FIFO was replaced";
  std::string error;
  EXPECT_FALSE(io::writePng(fifo.string(), 2, 2, grey(2, 2), error));
  EXPECT_TRUE(fs::is_fifo(fifo));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1) << "no temporary left";
}

TEST(SaveTargets, ADeviceNodeIsRefusedAndStaysADevice) {
  const fs::path dir = freshDir("save_device");
  const fs::path node = dir / "null";
  // The same device as /dev/null, made here so a failing test cannot harm /dev.
  if (mknod(node.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) GTEST_SKIP() << "cannot make a device node here";
  const fs::path link = dir / "shot.png";
  fs::create_symlink(node, link);  // through a link, as a planted one would be
  std::string error;
  EXPECT_FALSE(io::writePng(link.string(), 2, 2, grey(2, 2), error));
  EXPECT_NE(error.find("character device"), std::string::npos) << error;
  EXPECT_TRUE(fs::is_character_file(node));
  EXPECT_TRUE(fs::is_symlink(link));
}

TEST(SaveTargets, ScreenshotTemporaryNeverWritesThroughAPlantedLink) {
  const fs::path dir = freshDir("save_planted");
  const fs::path victim = dir / "victim.txt";
  writeText(victim, "precious");
  const fs::path out = dir / "shot.png";
  // The old writer's temporary name, and the atomic writer's first one for this process.
  fs::create_symlink(victim, dir / "shot.png.partial");
  fs::create_symlink(victim, dir / (".shot.png.saving-" + std::to_string(getpid()) + "-0"));
  std::string error;
  ASSERT_TRUE(io::writePng(out.string(), 4, 4, grey(4, 4), error)) << error;
  EXPECT_EQ(readText(victim), "precious");
  EXPECT_TRUE(fs::is_regular_file(fs::symlink_status(out)));
  EXPECT_EQ(readText(out).substr(1, 3), "PNG");
}

TEST(SaveTargets, AChainOfLinksUpdatesTheRealFileAndKeepsEveryLink) {
  const fs::path dir = freshDir("save_chain");
  fs::create_directories(dir / "a/b");
  writeText(dir / "a/b/real.aacase", "old");
  fs::create_symlink("b/real.aacase", dir / "a/link2");  // relative to its own folder
  fs::create_symlink("a/link2", dir / "link1");
  io::writeFileAtomically((dir / "link1").string(), "new");
  EXPECT_TRUE(fs::is_symlink(dir / "link1"));
  EXPECT_TRUE(fs::is_symlink(dir / "a/link2"));
  EXPECT_EQ(readText(dir / "a/b/real.aacase"), "new");
}

TEST(SaveTargets, ALoopOfLinksIsAnError) {
  const fs::path dir = freshDir("save_loop");
  fs::create_symlink("two", dir / "one");
  fs::create_symlink("one", dir / "two");
  try {
    io::writeFileAtomically((dir / "one").string(), "x");
    FAIL() << "accepted a loop of links";
  } catch (const io::WriteError& e) {
    EXPECT_NE(e.reason().find("symbolic links"), std::string::npos) << e.reason();
  }
  EXPECT_TRUE(fs::is_symlink(dir / "one"));
  EXPECT_TRUE(fs::is_symlink(dir / "two"));
}

TEST(SaveTargets, TemporariesOfInterruptedSavesAreRemovedOnTheNextSave) {
  const fs::path dir = freshDir("save_stale");
  const fs::path file = dir / "case.aacase";
  const std::string dead = std::to_string(deadPid());
  const std::string live = std::to_string(getppid());  // a running process: a save in progress
  writeText(dir / (".case.aacase.saving-" + dead + "-0"), "half");
  writeText(dir / (".case.aacase.saving-" + live + "-0"), "in progress");
  writeText(dir / (".other.aacase.saving-" + dead + "-0"), "another file's");
  writeText(dir / (".case.aacase.saving-" + dead + "-0x"), "not our pattern");
  fs::create_directories(dir / (".case.aacase.saving-" + dead + "-1"));
  const fs::path victim = dir / "victim.txt";
  writeText(victim, "kept");
  fs::create_symlink(victim, dir / (".case.aacase.saving-" + dead + "-2"));

  io::writeFileAtomically(file.string(), "saved");
  EXPECT_EQ(readText(file), "saved");
  EXPECT_FALSE(fs::exists(dir / (".case.aacase.saving-" + dead + "-0"))) << "the dead save's temporary stays";
  EXPECT_TRUE(fs::exists(dir / (".case.aacase.saving-" + live + "-0"))) << "a live process's save was disturbed";
  EXPECT_TRUE(fs::exists(dir / (".other.aacase.saving-" + dead + "-0"))) << "only this target's temporaries go";
  EXPECT_TRUE(fs::exists(dir / (".case.aacase.saving-" + dead + "-0x")));
  EXPECT_TRUE(fs::is_directory(dir / (".case.aacase.saving-" + dead + "-1"))) << "only regular files go";
  EXPECT_TRUE(fs::is_symlink(dir / (".case.aacase.saving-" + dead + "-2"))) << "a link is not ours";
  EXPECT_EQ(readText(victim), "kept");
}
