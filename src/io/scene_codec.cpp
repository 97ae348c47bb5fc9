#include "io/scene_codec.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

namespace io::detail {

namespace {

constexpr std::uint32_t kMagic = 0x43534141;  // "AASC"
constexpr std::uint32_t kEndMark = 0x21444E45;  // "END!"
constexpr std::uint32_t kVersion = 1;
constexpr std::uint32_t kMaxString = 4096;
constexpr std::uint32_t kMaxMorphs = 4096;
enum class Kind : std::uint32_t { Scene = 0, Error = 1, OutOfMemory = 2 };

class Writer {
 public:
  explicit Writer(ByteSink& sink) : sink_(sink) {}
  template <typename T>
  void value(T v) {
    sink_.write(&v, sizeof v);
  }
  void string(const std::string& s) {
    const std::uint32_t n = static_cast<std::uint32_t>(std::min<std::size_t>(s.size(), kMaxString));
    value(n);
    sink_.write(s.data(), n);
  }
  template <typename T>
  void array(const std::vector<T>& v) {
    if (!v.empty()) sink_.write(v.data(), v.size() * sizeof(T));
  }

 private:
  ByteSink& sink_;
};

[[noreturn]] void damaged(const char* what) {
  throw ImportError(std::string("the importer's output was damaged (") + what + ")");
}

class Reader {
 public:
  Reader(const unsigned char* data, std::size_t size) : p_(data), left_(size) {}
  template <typename T>
  T value() {
    T v;
    take(&v, sizeof v);
    return v;
  }
  std::string string() {
    const auto n = value<std::uint32_t>();
    if (n > kMaxString) damaged("over-long name");
    std::string s(n, '\0');
    take(s.data(), n);
    return s;
  }
  // Fills count elements; the size check comes before the allocation.
  template <typename T>
  void array(std::vector<T>& v, std::uint64_t count) {
    if (count > left_ / sizeof(T)) damaged("count larger than the data");
    v.resize(static_cast<std::size_t>(count));
    take(v.data(), v.size() * sizeof(T));
  }
  std::size_t left() const { return left_; }

