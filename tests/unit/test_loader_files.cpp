// io::loadModel end to end on small files written by the test: every guard gives one line
// naming the file, bad triangles are dropped and counted, metre-scale and Z-up files come
// out upright in millimetres, names become ids, glTF morph targets and node transforms survive.
#include "io/model_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = fs::temp_directory_path() / ("aa_loader_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  std::string file(const std::string& name, const std::string& content) const {
    const std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  std::string path(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

struct Tri {
  glm::vec3 a, b, c;
};

std::string binaryStl(const std::vector<Tri>& tris, std::uint32_t claimedCount) {
  std::string s(80, ' ');
  s.append(reinterpret_cast<const char*>(&claimedCount), 4);
  for (const Tri& t : tris) {
    const glm::vec3 n = glm::normalize(glm::cross(t.b - t.a, t.c - t.a));
    for (const glm::vec3& v : {n, t.a, t.b, t.c}) s.append(reinterpret_cast<const char*>(&v), 12);
    s.append(2, '\0');
  }
  return s;
}

// A closed box from (0,0,0) to size as 12 outward-facing triangles.
std::vector<Tri> boxTris(glm::vec3 s) {
  const glm::vec3 c[8] = {{0, 0, 0}, {s.x, 0, 0}, {s.x, s.y, 0}, {0, s.y, 0},
                          {0, 0, s.z}, {s.x, 0, s.z}, {s.x, s.y, s.z}, {0, s.y, s.z}};
  const int f[12][3] = {{0, 2, 1}, {0, 3, 2}, {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4},
                        {2, 3, 7}, {2, 7, 6}, {1, 2, 6}, {1, 6, 5}, {0, 4, 7}, {0, 7, 3}};
  std::vector<Tri> out;
  for (const auto& t : f) out.push_back({c[t[0]], c[t[1]], c[t[2]]});
  return out;
}

std::string asciiStl(const std::vector<Tri>& tris) {
  std::string s = "solid test\n";
  for (const Tri& t : tris) {
    s += " facet normal 0 0 0\n  outer loop\n";
    for (const glm::vec3& v : {t.a, t.b, t.c})
      s += "   vertex " + std::to_string(v.x) + " " + std::to_string(v.y) + " " + std::to_string(v.z) + "\n";
    s += "  endloop\n endfacet\n";
  }
  return s + "endsolid test\n";
}

// OBJ box with the given object name ("" = none).
std::string objBox(glm::vec3 s, const std::string& object, int vertexBase = 0) {
  std::string out = object.empty() ? "" : "o " + object + "\n";
  const glm::vec3 c[8] = {{0, 0, 0}, {s.x, 0, 0}, {s.x, s.y, 0}, {0, s.y, 0},
                          {0, 0, s.z}, {s.x, 0, s.z}, {s.x, s.y, s.z}, {0, s.y, s.z}};
  for (const glm::vec3& v : c) out += "v " + std::to_string(v.x) + " " + std::to_string(v.y) + " " + std::to_string(v.z) + "\n";
  const int f[6][4] = {{1, 4, 3, 2}, {5, 6, 7, 8}, {1, 2, 6, 5}, {3, 4, 8, 7}, {2, 3, 7, 6}, {1, 5, 8, 4}};
  for (const auto& q : f) {
    out += "f";
    for (int k : q) out += " " + std::to_string(k + vertexBase);
    out += "\n";
  }
  return out;
}

io::LoadOptions inProcess() {
  io::LoadOptions o;
  o.isolate = false;
  return o;
}

// The LoadError for this file, checked for the shape every refusal must have.
io::LoadError refusal(const std::string& path, const io::LoadOptions& options = inProcess()) {
  try {
    io::loadModel(path, options);
  } catch (const io::LoadError& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.rfind(path + ": ", 0), 0u) << what;
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    EXPECT_FALSE(e.reason().empty());
    return e;
  }
  ADD_FAILURE() << "expected a LoadError for " << path;
  return io::LoadError(path, "(none)");
}

}  // namespace

