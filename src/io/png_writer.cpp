#include "io/png_writer.h"

#include "io/atomic_write.h"

#include <zlib.h>

#include <filesystem>

namespace io {

namespace {
void putU32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(v >> shift));
}

void appendChunk(std::vector<std::uint8_t>& out, const char type[4], const std::uint8_t* data, std::size_t size) {
  putU32(out, static_cast<std::uint32_t>(size));
  const std::size_t typeAt = out.size();
  out.insert(out.end(), type, type + 4);
  if (size > 0) out.insert(out.end(), data, data + size);
  putU32(out, static_cast<std::uint32_t>(crc32(0L, out.data() + typeAt, static_cast<uInt>(size + 4))));
}

// The image as RGB rows, each with PNG's "Up" filter (difference to the row above): the
// screenshots' smooth gradients and flat panels compress well with it, and fast zlib
// settings keep a 1920x1080 frame's encoding several times quicker than a search over
// all filters. Alpha is dropped: screenshots are opaque.
std::vector<std::uint8_t> filteredRgb(int width, int height, const std::vector<std::uint8_t>& rgba) {
  const std::size_t rowBytes = static_cast<std::size_t>(width) * 3 + 1;
  std::vector<std::uint8_t> raw(rowBytes * static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) {
    std::uint8_t* out = &raw[rowBytes * static_cast<std::size_t>(y)];
    const std::uint8_t* row = &rgba[static_cast<std::size_t>(y) * width * 4];
    const std::uint8_t* up = y > 0 ? row - static_cast<std::size_t>(width) * 4 : nullptr;
    out[0] = 2;  // Up
    for (int x = 0; x < width; ++x)
      for (int c = 0; c < 3; ++c) {
        const std::size_t i = static_cast<std::size_t>(x) * 4 + static_cast<std::size_t>(c);
        out[1 + static_cast<std::size_t>(x) * 3 + static_cast<std::size_t>(c)] =
            static_cast<std::uint8_t>(row[i] - (up ? up[i] : 0));
      }
  }
  return raw;
}

bool encodePng(int width, int height, const std::vector<std::uint8_t>& rgba, std::vector<std::uint8_t>& png) {
  const std::vector<std::uint8_t> raw = filteredRgb(width, height, rgba);
  uLongf packedSize = compressBound(static_cast<uLong>(raw.size()));
  std::vector<std::uint8_t> packed(packedSize);
  if (compress2(packed.data(), &packedSize, raw.data(), static_cast<uLong>(raw.size()), 1) != Z_OK) return false;
  static const std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  png.assign(kSignature, kSignature + 8);
  std::vector<std::uint8_t> header;
  putU32(header, static_cast<std::uint32_t>(width));
  putU32(header, static_cast<std::uint32_t>(height));
  header.insert(header.end(), {8, 2, 0, 0, 0});  // 8-bit RGB, deflate, adaptive filters, no interlace
  appendChunk(png, "IHDR", header.data(), header.size());
  appendChunk(png, "IDAT", packed.data(), packedSize);
  appendChunk(png, "IEND", nullptr, 0);
  return true;
}

}  // namespace

bool writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba,
              std::string& error) {
  if (width <= 0 || height <= 0 || rgba.size() != static_cast<std::size_t>(width) * height * 4) {
    error = path + ": internal error, image buffer has the wrong size";
    return false;
  }
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) {
    error = path + ": the folder " + parent.string() + " does not exist";
    return false;
  }
  std::vector<std::uint8_t> png;
  if (!encodePng(width, height, rgba, png)) {
    error = path + ": could not compress the image";
    return false;
  }
  // The atomic writer: an exclusive temporary (never a planted file or link), renamed over
  // the target only when complete, and no FIFO or device node replaced.
  try {
    writeFileAtomically(path, png.data(), png.size());
  } catch (const WriteError& e) {
    error = e.what();
    return false;
  }
  return true;
}

}  // namespace io
