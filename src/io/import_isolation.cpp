#include "io/import_isolation.h"

#include "io/message_text.h"
#include "io/scene_codec.h"

#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <thread>
#include <vector>

namespace io::detail {

namespace {

using Clock = std::chrono::steady_clock;

// Child exit codes for failures that leave no message to send.
constexpr int kExitWriteFailed = 3;
constexpr int kExitEncodeFailed = 4;

class FdSink : public ByteSink {
 public:
  explicit FdSink(int fd) : fd_(fd) { buffer_.reserve(kChunk); }
  void write(const void* data, std::size_t size) override {
    const auto* p = static_cast<const unsigned char*>(data);
    if (buffer_.size() + size > kChunk) flush();
    if (size >= kChunk) return writeAll(p, size);
    buffer_.insert(buffer_.end(), p, p + size);
  }
  void flush() {
    writeAll(buffer_.data(), buffer_.size());
    buffer_.clear();
  }

 private:
  static constexpr std::size_t kChunk = 1 << 20;
  void writeAll(const unsigned char* p, std::size_t n) {
    while (n > 0) {
      const ssize_t w = ::write(fd_, p, n);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) _exit(kExitWriteFailed);  // the parent has gone or given up on us
      p += w;
      n -= static_cast<std::size_t>(w);
    }
  }
  int fd_;
  std::vector<unsigned char> buffer_;
};

std::uint64_t currentAddressSpace() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long long pages = 0;
  const int got = std::fscanf(f, "%llu", &pages);
  std::fclose(f);
  return got == 1 ? pages * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE)) : 0;
}

void applyLimits(const IsolationLimits& limits) {
  const rlimit noCore{0, 0};
  setrlimit(RLIMIT_CORE, &noCore);
  const auto cpu = static_cast<rlim_t>(limits.timeoutSeconds) + 1;
  const rlimit cpuLimit{cpu, cpu + 1};  // SIGXCPU first, SIGKILL a second later
  setrlimit(RLIMIT_CPU, &cpuLimit);
  // Relative to what the process already maps, so a large parent does not starve the import
  // (and AddressSanitizer's terabytes of reserved shadow memory do not count against it).
  if (limits.memoryBytes > 0) {
    const rlim_t bytes = static_cast<rlim_t>(currentAddressSpace() + limits.memoryBytes);
    const rlimit memory{bytes, bytes};
    setrlimit(RLIMIT_AS, &memory);
  }
  // The parent's crash handlers (a sanitizer's, an application's crash reporter) must not run
  // here: a crash should end the child by its signal, which the parent then reports.
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS, SIGXCPU, SIGPIPE}) {
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, nullptr);
  }
}

// An import makes and drops several full-size copies of a large mesh. glibc serves each
// block above its mmap threshold (32 MB at most) with a fresh mapping and unmaps it when
// freed, so every copy paid the kernel's page faults and page clearing again: most of a
// 4-million-triangle STL's import time was system time. The child lives for one import, so
// its freed memory stays in its heap, to be reused by the next copy.
void keepFreedMemoryForReuse() {
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, INT_MAX);
}

void quietChild(int keepFd) {
  // Importer chatter (Assimp prints ai_assert failures, for one) must not mix into the
  // application's output: stdout may be JSON and errors are promised as one line.
  // AA_IMPORTER_OUTPUT=1 keeps stderr for debugging.
  const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (devNull >= 0) {
    ::dup2(devNull, STDOUT_FILENO);
    const char* keep = std::getenv("AA_IMPORTER_OUTPUT");
    if (!keep || std::strcmp(keep, "1") != 0) ::dup2(devNull, STDERR_FILENO);
  }
  // Inherited descriptors (such as the pipe of a concurrent import) would delay that
  // import's end of file until this child exits.
  const unsigned keep = static_cast<unsigned>(keepFd);
  if ((keep > 3 && ::close_range(3, keep - 1, 0) != 0) || ::close_range(keep + 1, ~0u, 0) != 0) {
    for (int fd = 3; fd < 4096; ++fd)
      if (fd != keepFd) ::close(fd);
  }
}

// Set when an allocation failed in the child. Importers catch std::bad_alloc themselves
// and report something else (Assimp's Collada reader said "model.dae is missing" for a zip
// bomb), so a failed import after a failed allocation is reported as running out of memory.
volatile std::sig_atomic_t gAllocationFailed = 0;

void onAllocationFailure() {
  gAllocationFailed = 1;
  throw std::bad_alloc();
}

[[noreturn]] void childMain(int fd, const std::function<ImportedScene()>& work, const IsolationLimits& limits) {
  quietChild(fd);
  applyLimits(limits);
  keepFreedMemoryForReuse();
  std::set_new_handler(onAllocationFailure);
  ImportedScene scene;
  std::optional<ImportError> failure;
  try {
    scene = work();
  } catch (const ImportError& e) {
    failure = e;
  } catch (const std::bad_alloc&) {
    failure = ImportError("out of memory", ImportError::Kind::OutOfMemory);
  } catch (const std::exception& e) {
    failure = ImportError("the importer failed: " + oneLine(e.what()));
  } catch (...) {
    failure = ImportError("the importer failed with an unknown error");
  }
  if (failure && gAllocationFailed) failure = ImportError("out of memory", ImportError::Kind::OutOfMemory);
  try {
    FdSink sink(fd);
    if (failure)
      encodeError(*failure, sink);
    else
      encodeScene(scene, sink);
    sink.flush();
  } catch (...) {
    _exit(kExitEncodeFailed);
  }
  _exit(0);
}

