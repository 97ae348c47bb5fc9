// Saving never loses the user's previous file: a failure part-way through the write leaves
// the old content byte for byte and no temporary behind; success replaces it whole.
#include "io/atomic_write.h"
#include "io/case_file.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

std::string readText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A fresh, empty folder per test so leftover temporaries can be counted.
fs::path freshDir(const std::string& name) {
  const fs::path dir = fs::path(AA_TEST_OUTPUT_DIR) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::size_t entriesIn(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// Makes writes beyond `bytes` fail with EFBIG for this process (works as root too, unlike
// an unwritable folder); restores the limit when it goes out of scope.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    getrlimit(RLIMIT_FSIZE, &saved_);
    previous_ = std::signal(SIGXFSZ, SIG_IGN);  // else the kernel kills the process
    rlimit limit = saved_;
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, previous_);
  }

 private:
  rlimit saved_{};
  void (*previous_)(int) = nullptr;
};

}  // namespace

TEST(AtomicWrite, CreatesAndReplacesWholeFiles) {
  const fs::path dir = freshDir("atomic_replace");
  const fs::path file = dir / "a.txt";
  io::writeFileAtomically(file.string(), "first version, rather long\n");
  EXPECT_EQ(readText(file), "first version, rather long\n");
  io::writeFileAtomically(file.string(), "second\n");
  EXPECT_EQ(readText(file), "second\n") << "a shorter file leaves nothing of the old one";
  EXPECT_EQ(entriesIn(dir), 1u) << "no temporary left behind";
}

TEST(AtomicWrite, KeepsPermissionsOfTheFileItReplaces) {
  const fs::path file = freshDir("atomic_mode") / "private.aacase";
  io::writeFileAtomically(file.string(), "x");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  io::writeFileAtomically(file.string(), "y");
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
}

TEST(AtomicWrite, FailureDuringTheWriteLeavesTheOldCaseIntact) {
  const fs::path dir = freshDir("atomic_fail");
  const fs::path file = dir / "patient.aacase";
  anatomy::CaseRecord c;
  c.title = "before";
  io::writeCaseFile(file.string(), c);
  const std::string before = readText(file);
  c.title = "after";
  c.notes = std::string(20000, 'n');  // far past the limit below
  try {
    FileSizeLimit limit(before.size() + 100);
    io::writeCaseFile(file.string(), c);
    FAIL() << "the save did not report the failed write";
  } catch (const io::WriteError& e) {
    EXPECT_EQ(e.path(), file.string());
    EXPECT_NE(e.reason().find("the previous file is unchanged"), std::string::npos) << e.reason();
  }
  EXPECT_EQ(readText(file), before);
  EXPECT_EQ(io::readCaseFile(file.string()).title, "before");
  EXPECT_EQ(entriesIn(dir), 1u) << "the partial temporary is removed";
}

TEST(AtomicWrite, ACaseTheReaderWouldRefuseIsNotWritten) {
  const fs::path file = freshDir("atomic_refuse") / "patient.aacase";
  anatomy::CaseRecord c;
  c.title = "kept";
  io::writeCaseFile(file.string(), c);
  const std::string before = readText(file);
  c.notes = std::string(io::kMaxCaseNotesBytes + 1, 'n');
  try {
    io::writeCaseFile(file.string(), c);
    FAIL() << "wrote a case the reader refuses";
  } catch (const io::WriteError& e) {
    EXPECT_EQ(e.reason(), "not saved: \"notes\": is 65,537 bytes long; the limit is 65,536");
  }
  c.notes.clear();
  c.hidden = {"Not An Id"};
  EXPECT_THROW(io::writeCaseFile(file.string(), c), io::WriteError);
  EXPECT_EQ(readText(file), before);
}

TEST(AtomicWrite, MissingFolderOrFolderTargetIsAnError) {
  const fs::path dir = freshDir("atomic_errors");
  try {
    io::writeFileAtomically((dir / "no/such/folder/a.aacase").string(), "x");
    FAIL() << "accepted";
  } catch (const io::WriteError& e) {
    EXPECT_NE(e.reason().find("cannot create a file in that folder (no such file or directory)"), std::string::npos)
        << e.reason();
  }
  fs::create_directories(dir / "sub");
  EXPECT_THROW(io::writeFileAtomically((dir / "sub").string(), "x"), io::WriteError);
  EXPECT_TRUE(fs::is_directory(dir / "sub"));
  EXPECT_THROW(io::writeFileAtomically("", "x"), io::WriteError);
}

TEST(AtomicWrite, UnwritableFolderLeavesTheOldFile) {
  if (geteuid() == 0) GTEST_SKIP() << "root writes to any folder; FailureDuringTheWrite covers this as root";
  const fs::path dir = freshDir("atomic_readonly");
  const fs::path file = dir / "a.aacase";
  io::writeFileAtomically(file.string(), "old");
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_THROW(io::writeFileAtomically(file.string(), "new"), io::WriteError);
  fs::permissions(dir, fs::perms::owner_all);
  EXPECT_EQ(readText(file), "old");
}

TEST(AtomicWrite, FollowsASymbolicLinkAndKeepsIt) {
  const fs::path dir = freshDir("atomic_link");
  fs::create_directories(dir / "real");
  io::writeFileAtomically((dir / "real/case.aacase").string(), "old");
  fs::create_symlink("real/case.aacase", dir / "link.aacase");
  io::writeFileAtomically((dir / "link.aacase").string(), "new");
  EXPECT_TRUE(fs::is_symlink(dir / "link.aacase"));
  EXPECT_EQ(readText(dir / "real/case.aacase"), "new");
}
