// POSIX steps of the atomic save. rename(2) within one file system replaces the target in
// one step, so readers see either the whole old file or the whole new one; the fsyncs make
// that also hold after a power cut.
#include "io/atomic_write.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>

namespace io {

namespace {

namespace fs = std::filesystem;

constexpr int kMaxLinkHops = 40;               // as the kernel's own limit (ELOOP)
constexpr std::time_t kStaleAfterSeconds = 86400;  // a temporary this old is stale whatever its pid

std::string errnoText(int err) {
  std::string text = std::strerror(err);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

std::string kindOf(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// Where the bytes really go: the end of a chain of symbolic links (each relative link read
// against its own folder), else the path itself. A dangling last link names the new file.
fs::path resolveTarget(const std::string& path) {
  fs::path p(path);
  for (int hop = 0; hop < kMaxLinkHops; ++hop) {
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
    std::error_code ec;
    const fs::path next = fs::read_symlink(p, ec);
    if (ec) throw WriteError(path, "cannot follow the symbolic link (" + ec.message() + ")");
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  throw WriteError(path, "too many levels of symbolic links");
}

fs::path folderOf(const fs::path& target) { return target.has_parent_path() ? target.parent_path() : fs::path("."); }

std::string temporaryPrefix(const fs::path& target) { return "." + target.filename().string() + ".saving-"; }

// Opens a new temporary file next to target (O_EXCL: an existing file or link is never reused).
int openTemporary(const fs::path& target, fs::path& tempPath, mode_t mode) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    tempPath = folderOf(target) / (temporaryPrefix(target) + std::to_string(::getpid()) + "-" + std::to_string(attempt));
    const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

bool writeAll(int fd, const char* data, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void syncDirectory(const fs::path& target) {
  const int fd = ::open(folderOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename happened; only durability after a crash is weaker
  ::fsync(fd);
  ::close(fd);
}

// The pid in "PID-N" when name is exactly prefix + digits + "-" + digits, else -1.
long temporaryPid(const std::string& name, const std::string& prefix) {
  if (name.compare(0, prefix.size(), prefix) != 0) return -1;
  const std::string rest = name.substr(prefix.size());
  const std::size_t dash = rest.find('-');
  if (dash == 0 || dash == std::string::npos || dash + 1 == rest.size() || dash > 9) return -1;
  for (std::size_t i = 0; i < rest.size(); ++i)
    if (i != dash && (rest[i] < '0' || rest[i] > '9')) return -1;
  return std::stol(rest.substr(0, dash));
}

bool processGone(long pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

}  // namespace

std::size_t removeStaleTemporaries(const std::string& targetPath) {
  const fs::path target(targetPath);
  const fs::path folder = folderOf(target);
  const std::string prefix = temporaryPrefix(target);
  DIR* dir = ::opendir(folder.c_str());
  if (!dir) return 0;  // cleaning up is a courtesy; the save itself succeeded
  std::size_t removed = 0;
  const std::time_t now = std::time(nullptr);
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    const long pid = temporaryPid(name, prefix);
    if (pid < 0 || pid == ::getpid()) continue;  // not ours, or a save running in this process
    struct stat st {};
    if (::fstatat(::dirfd(dir), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
    if (!processGone(pid) && now - st.st_mtime < kStaleAfterSeconds) continue;
    if (::unlinkat(::dirfd(dir), name.c_str(), 0) == 0) ++removed;
  }
  ::closedir(dir);
  return removed;
}

void writeFileAtomically(const std::string& path, const void* data, std::size_t size) {
  if (path.empty()) throw WriteError(path, "no file name given");
  const fs::path target = resolveTarget(path);
  struct stat st {};
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) throw WriteError(path, "this is a folder, not a file");
  if (exists && !S_ISREG(st.st_mode)) throw WriteError(path, "this is " + kindOf(st.st_mode) + "; it was not replaced");
  fs::path tempPath;
  const int fd = openTemporary(target, tempPath, exists ? (st.st_mode & 07777) : 0666);
  if (fd < 0) throw WriteError(path, "cannot create a file in that folder (" + errnoText(errno) + ")");
  // open() applies the umask to the mode; an existing file's own permissions win.
  bool ok = !exists || ::fchmod(fd, st.st_mode & 07777) == 0;
  int err = ok ? 0 : errno;
  if (ok && !(ok = writeAll(fd, static_cast<const char*>(data), size))) err = errno;
  if (ok && !(ok = ::fsync(fd) == 0)) err = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (ok && !(ok = ::rename(tempPath.c_str(), target.c_str()) == 0)) err = errno;
  if (!ok) {
    ::unlink(tempPath.c_str());
    throw WriteError(path, "could not save (" + errnoText(err) + ")" + (exists ? "; the previous file is unchanged" : ""));
  }
  syncDirectory(target);
  removeStaleTemporaries(target.string());
}

void writeFileAtomically(const std::string& path, const std::string& content) {
  writeFileAtomically(path, content.data(), content.size());
}

}  // namespace io
