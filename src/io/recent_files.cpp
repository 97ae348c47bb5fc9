// The recent-cases list: a plain text file, one absolute path a line.
#include "io/recent_files.h"

#include "io/atomic_write.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace io {

namespace fs = std::filesystem;

namespace {
bool isFile(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}
}  // namespace

std::string defaultRecentCasesPath() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  // The XDG spec: a relative XDG_CONFIG_HOME is invalid and is ignored.
  if (xdg && xdg[0] == '/') return std::string(xdg) + "/ankle-atlas/recent-cases";
  const char* home = std::getenv("HOME");
  if (home && home[0] != '\0') return std::string(home) + "/.config/ankle-atlas/recent-cases";
  return {};
}

std::vector<std::string> readRecentFiles(const std::string& listPath) {
  std::vector<std::string> out;
  std::ifstream in(listPath);
  std::string line;
  // Read only as many lines as could matter, so a huge or binary file costs nothing.
  for (int read = 0; read < 100 && out.size() < kMaxRecentFiles && std::getline(in, line); ++read) {
    if (line.empty() || line.size() > 4096 || line[0] != '/') continue;
    if (std::find(out.begin(), out.end(), line) == out.end() && isFile(line)) out.push_back(line);
  }
  return out;
}

std::vector<std::string> addRecentFile(const std::string& listPath, const std::string& file) {
  // A name with a line break cannot be one line of the list.
  if (file.find('\n') != std::string::npos) return readRecentFiles(listPath);
  std::error_code ec;
  const fs::path absolute = fs::absolute(file, ec).lexically_normal();
  std::vector<std::string> list{ec ? file : absolute.string()};
  for (const std::string& old : readRecentFiles(listPath))
    if (old != list.front() && list.size() < kMaxRecentFiles) list.push_back(old);
  std::string text;
  for (const std::string& path : list) text += path + "\n";
  try {
    fs::create_directories(fs::path(listPath).parent_path(), ec);
    writeFileAtomically(listPath, text);
  } catch (const WriteError&) {
    // A read-only config folder costs the list, not the save that was asked for.
  }
  return list;
}

}  // namespace io
