// POSIX steps of the atomic save. rename(2) within one file system replaces the target in
// one step, so readers see either the whole old file or the whole new one; the fsyncs make
// that also hold after a power cut.
#include "io/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace io {

namespace {

namespace fs = std::filesystem;

std::string errnoText(int err) {
  std::string text = std::strerror(err);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

// Where the bytes really go: the target of a symbolic link, else the path itself.
fs::path resolveTarget(const std::string& path) {
  std::error_code ec;
  fs::path p(path);
  if (fs::is_symlink(p, ec)) {
    const fs::path target = fs::read_symlink(p, ec);
    if (!ec) return target.is_absolute() ? target : p.parent_path() / target;
  }
  return p;
}

// Opens a new temporary file next to target (O_EXCL, so an existing file is never reused).
int openTemporary(const fs::path& target, fs::path& tempPath, mode_t mode) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  for (int attempt = 0; attempt < 100; ++attempt) {
    tempPath = dir / ("." + target.filename().string() + ".saving-" + std::to_string(::getpid()) + "-" +
                      std::to_string(attempt));
    const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

bool writeAll(int fd, const std::string& content) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void syncDirectory(const fs::path& target) {
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // the rename happened; only durability after a crash is weaker
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::string& content) {
  if (path.empty()) throw WriteError(path, "no file name given");
  const fs::path target = resolveTarget(path);
  struct stat st {};
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) throw WriteError(path, "this is a folder, not a file");
  fs::path tempPath;
  const int fd = openTemporary(target, tempPath, exists ? (st.st_mode & 07777) : 0666);
  if (fd < 0) throw WriteError(path, "cannot create a file in that folder (" + errnoText(errno) + ")");
  // open() applies the umask to the mode; an existing file's own permissions win.
  bool ok = !exists || ::fchmod(fd, st.st_mode & 07777) == 0;
  int err = ok ? 0 : errno;
  if (ok && !(ok = writeAll(fd, content))) err = errno;
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
}

}  // namespace io
