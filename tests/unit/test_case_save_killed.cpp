// A save killed part way (SIGKILL, no chance to clean up) leaves a case file that opens:
// the old one or the new one whole, never a mixture or a truncated file.
#include "io/case_file.h"
#include "io/model_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

namespace {

anatomy::CaseRecord bigCase(const std::string& title, char fill) {
  anatomy::CaseRecord c;
  c.title = title;
  // Long notes make each save take many write calls, so kills land inside a write too.
  c.notes = std::string(io::kMaxCaseNotesBytes - 10, fill);
  c.conditions.set(anatomy::ConditionId::Haglund, fill == 'a' ? 0.25f : 0.75f);
  return c;
}

}  // namespace

TEST(CaseSaveKilled, TheFileAlwaysOpensAsTheOldOrTheNewCase) {
  const std::string path = testsupport::outputPath("killed_save.aacase");
  const anatomy::CaseRecord oldCase = bigCase("old", 'a'), newCase = bigCase("new", 'b');
  for (int round = 0; round < 8; ++round) {
    io::writeCaseFile(path, oldCase);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      try {
        for (int i = 0;; ++i) io::writeCaseFile(path, i % 2 ? oldCase : newCase);  // until killed
      } catch (...) {
        _exit(1);
      }
    }
    // Kill it once it has replaced the file at least once, so it is saving again; where in
    // the save it dies differs run to run, and every point must be safe.
    int status = 0;
    while (io::readCaseFile(path).title == "old") {
      ASSERT_EQ(waitpid(child, &status, WNOHANG), 0) << "the saving child stopped by itself";
      usleep(1000);
    }
    usleep(static_cast<useconds_t>(200 * round));
    kill(child, SIGKILL);
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    const anatomy::CaseRecord left = io::readCaseFile(path);
    EXPECT_TRUE(left == oldCase || left == newCase) << "round " << round << ": " << left.title;
  }
  // The next save tidies what the killed one left behind.
  io::writeCaseFile(path, oldCase);
  int others = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
    if (e.path().filename().string().find(".killed_save.aacase.saving") == 0) ++others;
  EXPECT_EQ(others, 0);
}
