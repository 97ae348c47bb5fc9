// Tests that read ../shared skip locally when it is absent but fail in CI (CI=true), so a
// CI machine without the folder cannot report green while comparing nothing.
#include "test_support.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace {

class CiVariable {
 public:
  explicit CiVariable(const char* value) {
    const char* old = std::getenv("CI");
    had_ = old != nullptr;
    if (had_) saved_ = old;
    if (value)
      setenv("CI", value, 1);
    else
      unsetenv("CI");
  }
  ~CiVariable() {
    if (had_)
      setenv("CI", saved_.c_str(), 1);
    else
      unsetenv("CI");
  }

 private:
  bool had_ = false;
  std::string saved_;
};

void requireAbsentFolder() { AA_REQUIRE_SHARED(false, "the test folder is absent"); }

}  // namespace

TEST(SharedRequired, OnlyCiTrueCountsAsCi) {
  {
    CiVariable ci("true");
    EXPECT_TRUE(testsupport::inCi());
  }
  {
    CiVariable ci("false");
    EXPECT_FALSE(testsupport::inCi());
  }
  CiVariable ci(nullptr);
  EXPECT_FALSE(testsupport::inCi());
}

TEST(SharedRequired, AbsentSharedFolderFailsInCi) {
  CiVariable ci("true");
  EXPECT_FATAL_FAILURE(requireAbsentFolder(), "CI=true: ../shared must be present");
}