 private:
  void take(void* out, std::size_t n) {
    if (n > left_) damaged("truncated");
    if (n) std::memcpy(out, p_, n);
    p_ += n;
    left_ -= n;
  }
  const unsigned char* p_;
  std::size_t left_;
};

void writeHeader(Writer& w, Kind kind) {
  w.value(kMagic);
  w.value(kVersion);
  w.value(static_cast<std::uint32_t>(kind));
}

void writeMesh(Writer& w, const ImportedMesh& m) {
  const geometry::Mesh& mesh = m.mesh;
  const std::uint64_t n = mesh.positions.size();
  w.string(m.nodeName);
  w.string(m.meshName);
  w.value(n);
  w.array(mesh.positions);
  const bool normals = mesh.normals.size() == n;
  w.value<std::uint8_t>(normals);
  if (normals) w.array(mesh.normals);
  w.value<std::uint64_t>(mesh.indices.size());
  w.array(mesh.indices);
  w.value(static_cast<std::uint32_t>(std::min<std::size_t>(mesh.morphs.size(), kMaxMorphs)));
  for (std::size_t k = 0; k < mesh.morphs.size() && k < kMaxMorphs; ++k) {
    const geometry::MorphTarget& morph = mesh.morphs[k];
    w.string(morph.name);
    if (morph.positionDeltas.size() == n) {
      w.array(morph.positionDeltas);
    } else {
      std::vector<glm::vec3> deltas = morph.positionDeltas;
      deltas.resize(n, glm::vec3(0.0f));
      w.array(deltas);
    }
    const bool normalDeltas = morph.normalDeltas.size() == n;
    w.value<std::uint8_t>(normalDeltas);
    if (normalDeltas) w.array(morph.normalDeltas);
  }
}

ImportedMesh readMesh(Reader& r) {
  ImportedMesh m;
  m.nodeName = r.string();
  m.meshName = r.string();
  const auto n = r.value<std::uint64_t>();
  if (n > std::numeric_limits<std::uint32_t>::max()) damaged("too many vertices");
  r.array(m.mesh.positions, n);
  if (r.value<std::uint8_t>()) r.array(m.mesh.normals, n);
  const auto indexCount = r.value<std::uint64_t>();
  if (indexCount % 3 != 0) damaged("index count not a multiple of three");
  r.array(m.mesh.indices, indexCount);
  for (std::uint32_t index : m.mesh.indices)
    if (index >= n) damaged("index out of range");
  const auto morphCount = r.value<std::uint32_t>();
  if (morphCount > kMaxMorphs) damaged("too many morph targets");
  for (std::uint32_t k = 0; k < morphCount; ++k) {
    geometry::MorphTarget morph;
    morph.name = r.string();
    r.array(morph.positionDeltas, n);
    if (r.value<std::uint8_t>()) r.array(morph.normalDeltas, n);
    m.mesh.morphs.push_back(std::move(morph));
  }
  return m;
}

void readReport(Reader& r, LoadReport& report) {
  const auto up = r.value<std::int32_t>();
  const auto units = r.value<std::int32_t>();
  if (up < static_cast<std::int32_t>(UpAxis::Auto) || up > static_cast<std::int32_t>(UpAxis::NegX) ||
      units < static_cast<std::int32_t>(Units::Auto) || units > static_cast<std::int32_t>(Units::Inches))
    damaged("unknown axis or unit");
  report.upUsed = static_cast<UpAxis>(up);
  report.unitsUsed = static_cast<Units>(units);
  report.droppedTriangles = static_cast<std::size_t>(r.value<std::uint64_t>());
  report.scaleToMillimetres = r.value<double>();
  report.note = r.string();
}

}  // namespace

void VectorSink::write(const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  bytes.insert(bytes.end(), p, p + size);
}

void encodeScene(const ImportedScene& scene, ByteSink& sink) {
  Writer w(sink);
  writeHeader(w, Kind::Scene);
  w.value<std::uint8_t>(scene.hints.hasUpAxis);
  w.value(scene.hints.upAxis);
  w.value(scene.hints.upAxisSign);
  w.value<std::uint8_t>(scene.hints.hasUnitScale);
  w.value(scene.hints.unitScaleFactor);
  w.value(scene.droppedTriangles);
  w.value(static_cast<std::int32_t>(scene.report.upUsed));
  w.value(static_cast<std::int32_t>(scene.report.unitsUsed));
  w.value<std::uint64_t>(scene.report.droppedTriangles);
  w.value(scene.report.scaleToMillimetres);
  w.string(scene.report.note);
  w.value<std::uint64_t>(scene.meshes.size());
  for (const ImportedMesh& m : scene.meshes) writeMesh(w, m);
  w.value(kEndMark);
}

void encodeError(const ImportError& error, ByteSink& sink) {
  Writer w(sink);
  writeHeader(w, error.kind() == ImportError::Kind::OutOfMemory ? Kind::OutOfMemory : Kind::Error);
  w.string(error.what());
  w.value(kEndMark);
}

ImportedScene decodeMessage(const unsigned char* data, std::size_t size) {
  Reader r(data, size);
  if (r.value<std::uint32_t>() != kMagic || r.value<std::uint32_t>() != kVersion) damaged("bad header");
  const auto kind = static_cast<Kind>(r.value<std::uint32_t>());
  if (kind == Kind::Error || kind == Kind::OutOfMemory) {
    const std::string reason = r.string();
    if (r.value<std::uint32_t>() != kEndMark || r.left() != 0) damaged("bad end of message");
    throw ImportError(reason, kind == Kind::OutOfMemory ? ImportError::Kind::OutOfMemory : ImportError::Kind::Failed);
  }
  if (kind != Kind::Scene) damaged("unknown message kind");
  ImportedScene scene;
  scene.hints.hasUpAxis = r.value<std::uint8_t>() != 0;
  scene.hints.upAxis = r.value<std::int32_t>();
  scene.hints.upAxisSign = r.value<std::int32_t>();
  scene.hints.hasUnitScale = r.value<std::uint8_t>() != 0;
  scene.hints.unitScaleFactor = r.value<double>();
  scene.droppedTriangles = r.value<std::uint64_t>();
  readReport(r, scene.report);
  const auto meshCount = r.value<std::uint64_t>();
  constexpr std::size_t kSmallestMesh = 4 + 4 + 8 + 1 + 8 + 4;  // two empty names, counts, flags
  if (meshCount > r.left() / kSmallestMesh) damaged("mesh count larger than the data");
  scene.meshes.reserve(static_cast<std::size_t>(meshCount));
  for (std::uint64_t i = 0; i < meshCount; ++i) scene.meshes.push_back(readMesh(r));
  if (r.value<std::uint32_t>() != kEndMark || r.left() != 0) damaged("bad end of message");
  return scene;
}

}  // namespace io::detail
