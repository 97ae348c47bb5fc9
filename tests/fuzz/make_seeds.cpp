// Writes the fuzz seed corpora: the hand-written model files in tests/fuzz/seeds/model with
// their selector byte, binary STL/PLY/GLB and an embedded glTF made here, a manifest from
// our own writer, argv lists for the command-line parser (NUL-separated), and case and
// lesson files (hand-written, the shipped lessons, and ones from our own writers).
// Usage: aa_fuzz_seeds SOURCE_DIR OUT_DIR  (creates OUT_DIR/{model,manifest,options,case,lesson}).
#include "fuzz_formats.h"
#include "io/case_file.h"
#include "io/glb_writer.h"
#include "io/lesson_file.h"
#include "io/manifest.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

using Bytes = std::vector<std::uint8_t>;

void writeFile(const fs::path& path, const Bytes& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

void writeModelSeed(const fs::path& dir, const std::string& name, const Bytes& content) {
  const int format = fuzz::formatIndexForName(name);
  if (format < 0) throw std::runtime_error("no fuzz format for " + name);
  Bytes bytes{fuzz::selectorFor(static_cast<std::size_t>(format))};
  bytes.insert(bytes.end(), content.begin(), content.end());
  writeFile(dir / name, bytes);
}

template <typename T>
void put(Bytes& b, T v) {
  std::uint8_t raw[sizeof(T)];
  std::memcpy(raw, &v, sizeof(T));
  b.insert(b.end(), raw, raw + sizeof(T));
}

// A small closed mesh (octahedron, 10 mm) used for the generated binary seeds.
anatomy::Structure octahedron(const std::string& id, float size) {
  anatomy::Structure s;
  s.id = id;
  s.name = id;
  s.category = anatomy::Category::Bone;
  s.mesh.positions = {{size, 0, 0}, {-size, 0, 0}, {0, size, 0}, {0, -size, 0}, {0, 0, size}, {0, 0, -size}};
  s.mesh.indices = {0, 2, 4, 2, 1, 4, 1, 3, 4, 3, 0, 4, 2, 0, 5, 1, 2, 5, 3, 1, 5, 0, 3, 5};
  geometry::computeNormals(s.mesh);
  return s;
}

Bytes binaryStl(const geometry::Mesh& m) {
  Bytes b(80, ' ');
  const char header[] = "ankle-atlas fuzz seed";
  std::memcpy(b.data(), header, sizeof header - 1);
  put<std::uint32_t>(b, static_cast<std::uint32_t>(m.triangleCount()));
  for (std::size_t t = 0; t < m.triangleCount(); ++t) {
    for (int k = 0; k < 3; ++k) put<float>(b, 0.0f);  // let the reader compute normals
    for (int c = 0; c < 3; ++c)
      for (int k = 0; k < 3; ++k) put<float>(b, m.positions[m.indices[3 * t + c]][k]);
    put<std::uint16_t>(b, 0);
  }
  return b;
}

Bytes binaryPly(const geometry::Mesh& m) {
  const std::string header = "ply\nformat binary_little_endian 1.0\nelement vertex " +
                             std::to_string(m.vertexCount()) +
                             "\nproperty float x\nproperty float y\nproperty float z\nelement face " +
                             std::to_string(m.triangleCount()) + "\nproperty list uchar int vertex_indices\nend_header\n";
  Bytes b(header.begin(), header.end());
  for (const glm::vec3& p : m.positions)
    for (int k = 0; k < 3; ++k) put<float>(b, p[k]);
  for (std::size_t t = 0; t < m.triangleCount(); ++t) {
    put<std::uint8_t>(b, 3);
    for (int c = 0; c < 3; ++c) put<std::int32_t>(b, static_cast<std::int32_t>(m.indices[3 * t + c]));
  }
  return b;
}

std::string base64(const Bytes& in) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < in.size(); i += 3) {
    const std::uint32_t n = (in[i] << 16) | ((i + 1 < in.size() ? in[i + 1] : 0) << 8) | (i + 2 < in.size() ? in[i + 2] : 0);
    out += table[(n >> 18) & 63];
    out += table[(n >> 12) & 63];
    out += i + 1 < in.size() ? table[(n >> 6) & 63] : '=';
    out += i + 2 < in.size() ? table[n & 63] : '=';
  }
  return out;
}

