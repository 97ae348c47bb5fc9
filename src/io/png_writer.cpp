#include "io/png_writer.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <stb_image_write.h>

namespace io {

bool writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba,
              std::string& error) {
  if (rgba.size() != static_cast<std::size_t>(width) * height * 4) {
    error = path + ": internal error, image buffer has the wrong size";
    return false;
  }
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
    error = path + ": the folder " + parent.string() + " does not exist";
    return false;
  }
  // Write to a temporary name first so a failed write never leaves half a file behind.
  const std::string temp = path + ".partial";
  if (!stbi_write_png(temp.c_str(), width, height, 4, rgba.data(), width * 4)) {
    error = path + ": could not write the PNG (" + std::strerror(errno) + ")";
    std::filesystem::remove(temp, ec);
    return false;
  }
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    error = path + ": could not write the PNG (" + ec.message() + ")";
    std::filesystem::remove(temp, ec);
    return false;
  }
  return true;
}

}  // namespace io
