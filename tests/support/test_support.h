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

// Runs argv (argv[0] is the program) with a timeout; stdout/stderr captured.
RunResult run(const std::vector<std::string>& argv, int timeoutSeconds = 120);
// Runs the ankle-atlas binary under test with these arguments.
RunResult runApp(const std::vector<std::string>& args, int timeoutSeconds = 120);

std::string sharedDir();   // "" when ../shared is absent
std::string outputPath(const std::string& name);  // a fresh path under the test output folder
bool hasDisplay();

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgba;  // width * height * 4
  const unsigned char* at(int x, int y) const { return &rgba[(static_cast<std::size_t>(y) * width + x) * 4]; }
};
bool readPng(const std::string& path, Image& out);

}  // namespace testsupport