// glTF with its buffer as a data: URI: one triangle in metres, indexed.
Bytes embeddedGltf() {
  Bytes buffer;
  for (float v : {0.0f, 0.0f, 0.0f, 0.02f, 0.0f, 0.0f, 0.0f, 0.03f, 0.0f}) put<float>(buffer, v);
  for (std::uint16_t i : {0, 1, 2}) put<std::uint16_t>(buffer, i);
  put<std::uint16_t>(buffer, 0);  // pad to 4 bytes
  const std::string json =
      "{\"asset\":{\"version\":\"2.0\"},\"scene\":0,\"scenes\":[{\"nodes\":[0]}],"
      "\"nodes\":[{\"name\":\"cuboid\",\"mesh\":0,\"translation\":[0,0.01,0]}],"
      "\"meshes\":[{\"primitives\":[{\"attributes\":{\"POSITION\":0},\"indices\":1}]}],"
      "\"buffers\":[{\"byteLength\":44,\"uri\":\"data:application/octet-stream;base64," +
      base64(buffer) +
      "\"}],"
      "\"bufferViews\":[{\"buffer\":0,\"byteOffset\":0,\"byteLength\":36},"
      "{\"buffer\":0,\"byteOffset\":36,\"byteLength\":6}],"
      "\"accessors\":[{\"bufferView\":0,\"componentType\":5126,\"count\":3,\"type\":\"VEC3\","
      "\"min\":[0,0,0],\"max\":[0.02,0.03,0]},"
      "{\"bufferView\":1,\"componentType\":5123,\"count\":3,\"type\":\"SCALAR\"}]}";
  return Bytes(json.begin(), json.end());
}

anatomy::Atlas seedAtlas() {
  anatomy::Atlas atlas;
  atlas.title = "Fuzz seed atlas";
  atlas.structures.push_back(octahedron("calcaneus", 10.0f));
  atlas.structures.push_back(octahedron("calcific_spur", 2.0f));
  auto& spur = atlas.structures.back().mesh;
  spur.morphs.push_back({"spur_growth", std::vector<glm::vec3>(spur.vertexCount(), glm::vec3(0, 0, -1)), {}});
  atlas.landmarks.push_back({"spur_tip", {0, 0, -2}, "calcific_spur", {{"spur_growth", {0, 0, -1}}}});
  anatomy::Joint ankle;
  ankle.id = "ankle";
  ankle.pivot = {0, 40, 0};
  ankle.axes = {{"flexion", {1, 0, 0}}};
  ankle.structures = {"calcaneus"};
  atlas.joints.push_back(ankle);
  atlas.conditionMorphs.push_back({"calcific_spur", "calcific_spur", "spur_growth", 1.0f});
  return atlas;
}

void writeModelSeeds(const fs::path& source, const fs::path& out) {
  for (const auto& entry : fs::directory_iterator(source / "tests/fuzz/seeds/model")) {
    std::ifstream in(entry.path(), std::ios::binary);
    writeModelSeed(out, entry.path().filename().string(), Bytes(std::istreambuf_iterator<char>(in), {}));
  }
  const anatomy::Atlas atlas = seedAtlas();
  writeModelSeed(out, "octahedron_binary.stl", binaryStl(atlas.structures[0].mesh));
  writeModelSeed(out, "octahedron_binary.ply", binaryPly(atlas.structures[0].mesh));
  writeModelSeed(out, "triangle_embedded.gltf", embeddedGltf());
  writeModelSeed(out, "seed_atlas.glb", io::encodeGlb(atlas));
}

void writeOptionSeeds(const fs::path& out) {
  const std::vector<std::vector<std::string>> lists = {
      {"--help"},
      {"--version"},
      {"--list-structures"},
      {"model.stl", "--up", "z", "--units", "m"},
      {"--screenshot", "out.png", "--size", "1280x720", "--view", "whole-leg", "--with-ui"},
      {"--hide", "skin,soleus", "--hide", "fibula", "--select", "calcaneus", "--samples", "4"},
      {"--bench-frames", "100", "--size", "320x180", "--no-isolation"},
      {"--size", "99999x1", "--view", "nowhere"},
  };
  int n = 0;
  for (const auto& args : lists) {
    Bytes bytes;
    for (const std::string& a : args) {
      bytes.insert(bytes.end(), a.begin(), a.end());
      bytes.push_back(0);
    }
    writeFile(out / ("args_" + std::to_string(n++)), bytes);
  }
}