// Kills and reaps the child unless it was reaped normally, whatever way we leave.
class ChildGuard {
 public:
  explicit ChildGuard(pid_t pid) : pid_(pid) {}
  ~ChildGuard() {
    if (pid_ > 0) killAndReap();
  }
  int killAndReap() {
    ::kill(pid_, SIGKILL);
    return reap();
  }
  int reap() {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    return status;
  }
  // Waits until the deadline; returns false if the child is still running then.
  bool reapBefore(Clock::time_point deadline, int& status) {
    for (;;) {
      const pid_t r = ::waitpid(pid_, &status, WNOHANG);
      if (r == pid_ || (r < 0 && errno != EINTR)) {
        pid_ = -1;
        return true;
      }
      if (Clock::now() >= deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }

 private:
  pid_t pid_;
};

class FdGuard {
 public:
  explicit FdGuard(int fd) : fd(fd) {}
  ~FdGuard() { ::close(fd); }
  int fd;
};

constexpr const char* kCrashReason =
    "the importer crashed on this file (it may be damaged or use a feature the importer does not support)";

int wallSecondsOf(const IsolationLimits& limits) {
  return limits.wallSeconds > 0 ? limits.wallSeconds : 3 * limits.timeoutSeconds;
}

std::string cpuTimeReason(int seconds) {
  return "the importer worked for more than " + std::to_string(seconds) + " s of processor time on this file and was stopped";
}

std::string wallTimeReason(int seconds) {
  return "the importer did not finish within " + std::to_string(seconds) + " s and was stopped";
}

std::string memoryReason(const IsolationLimits& limits) {
  if (limits.memoryBytes == 0) return "the importer ran out of memory while reading this file";
  return "the importer ran out of memory (limit " + formatBytes(limits.memoryBytes) + ") while reading this file";
}

// Reads everything the child writes; false on timeout.
bool readReply(int fd, Clock::time_point deadline, const IsolationLimits& limits, std::vector<unsigned char>& out) {
  unsigned char chunk[1 << 16];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
    if (ready < 0 && errno != EINTR) throw ImportError("lost contact with the importer process");
    if (ready <= 0) continue;
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return true;  // EOF (or an error, which the exit status will explain)
    if (out.size() + static_cast<std::size_t>(n) > limits.maxMessageBytes)
      throw ImportError("the imported scene is too large to hand over (over " + formatBytes(limits.maxMessageBytes) + ")");
    out.insert(out.end(), chunk, chunk + n);
  }
}

ImportedScene interpret(int status, const std::vector<unsigned char>& reply, const IsolationLimits& limits) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    if (sig == SIGXCPU) throw ImportError(cpuTimeReason(limits.timeoutSeconds));
    // Plain words for the person who opened the file; the signal's name means nothing to them.
    if (sig == SIGKILL)
      throw ImportError("the importer was stopped by the system, most likely for running out of memory");
    throw ImportError(kCrashReason);
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw ImportError("the importer stopped unexpectedly (exit status " + std::to_string(WEXITSTATUS(status)) + ")");
  try {
    return decodeMessage(reply.data(), reply.size());
  } catch (const ImportError& e) {
    if (e.kind() == ImportError::Kind::OutOfMemory) throw ImportError(memoryReason(limits), e.kind());
    throw;
  }
}

}  // namespace

std::string signalName(int signal) {
  switch (signal) {
    case SIGSEGV: return "SIGSEGV";
    case SIGABRT: return "SIGABRT";
    case SIGBUS: return "SIGBUS";
    case SIGFPE: return "SIGFPE";
    case SIGILL: return "SIGILL";
    case SIGKILL: return "SIGKILL";
    case SIGTERM: return "SIGTERM";
    case SIGXCPU: return "SIGXCPU";
    case SIGPIPE: return "SIGPIPE";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS: return "SIGSYS";
    case SIGINT: return "SIGINT";
    default: return "signal " + std::to_string(signal);
  }
}

ImportedScene runIsolated(const std::function<ImportedScene()>& work, const IsolationLimits& limits,
                          const std::function<void()>& whileWaiting) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0)
    throw ImportError(std::string("could not start the importer process: ") + std::strerror(errno));
  std::fflush(nullptr);  // an exit() inside the child would otherwise repeat pending output
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    throw ImportError(std::string("could not start the importer process: ") + std::strerror(err));
  }
  if (pid == 0) {
    ::close(fds[0]);
    childMain(fds[1], work, limits);
  }
  ::close(fds[1]);
  FdGuard reading(fds[0]);
  ChildGuard child(pid);
  if (whileWaiting) whileWaiting();
  const auto deadline = Clock::now() + std::chrono::seconds(wallSecondsOf(limits));
  std::vector<unsigned char> reply;
  int status = 0;
  if (!readReply(reading.fd, deadline, limits, reply) || !child.reapBefore(deadline, status)) {
    child.killAndReap();
    throw ImportError(wallTimeReason(wallSecondsOf(limits)));
  }
  return interpret(status, reply, limits);
}

}  // namespace io::detail
