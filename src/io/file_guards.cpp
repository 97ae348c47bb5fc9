#include "io/file_guards.h"

#include "io/assimp_import.h"
#include "io/message_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace io::detail {

namespace {

std::string lowerExtension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string errnoText(int err) {
  std::string text = std::strerror(err);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

void checkReadable(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) throw LoadError(path, "the file cannot be opened (" + errnoText(errno) + ")");
  unsigned char byte = 0;
  const ssize_t n = ::read(fd, &byte, 1);
  const int err = errno;
  ::close(fd);
  if (n < 0) throw LoadError(path, "the file cannot be read (" + errnoText(err) + ")");
}

}  // namespace

const char* supportedFormatsText() {
  return "obj, stl, ply, gltf, glb, fbx, dae, 3ds, off and the other formats Assimp reads";
}

FileFacts checkModelFile(const std::string& path, const LoadOptions& options) {
  if (path.empty()) throw LoadError(path, "no file name given");
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) throw LoadError(path, "no such file");
    throw LoadError(path, "the file cannot be examined (" + errnoText(err) + ")");
  }
  if (S_ISDIR(st.st_mode)) throw LoadError(path, "this is a directory, not a model file");
  if (!S_ISREG(st.st_mode)) throw LoadError(path, "this is not a regular file");

  FileFacts facts;
  facts.size = static_cast<std::uint64_t>(st.st_size);
  facts.extension = lowerExtension(path);
  // A file without an extension is left to the importers' content detection.
  if (!facts.extension.empty() && !assimpReadsExtension(facts.extension))
    throw LoadError(path, "'" + oneLine(facts.extension, 40) + "' is not a supported model format (supported: " +
                              supportedFormatsText() + ")");
  checkReadable(path);
  if (facts.size == 0) throw LoadError(path, "the file is empty");
  if (facts.size > options.maxFileBytes)
    throw LoadError(path, "the file is " + formatBytes(facts.size) + "; the limit is " + formatBytes(options.maxFileBytes));
  return facts;
}

}  // namespace io::detail
