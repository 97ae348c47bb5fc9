// Writing RGBA8 images to PNG files (screenshots).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace io {

// rgba is width*height*4 bytes, top row first. Returns false and fills error on failure.
bool writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba,
              std::string& error);

}  // namespace io
