#include "io/model_prechecks.h"

#include "io/bounded_io.h"
#include "io/imported_scene.h"
#include "io/json_document.h"
#include "io/message_text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

namespace io::detail {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxGltfJsonBytes = 64u << 20;  // larger JSON is left to Assimp alone

std::uint32_t u32(const unsigned char* p) {
  return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
         static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}
std::uint16_t u16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

std::vector<unsigned char> readAt(std::ifstream& in, std::uint64_t offset, std::size_t size) {
  std::vector<unsigned char> bytes(size);
  in.clear();
  in.seekg(static_cast<std::streamoff>(offset));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return bytes;
}

// Sum of the uncompressed sizes in the central directory; a ZIP64 entry (0xFFFFFFFF)
// counts as too large. False when there is no readable central directory.
bool declaredUnpackedBytes(std::ifstream& in, std::uint64_t fileSize, std::uint64_t& total) {
  const std::uint64_t tail = std::min<std::uint64_t>(fileSize, 65535 + 22);
  const std::vector<unsigned char> end = readAt(in, fileSize - tail, static_cast<std::size_t>(tail));
  for (std::size_t i = end.size() >= 22 ? end.size() - 22 + 1 : 0; i-- > 0;) {
    if (u32(&end[i]) != 0x06054b50u) continue;
    const std::uint32_t entries = u16(&end[i + 10]), cdSize = u32(&end[i + 12]), cdOffset = u32(&end[i + 16]);
    if (cdOffset == 0xFFFFFFFFu || cdSize > (64u << 20)) {
      total = ~std::uint64_t{0};
      return true;
    }
    const std::vector<unsigned char> cd = readAt(in, cdOffset, cdSize);
    total = 0;
    std::size_t at = 0;
    for (std::uint32_t e = 0; e < entries && at + 46 <= cd.size() && u32(&cd[at]) == 0x02014b50u; ++e) {
      const std::uint32_t size = u32(&cd[at + 24]);
      total += size == 0xFFFFFFFFu ? ~std::uint64_t{0} / 2 : size;
      at += 46 + u16(&cd[at + 28]) + u16(&cd[at + 30]) + u16(&cd[at + 32]);
    }
    return true;
  }
  return false;
}

std::uint64_t accessorCount(const json& root, const json* index) {
  if (!index || !index->is_number_unsigned()) return 0;
  const auto it = root.find("accessors");
  const std::uint64_t i = index->get<std::uint64_t>();
  if (it == root.end() || !it->is_array() || i >= it->size()) return 0;
  const json& a = (*it)[static_cast<std::size_t>(i)];
  const auto count = a.is_object() ? a.find("count") : a.end();
  return count != a.end() && count->is_number_unsigned() ? count->get<std::uint64_t>() : 0;
}

const json* member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

struct GltfCost {
  std::uint64_t triangles = 0, vertexCopies = 0;  // saturating sums
};

void add(std::uint64_t& sum, std::uint64_t value) { sum = value > ~sum ? ~std::uint64_t{0} : sum + value; }
std::uint64_t times(std::uint64_t a, std::uint64_t b) { return b != 0 && a > ~std::uint64_t{0} / b ? ~std::uint64_t{0} : a * b; }

GltfCost gltfCost(const json& root) {
  GltfCost cost;
  const json* meshes = member(root, "meshes");
  if (!meshes || !meshes->is_array()) return cost;
  for (const json& mesh : *meshes) {
    const json* primitives = member(mesh, "primitives");
    if (!primitives || !primitives->is_array()) continue;
    for (const json& p : *primitives) {
      const json* attributes = member(p, "attributes");
      const std::uint64_t vertices = attributes ? accessorCount(root, member(*attributes, "POSITION")) : 0;
      const json* indices = member(p, "indices");
      add(cost.triangles, (indices ? accessorCount(root, indices) : vertices) / 3);
      const json* targets = member(p, "targets");
      const std::uint64_t morphs = targets && targets->is_array() ? targets->size() : 0;
      add(cost.vertexCopies, times(vertices, 1 + morphs));
    }
  }
  return cost;
}

// The JSON text of a .gltf, or of a .glb's first chunk; "" when it cannot be had cheaply.
std::string gltfJsonText(const std::string& path, const std::string& extension) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  if (extension == ".gltf") {
    std::string text;
    if (!readAtMost(in, kMaxGltfJsonBytes, text)) return "";
    return text;
  }
  const std::vector<unsigned char> head = readAt(in, 0, 20);
  if (head.size() < 20 || std::memcmp(head.data(), "glTF", 4) != 0 || u32(&head[16]) != 0x4E4F534Au) return "";
  const std::uint32_t length = u32(&head[12]);
  if (length > kMaxGltfJsonBytes) return "";
  const std::vector<unsigned char> chunk = readAt(in, 20, length);
  return std::string(chunk.begin(), chunk.end());
}

void checkBufferUris(const json& root, const std::string& path) {
  const json* buffers = member(root, "buffers");
  if (!buffers || !buffers->is_array()) return;
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  for (std::size_t i = 0; i < buffers->size(); ++i) {
    const json* uri = member((*buffers)[i], "uri");
    if (!uri || !uri->is_string()) continue;
    const std::string& u = uri->get_ref<const std::string&>();
    if (u.rfind("data:", 0) == 0) continue;
    const std::filesystem::path p(u);
    const bool scheme = u.find(':') != std::string::npos;  // file:, http:, C:
    if (scheme || p.is_absolute() || !insideFolder((folder / p).string(), folder.empty() ? "." : folder.string()))
      throw ImportError("buffer " + std::to_string(i) + " names '" + oneLine(u, 80) +
                        "', outside the model's folder; only files beside the model are read");
  }
}

}  // namespace

void checkArchiveSize(const std::string& path, std::uint64_t maxUnpackedBytes) {
  std::ifstream in(path, std::ios::binary);
  const std::vector<unsigned char> magic = readAt(in, 0, 4);
  if (magic.size() < 4 || u32(magic.data()) != 0x04034b50u) return;  // not a zip archive
  std::error_code ec;
  const std::uint64_t size = std::filesystem::file_size(path, ec);
  std::uint64_t total = 0;
  if (ec || !declaredUnpackedBytes(in, size, total) || total <= maxUnpackedBytes) return;
  throw ImportError("the archive unpacks to " + (total >= (~std::uint64_t{0} / 2) ? std::string("more than 4 GB")
                                                                                  : formatBytes(total)) +
                    "; the limit is " + formatBytes(maxUnpackedBytes));
}

void checkGltf(const std::string& path, const std::string& extension, std::uint64_t maxTriangles) {
  if (extension != ".gltf" && extension != ".glb") return;
  const std::string text = gltfJsonText(path, extension);
  if (text.empty()) return;
  json root;
  try {
    root = parseJsonText(text, path, "", 64);
  } catch (const LoadError&) {
    return;  // not JSON we can judge: Assimp reports what is wrong with it
  }
  checkBufferUris(root, path);
  const GltfCost cost = gltfCost(root);
  if (cost.triangles > maxTriangles)
    throw ImportError("the file has " + formatCount(cost.triangles) + " triangles; the limit is " + formatCount(maxTriangles));
  const std::uint64_t maxCopies = times(kVertexCopiesPerTriangle, maxTriangles);
  if (cost.vertexCopies > maxCopies)
    throw ImportError("the meshes and their morph targets hold " + formatCount(cost.vertexCopies) +
                      " vertex positions; the limit is " + formatCount(maxCopies));
}

}  // namespace io::detail