TEST(LoaderGuards, MissingFile) {
  TempDir dir;
  EXPECT_EQ(refusal(dir.path("nothing.stl")).reason(), "no such file");
  EXPECT_EQ(refusal(dir.path("no/such/dir/x.obj")).reason(), "no such file");
}

TEST(LoaderGuards, Directory) {
  TempDir dir;
  fs::create_directories(dir.path("models.obj"));
  EXPECT_NE(refusal(dir.path("models.obj")).reason().find("directory"), std::string::npos);
}

TEST(LoaderGuards, EmptyFile) {
  TempDir dir;
  EXPECT_EQ(refusal(dir.file("empty.stl", "")).reason(), "the file is empty");
  EXPECT_EQ(refusal(dir.file("empty.glb", "")).reason(), "the file is empty");
}

TEST(LoaderGuards, TooLarge) {
  TempDir dir;
  io::LoadOptions options = inProcess();
  options.maxFileBytes = 100;
  const std::string path = dir.file("big.obj", objBox({1, 1, 1}, ""));
  EXPECT_EQ(refusal(path, options).reason(), "the file is " + std::to_string(fs::file_size(path)) +
                                                 " bytes; the limit is 100 bytes");
  options.maxFileBytes = 512ull << 20;
  EXPECT_NO_THROW(io::loadModel(path, options));
}

TEST(LoaderGuards, UnsupportedExtension) {
  TempDir dir;
  const std::string reason = refusal(dir.file("r_foot.vtp", "<VTKFile type=\"PolyData\"/>")).reason();
  EXPECT_EQ(reason.rfind("'.vtp' is not a supported model format (supported: obj, stl, ply, gltf, glb, fbx, dae", 0), 0u)
      << reason;
}

TEST(LoaderGuards, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not stop reading";
  TempDir dir;
  const std::string path = dir.file("locked.obj", objBox({1, 1, 1}, ""));
  ::chmod(path.c_str(), 0);
  EXPECT_NE(refusal(path).reason().find("ermission denied"), std::string::npos);
}

TEST(LoaderGuards, ImporterErrorIsPassedOnAsOneLine) {
  TempDir dir;
  const std::string reason = refusal(dir.file("bad.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\n")).reason();
  EXPECT_EQ(reason.rfind("the file could not be read: ", 0), 0u) << reason;
}

TEST(LoaderGuards, UnrecognisedContent) {
  TempDir dir;
  const std::string reason = refusal(dir.file("noise.glb", "this is not a model at all")).reason();
  EXPECT_FALSE(reason.empty());
}

TEST(LoaderGuards, TruncatedBinaryStl) {
  TempDir dir;
  const std::string full = binaryStl(boxTris({10, 10, 10}), 12);
  const std::string path = dir.file("cut.stl", full.substr(0, 84 + 50 * 3 + 20));
  EXPECT_NE(refusal(path).reason().find("truncated"), std::string::npos);
}

TEST(LoaderGuards, NoTriangles) {
  TempDir dir;
  const std::string path = dir.file("points.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\np 1 2 3\n");
  EXPECT_EQ(refusal(path).reason(), "the file contains no triangle meshes");
}

TEST(LoaderGuards, TooManyTriangles) {
  TempDir dir;
  io::LoadOptions options = inProcess();
  options.maxTriangles = 11;
  const std::string path = dir.file("box.stl", binaryStl(boxTris({10, 10, 10}), 12));
  EXPECT_EQ(refusal(path, options).reason(), "the file has 12 triangles; the limit is 11");
  options.isolate = true;
  EXPECT_EQ(refusal(path, options).reason(), "the file has 12 triangles; the limit is 11");
}

TEST(LoaderGuards, NothingUsableLeft) {
  TempDir dir;
  const std::string path = dir.file("flat.obj", "v 0 0 0\nv 1 1 1\nv 2 2 2\nv 3 3 3\nf 1 2 3\nf 2 3 4\n");
  const std::string reason = refusal(path).reason();
  EXPECT_NE(reason.find("none of the file's 2 triangles is usable"), std::string::npos) << reason;
}