// Copies every regular file of from (when it exists) into to.
void copyAll(const fs::path& from, const fs::path& to) {
  if (!fs::is_directory(from)) return;
  for (const auto& entry : fs::directory_iterator(from))
    if (entry.is_regular_file())
      fs::copy_file(entry.path(), to / entry.path().filename(), fs::copy_options::overwrite_existing);
}

void writeText(const fs::path& path, const std::string& text) { writeFile(path, Bytes(text.begin(), text.end())); }

void writeCaseAndLessonSeeds(const fs::path& source, const fs::path& out) {
  anatomy::CaseRecord c;
  c.title = "Seed case";
  c.date = "2026-01-31";
  c.notes = "Two\nlines";
  c.preset = "flat-foot";
  c.conditions.set(anatomy::ConditionId::FlatFoot, 0.6f);
  c.overlays = {anatomy::OverlayKind::Lateral};
  c.view = geometry::StandardView::Posterior;
  c.hidden = {"skin"};
  c.side = anatomy::Side::Left;  // the fields of version 1.1
  c.fitted = {{"calcaneal_pitch_deg", 15.5f}};
  c.pins = {{"calcaneus", {-80.0f, 30.0f, -57.0f}, "Here"}};
  c.bookmarks = {{"Close", geometry::StandardView::HeelLateral, {1.0f, 2.0f, 3.0f}, 200.0f, -90.0f, 10.0f}};
  writeText(out / "case" / "written.aacase", io::encodeCase(c));
  copyAll(source / "tests/fuzz/seeds/case", out / "case");

  anatomy::Lesson lesson;
  lesson.title = "Seed lesson";
  anatomy::LessonStep step;
  step.title = "Only step";
  step.text = "Text";
  step.view = geometry::StandardView::Lateral;
  step.orbit = anatomy::CameraOrbit{10.0f, -5.0f, 2.0f};
  step.severities = {{anatomy::ConditionId::Haglund, 0.5f}};
  step.highlighted = {"calcaneus"};
  step.faded = {"skin"};
  step.labelled = {"calcaneus", "achilles_tendon"};
  step.mode = anatomy::ViewMode::Section;
  step.focus = {"calcaneus"};
  lesson.steps = {step};
  writeText(out / "lesson" / "written.aalesson", io::encodeLesson(lesson));
  copyAll(source / "tests/fuzz/seeds/lesson", out / "lesson");
  copyAll(source / "models/lessons", out / "lesson");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: aa_fuzz_seeds SOURCE_DIR OUT_DIR\n";
    return 2;
  }
  const fs::path source = argv[1], out = argv[2];
  try {
    for (const char* sub : {"model", "manifest", "options", "case", "lesson"}) fs::create_directories(out / sub);
    writeModelSeeds(source, out / "model");
    const std::string manifest = io::encodeManifest(seedAtlas(), "seed_atlas.glb");
    writeFile(out / "manifest" / "seed_atlas.manifest.json", Bytes(manifest.begin(), manifest.end()));
    for (const auto& entry : fs::directory_iterator(source / "tests/fuzz/seeds/manifest"))
      fs::copy_file(entry.path(), out / "manifest" / entry.path().filename(), fs::copy_options::overwrite_existing);
    const fs::path builtIn = source / "models/foot_ankle.manifest.json";
    if (fs::exists(builtIn))
      fs::copy_file(builtIn, out / "manifest" / "foot_ankle.manifest.json", fs::copy_options::overwrite_existing);
    writeOptionSeeds(out / "options");
    writeCaseAndLessonSeeds(source, out);
  } catch (const std::exception& e) {
    std::cerr << "aa_fuzz_seeds: " << e.what() << "\n";
    return 1;
  }
  std::cout << "Seeds written to " << out.string() << "\n";
  return 0;
}
