// Helpers shared by the command-line, render and corpus tests: run the real binary and
// capture what it prints, read PNGs back, find the optional shared data folder.
#pragma once

#include <string>
#include <vector>

namespace testsupport {

struct RunResult {
  int exitCode = -1;  // 128 + signal when killed by a signal
  std::string out;
  std::string err;
};

// Runs argv (argv[0] is the program); stdout/stderr captured. timeoutSeconds limits the
// child's processor time (it is killed by SIGXCPU, exit code 152), so how busy the machine is
// does not decide the outcome; the clock stops it only after max(timeoutSeconds, 540) s.
RunResult run(const std::vector<std::string>& argv, int timeoutSeconds = 120);
// Runs the ankle-atlas binary under test with these arguments.
RunResult runApp(const std::vector<std::string>& args, int timeoutSeconds = 120);

std::string sharedDir();   // "" when ../shared is absent
// Whether this is a CI run (CI=true): there a test that needs ../shared fails instead of
// skipping when it is absent, so a missing folder cannot quietly turn comparisons off.
bool inCi();
std::string outputPath(const std::string& name);  // a fresh path under the test output folder
bool hasDisplay();

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;  // width * height * 4
  const unsigned char* at(int x, int y) const { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
};
bool readPng(const std::string& path, Image& out);
// Whether a colour channel of pixel (x, y) moves by more than `by` (of 255) between a and b.
bool pixelsDiffer(const Image& a, const Image& b, int x, int y, int by = 40);
// The share of pixels that differ so (0 for images of different sizes).
double changedFraction(const Image& a, const Image& b, int by = 40);
// Standard base64, for data URIs in generated glTF test files.
std::string base64(const std::string& bytes);

}  // namespace testsupport

// In a TEST body: when `available` is false, skips the test (locally) or fails it (CI=true),
// saying what is missing.
#define AA_REQUIRE_SHARED(available, what)                                                     \
  do {                                                                                        \
    if (!(available)) {                                                                       \
      if (testsupport::inCi()) GTEST_FAIL() << what << " (CI=true: ../shared must be present)"; \
      GTEST_SKIP() << what;                                                                   \
    }                                                                                         \
  } while (0)
