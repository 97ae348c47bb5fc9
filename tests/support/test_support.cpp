#include "test_support.h"

#include <cstdint>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <stb_image.h>

namespace testsupport {

namespace {
constexpr int kHangBackstopSeconds = 540;

void drain(int fd, std::string& into, bool& open) {
  char buf[4096];
  const ssize_t n = read(fd, buf, sizeof buf);
  if (n > 0)
    into.append(buf, static_cast<std::size_t>(n));
  else
    open = false;
}
}  // namespace

RunResult run(const std::vector<std::string>& argv, int timeoutSeconds) {
  RunResult result;
  int outPipe[2], errPipe[2];
  if (pipe(outPipe) != 0 || pipe(errPipe) != 0) return result;
  const pid_t pid = fork();
  if (pid == 0) {
    // The limit is on the child's processor time, not the clock: a loaded machine (other
    // builds and tests on the same two cores, an AddressSanitizer build) stretches the wall
    // time of a run many times over but not the work it does, so a run is stopped only if it
    // spins. SIGXCPU ends it at the soft limit.
    rlimit cpu{};
    getrlimit(RLIMIT_CPU, &cpu);
    const rlim_t limit = static_cast<rlim_t>(timeoutSeconds);
    if (cpu.rlim_max == RLIM_INFINITY || limit < cpu.rlim_max) cpu.rlim_cur = limit;
    setrlimit(RLIMIT_CPU, &cpu);
    dup2(outPipe[1], 1);
    dup2(errPipe[1], 2);
    close(outPipe[0]);
    close(errPipe[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(outPipe[1]);
  close(errPipe[1]);
  bool outOpen = true, errOpen = true;
  // A hang that uses no processor time (a deadlock, a wait) meets only this backstop, set
  // under ctest's own per-test limit (600 s), which has the last word.
  const int backstopSeconds = std::max(timeoutSeconds, kHangBackstopSeconds);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(backstopSeconds);
  while (outOpen || errOpen) {
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    poll(fds, 2, 200);
    if (outOpen && (fds[0].revents & (POLLIN | POLLHUP))) drain(outPipe[0], result.out, outOpen);
    if (errOpen && (fds[1].revents & (POLLIN | POLLHUP))) drain(errPipe[0], result.err, errOpen);
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      break;
    }
  }
  close(outPipe[0]);
  close(errPipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

RunResult runApp(const std::vector<std::string>& args, int timeoutSeconds) {
  std::vector<std::string> argv{AA_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  // A virtual X server under load can refuse a connection for a moment (it is resetting after
  // its last client left, or its listen queue is full). That is the test machine, not the app:
  // try again a few times before reporting it.
  RunResult r = run(argv, timeoutSeconds);
  for (int attempt = 1; attempt < 4 && r.exitCode == 3 && r.err.find("Failed to open display") != std::string::npos;
       ++attempt) {
    std::this_thread::sleep_for(std::chrono::seconds(attempt));
    r = run(argv, timeoutSeconds);
  }
  return r;
}

std::string sharedDir() {
  const char* env = std::getenv("AA_SHARED_DIR");
  const std::string dir = env ? env : AA_SHARED_DIR;
  return std::filesystem::is_directory(dir + "/data") ? dir : std::string();
}

bool inCi() {
  const char* ci = std::getenv("CI");
  return ci && std::string(ci) == "true";
}

std::string outputPath(const std::string& name) {
  const std::string path = std::string(AA_TEST_OUTPUT_DIR) + "/" + name;
  std::filesystem::remove(path);
  return path;
}

bool hasDisplay() {
  const char* d = std::getenv("DISPLAY");
  return d && *d;
}

bool readPng(const std::string& path, Image& out) {
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &out.width, &out.height, &channels, 4);
  if (!data) return false;
  out.rgba.assign(data, data + static_cast<std::size_t>(out.width) * out.height * 4);
  stbi_image_free(data);
  return true;
}

bool pixelsDiffer(const Image& a, const Image& b, int x, int y, int by) {
  for (int c = 0; c < 3; ++c)
    if (std::abs(int(a.at(x, y)[c]) - int(b.at(x, y)[c])) > by) return true;
  return false;
}

double changedFraction(const Image& a, const Image& b, int by) {
  if (a.width != b.width || a.height != b.height || a.width == 0) return 0.0;
  long n = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) n += pixelsDiffer(a, b, x, y, by);
  return static_cast<double>(n) / (static_cast<double>(a.width) * a.height);
}

std::string base64(const std::string& bytes) {
  static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 2]);
    out += k[(v >> 18) & 63];
    out += k[(v >> 12) & 63];
    out += i + 1 < bytes.size() ? k[(v >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? k[v & 63] : '=';
  }
  return out;
}

}  // namespace testsupport