TEST(LoaderSanitiseFiles, PlyWithNanVertexAndDegenerateFaces) {
  TempDir dir;
  const std::string ply =
      "ply\nformat ascii 1.0\nelement vertex 6\nproperty float x\nproperty float y\nproperty float z\n"
      "element face 5\nproperty list uchar int vertex_indices\nend_header\n"
      "0 0 0\n100 0 0\n100 100 0\n0 100 0\nnan 0 0\n200 200 0\n"
      "3 0 1 2\n3 0 2 3\n3 0 4 1\n3 1 1 2\n3 0 2 5\n";
  io::LoadReport report;
  const anatomy::Atlas atlas = io::loadModel(dir.file("dirty.ply", ply), inProcess(), &report);
  EXPECT_EQ(atlas.triangleCount(), 2u);
  EXPECT_EQ(report.droppedTriangles, 3u);  // NaN corner, repeated index, collinear
  EXPECT_NE(report.note.find("removed 3 triangles"), std::string::npos) << report.note;
  for (const auto& s : atlas.structures)
    for (const glm::vec3& p : s.mesh.positions) EXPECT_TRUE(std::isfinite(p.x));
}

TEST(LoaderSanitiseFiles, ObjWithNanVertex) {
  TempDir dir;
  const std::string obj = "v 0 0 0\nv 50 0 0\nv 0 50 0\nv nan nan nan\nf 1 2 3\nf 1 2 4\n";
  io::LoadReport report;
  const anatomy::Atlas atlas = io::loadModel(dir.file("nan.obj", obj), inProcess(), &report);
  EXPECT_EQ(atlas.triangleCount(), 1u);
  EXPECT_EQ(report.droppedTriangles, 1u);
  EXPECT_EQ(atlas.structures[0].mesh.vertexCount(), 3u);
}

TEST(LoaderFrames, MetreScaleObjBecomesMillimetres) {
  TempDir dir;
  io::LoadReport report;
  const anatomy::Atlas atlas = io::loadModel(dir.file("shin.obj", objBox({0.05f, 0.3f, 0.04f}, "")), inProcess(), &report);
  EXPECT_EQ(report.unitsUsed, io::Units::Metres);
  EXPECT_EQ(report.upUsed, io::UpAxis::PosY);
  EXPECT_DOUBLE_EQ(report.scaleToMillimetres, 1000.0);
  EXPECT_EQ(report.note, "detected metres; scaled x1000 to millimetres");
  const glm::vec3 size = atlas.bounds().size();
  EXPECT_NEAR(size.x, 50.0f, 0.01f);
  EXPECT_NEAR(size.y, 300.0f, 0.01f);
  EXPECT_NEAR(size.z, 40.0f, 0.01f);
}

TEST(LoaderFrames, ZUpStlStandsUpright) {
  TempDir dir;
  io::LoadReport report;
  const std::string path = dir.file("tibia.stl", asciiStl(boxTris({40, 60, 340})));
  const anatomy::Atlas atlas = io::loadModel(path, inProcess(), &report);
  EXPECT_EQ(report.upUsed, io::UpAxis::PosZ);
  EXPECT_EQ(report.unitsUsed, io::Units::Millimetres);
  EXPECT_EQ(report.note, "detected Z-up; rotated to Y-up");
  const geometry::Bounds b = atlas.bounds();
  EXPECT_NEAR(b.size().y, 340.0f, 0.01f);
  EXPECT_NEAR(b.size().z, 60.0f, 0.01f);
  EXPECT_NEAR(b.min.y, 0.0f, 0.01f);  // rotated, not moved
}

TEST(LoaderFrames, MetreScaleZUpBinaryStlGetsBoth) {
  TempDir dir;
  io::LoadReport report;
  const std::string path = dir.file("leg.stl", binaryStl(boxTris({0.08f, 0.1f, 0.8f}), 12));
  const anatomy::Atlas atlas = io::loadModel(path, inProcess(), &report);
  EXPECT_EQ(report.note, "detected metres; scaled x1000 to millimetres; detected Z-up; rotated to Y-up");
  EXPECT_NEAR(atlas.bounds().size().y, 800.0f, 0.01f);
}

TEST(LoaderFrames, OptionsOverrideDetection) {
  TempDir dir;
  io::LoadOptions options = inProcess();
  options.units = io::Units::Centimetres;
  options.up = io::UpAxis::PosY;
  io::LoadReport report;
  const std::string path = dir.file("tibia.stl", asciiStl(boxTris({4, 6, 34})));
  const anatomy::Atlas atlas = io::loadModel(path, options, &report);
  EXPECT_EQ(report.unitsUsed, io::Units::Centimetres);
  EXPECT_EQ(report.upUsed, io::UpAxis::PosY);
  EXPECT_NEAR(atlas.bounds().size().z, 340.0f, 0.01f);
}

TEST(LoaderStructures, NamesBecomeUniqueIdsWithCategories) {
  TempDir dir;
  const std::string obj = objBox({10, 10, 10}, "Calcaneus") + objBox({10, 10, 10}, "calcaneus.", 8) +
                          objBox({10, 10, 10}, "Achilles_Tendon", 16);
  const anatomy::Atlas atlas = io::loadModel(dir.file("foot.obj", obj), inProcess());
  ASSERT_EQ(atlas.structures.size(), 3u);
  EXPECT_EQ(atlas.structures[0].id, "calcaneus");
  EXPECT_EQ(atlas.structures[1].id, "calcaneus_2");  // same id from a different spelling
  EXPECT_EQ(atlas.structures[1].name, "calcaneus.");
  EXPECT_EQ(atlas.structures[2].id, "achilles_tendon");
  EXPECT_EQ(atlas.structures[2].name, "Achilles_Tendon");  // (Assimp's OBJ reader stops names at a space)
  EXPECT_EQ(atlas.structures[0].category, anatomy::Category::Bone);
  EXPECT_EQ(atlas.structures[2].category, anatomy::Category::Tendon);
  for (const auto& s : atlas.structures) EXPECT_EQ(s.mesh.triangleCount(), 12u);
}

TEST(LoaderStructures, UnnamedMeshTakesTheFileName) {
  TempDir dir;
  const anatomy::Atlas atlas = io::loadModel(dir.file("My Talus.stl", binaryStl(boxTris({30, 20, 25}), 12)), inProcess());
  ASSERT_EQ(atlas.structures.size(), 1u);
  EXPECT_EQ(atlas.structures[0].id, "my_talus");
  EXPECT_EQ(atlas.structures[0].name, "My Talus");
  EXPECT_EQ(atlas.structures[0].category, anatomy::Category::Bone);
  EXPECT_EQ(atlas.title, "My Talus");
  const geometry::Mesh& mesh = atlas.structures[0].mesh;
  EXPECT_EQ(mesh.normals.size(), mesh.positions.size());
  EXPECT_EQ(mesh.vertexCount(), 24u);  // STL facets welded, box corners kept sharp
}

TEST(LoaderStructures, IsolatedAndInProcessAgree) {
  TempDir dir;
  const std::string path = dir.file("two.obj", objBox({0.01f, 0.02f, 0.03f}, "a") + objBox({0.02f, 0.01f, 0.01f}, "b", 8));
  io::LoadOptions isolated;
  const anatomy::Atlas a = io::loadModel(path, isolated);
  const anatomy::Atlas b = io::loadModel(path, inProcess());
  ASSERT_EQ(a.structures.size(), b.structures.size());
  for (std::size_t i = 0; i < a.structures.size(); ++i) {
    EXPECT_EQ(a.structures[i].id, b.structures[i].id);
    EXPECT_EQ(a.structures[i].mesh.positions, b.structures[i].mesh.positions);
    EXPECT_EQ(a.structures[i].mesh.normals, b.structures[i].mesh.normals);
    EXPECT_EQ(a.structures[i].mesh.indices, b.structures[i].mesh.indices);
  }
}

namespace {


// One triangle (metres, facing +Z) with one morph target that lifts its top corner 10 mm,
// used by two nodes: one moved 0.1 m along X, one mirrored in X.
std::string morphGltf() {
  std::string buffer;
  const float base[9] = {0, 0, 0, 0.02f, 0, 0, 0, 0.02f, 0};
  const float target[9] = {0, 0, 0, 0, 0, 0, 0, 0.01f, 0};
  const std::uint16_t indices[4] = {0, 1, 2, 0};
  buffer.append(reinterpret_cast<const char*>(base), sizeof base);
  buffer.append(reinterpret_cast<const char*>(target), sizeof target);
  buffer.append(reinterpret_cast<const char*>(indices), 6);
  return R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0,1]}],
"nodes":[{"name":"calcific_spur","mesh":0,"translation":[0.1,0,0]},{"name":"mirrored","mesh":0,"scale":[-1,1,1]}],
"meshes":[{"name":"spur_mesh","primitives":[{"attributes":{"POSITION":0},"indices":2,"targets":[{"POSITION":1}]}],
"weights":[0],"extras":{"targetNames":["grow"]}}],
"buffers":[{"byteLength":78,"uri":"data:application/octet-stream;base64,)" +
         testsupport::base64(buffer) + R"("}],
"bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":36},{"buffer":0,"byteOffset":36,"byteLength":36},
{"buffer":0,"byteOffset":72,"byteLength":6}],
"accessors":[{"bufferView":0,"componentType":5126,"count":3,"type":"VEC3","min":[0,0,0],"max":[0.02,0.02,0]},
{"bufferView":1,"componentType":5126,"count":3,"type":"VEC3","min":[0,0,0],"max":[0,0.01,0]},
{"bufferView":2,"componentType":5123,"count":3,"type":"SCALAR"}]})";
}

glm::vec3 faceNormal(const geometry::Mesh& m) {
  const glm::vec3& a = m.positions[m.indices[0]];
  return glm::normalize(glm::cross(m.positions[m.indices[1]] - a, m.positions[m.indices[2]] - a));
}

}  // namespace

TEST(LoaderGltf, MorphTargetsAndNodeTransformsSurvive) {
  TempDir dir;
  const std::string path = dir.file("spur.gltf", morphGltf());
  for (bool isolate : {false, true}) {
    io::LoadOptions options;
    options.isolate = isolate;
    io::LoadReport report;
    const anatomy::Atlas atlas = io::loadModel(path, options, &report);
    EXPECT_EQ(report.unitsUsed, io::Units::Metres);
    ASSERT_EQ(atlas.structures.size(), 2u);
    const anatomy::Structure& spur = atlas.structures[0];
    EXPECT_EQ(spur.id, "calcific_spur");
    EXPECT_EQ(spur.category, anatomy::Category::Other);  // the manifest gives the real category
    EXPECT_NEAR(spur.mesh.bounds().min.x, 100.0f, 1e-3f);
    EXPECT_NEAR(spur.mesh.bounds().max.x, 120.0f, 1e-3f);
    ASSERT_EQ(spur.mesh.morphs.size(), 1u);
    EXPECT_EQ(spur.mesh.morphs[0].name, "grow");
    float lift = 0.0f;
    for (const glm::vec3& d : spur.mesh.morphs[0].positionDeltas) lift = std::max(lift, d.y);
    EXPECT_NEAR(lift, 10.0f, 1e-3f);

    const anatomy::Structure& mirrored = atlas.structures[1];
    EXPECT_NEAR(mirrored.mesh.bounds().min.x, -20.0f, 1e-3f);
    EXPECT_GT(faceNormal(spur.mesh).z, 0.99f);
    EXPECT_GT(faceNormal(mirrored.mesh).z, 0.99f) << "mirroring must not turn the face inside out";
    EXPECT_GT(mirrored.mesh.normals[0].z, 0.99f);
  }
}

TEST(LoaderManifest, BrokenManifestBesideTheModelIsReported) {
  TempDir dir;
  const std::string model = dir.file("foot.obj", objBox({10, 10, 10}, "talus"));
  const std::string manifest = dir.file("foot.manifest.json", "{ not json");
  try {
    io::loadModel(model, inProcess());
    FAIL() << "expected the broken manifest to be reported";
  } catch (const io::LoadError& e) {
    EXPECT_EQ(e.path(), manifest);
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << e.what();
  }
}
