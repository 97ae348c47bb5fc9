// Runs the loader over every file of the shared loader corpus (malformed, truncated and
// crashing inputs included) with the importer isolated in a child process: each file must
// either load into usable structures or be refused with a one-line LoadError, and none may
// bring the test process down. Skipped, saying so, when ../shared is absent.
#include "io/model_loader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <set>

namespace fs = std::filesystem;

namespace {

const std::string kCrashPly = "assimp/invalid/crash-30d6d0f7c529b3b66b4131700b7a4580cd7082df.ply";

std::string corpusDir() {
  const std::string shared = testsupport::sharedDir();
  return shared.empty() ? "" : shared + "/data/loader-corpus";
}

// Buffers, materials, textures and notes that sit beside models but are not models.
bool isCompanion(const fs::path& p) {
  static const std::set<std::string> kSkip = {".bin", ".mtl", ".jpg", ".jpeg", ".png", ".tga",
                                              ".bmp", ".txt", ".md",  ".json"};
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return kSkip.count(ext) > 0;
}

std::vector<fs::path> corpusFiles(const std::string& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && !isCompanion(entry.path())) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

io::LoadOptions corpusOptions() {
  io::LoadOptions options;
  options.isolate = true;
  // No corpus file needs more than a fraction of a second to import, but the child that
  // crashes on the PLY spends tens of seconds writing its report under AddressSanitizer on a
  // loaded machine (36-60 s seen): the clock limit (3x this) must not cut that short.
  options.timeoutSeconds = 60;
  return options;
}

bool finiteBounds(const geometry::Bounds& b) {
  return b.valid() && std::isfinite(b.min.x) && std::isfinite(b.min.y) && std::isfinite(b.min.z) &&
         std::isfinite(b.max.x) && std::isfinite(b.max.y) && std::isfinite(b.max.z);
}

void expectCleanRefusal(const io::LoadError& e, const std::string& path) {
  const std::string what = e.what();
  EXPECT_EQ(what.rfind(path + ": ", 0), 0u) << what;
  EXPECT_EQ(what.find('\n'), std::string::npos) << what;
  EXPECT_EQ(what.find('\r'), std::string::npos) << what;
  EXPECT_FALSE(e.reason().empty()) << path;
  EXPECT_EQ(e.path(), path);
}

std::string relativeTo(const fs::path& p, const std::string& root) { return fs::relative(p, root).string(); }

}  // namespace

TEST(LoaderCorpus, EveryFileLoadsOrIsRefusedCleanly) {
  const std::string root = corpusDir();
  AA_REQUIRE_SHARED(!(root.empty() || !fs::is_directory(root)), "../shared/data/loader-corpus is absent; corpus not run");
  const auto files = corpusFiles(root);
  ASSERT_FALSE(files.empty());

  int loaded = 0, refused = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const fs::path& file : files) {
    const std::string path = file.string();
    const auto t0 = std::chrono::steady_clock::now();
    std::string outcome;
    try {
      io::LoadReport report;
      const anatomy::Atlas atlas = io::loadModel(path, corpusOptions(), &report);
      ++loaded;
      EXPECT_GE(atlas.structures.size(), 1u) << path;
      EXPECT_GT(atlas.triangleCount(), 0u) << path;
      EXPECT_TRUE(finiteBounds(atlas.bounds())) << path;
      for (const auto& s : atlas.structures) EXPECT_EQ(s.mesh.normals.size(), s.mesh.positions.size()) << path;
      outcome = "loaded " + std::to_string(atlas.structures.size()) + " structure(s), " +
                std::to_string(atlas.triangleCount()) + " triangles" + (report.note.empty() ? "" : " [" + report.note + "]");
    } catch (const io::LoadError& e) {
      ++refused;
      expectCleanRefusal(e, path);
      outcome = "refused: " + e.reason();
    } catch (const std::exception& e) {
      ADD_FAILURE() << path << ": escaped as a non-LoadError exception: " << e.what();
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "  " << relativeTo(file, root) << "  (" << static_cast<int>(ms) << " ms)  " << outcome << "\n";
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << files.size() << " corpus files: " << loaded << " loaded, " << refused << " refused, " << seconds
            << " s in all\n";
  // How long it took is printed, not asserted: it depends on the machine and its load (the
  // benchmark measures speed); a file that hangs is stopped by the import's own limits.
  EXPECT_EQ(loaded + refused, static_cast<int>(files.size()));
}

TEST(LoaderCorpus, ImporterCrashBecomesLoadError) {
  const std::string root = corpusDir();
  AA_REQUIRE_SHARED(!(root.empty() || !fs::exists(root + "/" + kCrashPly)), "the crashing PLY from ../shared is absent");
  const std::string path = root + "/" + kCrashPly;
  try {
    io::loadModel(path, corpusOptions());
    FAIL() << "expected a LoadError for " << path;
  } catch (const io::LoadError& e) {
    expectCleanRefusal(e, path);
    EXPECT_NE(e.reason().find("crashed"), std::string::npos) << e.what();
    EXPECT_NE(e.reason().find("on this file"), std::string::npos) << e.what();
    EXPECT_EQ(e.reason().find("SIGSEGV"), std::string::npos) << "plain words, not a signal name: " << e.what();
  }
}

TEST(LoaderCorpus, WellFormedSamplesLoadWithExpectedSizes) {
  const std::string root = corpusDir();
  AA_REQUIRE_SHARED(!root.empty(), "../shared/data/loader-corpus is absent");
  struct Expect {
    const char* file;
    std::size_t triangles;
  };
  const Expect cases[] = {
      {"assimp/OBJ/box.obj", 12},
      {"assimp/STL/Spider_binary.stl", 1312},  // 1368 facets, 56 of them with exactly zero area
      {"assimp/STL/Spider_ascii.stl", 1312},
      {"assimp/PLY/cube_binary.ply", 12},
      {"assimp/FBX/box.fbx", 12},
      {"assimp/Collada/duck.zae", 4212},  // 2144 polygons, triangulated
      {"assimp/glTF2/BoxTextured-glTF/BoxTextured.gltf", 12},
      {"assimp/glTF2/BoxTextured-glTF-Binary/BoxTextured.glb", 12},
  };
  for (const Expect& c : cases) {
    const std::string path = root + "/" + c.file;
    if (!fs::exists(path)) continue;
    const anatomy::Atlas atlas = io::loadModel(path, corpusOptions());
    EXPECT_EQ(atlas.triangleCount(), c.triangles) << c.file;
    const float extent = atlas.bounds().largestExtent();
    EXPECT_GT(extent, 1.0f) << c.file;  // millimetres: nothing collapses to a point
    EXPECT_LT(extent, 100000.0f) << c.file;
  }
}

TEST(LoaderCorpus, GltfMorphTargetsSurvive) {
  const std::string root = corpusDir();
  const std::string path = root + "/assimp/glTF2/AnimatedMorphCube/glTF/AnimatedMorphCube.gltf";
  AA_REQUIRE_SHARED(!(root.empty() || !fs::exists(path)), "AnimatedMorphCube from ../shared is absent");
  const anatomy::Atlas atlas = io::loadModel(path, corpusOptions());
  ASSERT_EQ(atlas.structures.size(), 1u);
  const geometry::Mesh& mesh = atlas.structures[0].mesh;
  ASSERT_EQ(mesh.morphs.size(), 2u);
  float largest = 0.0f;
  for (const auto& morph : mesh.morphs) {
    EXPECT_FALSE(morph.name.empty());
    ASSERT_EQ(morph.positionDeltas.size(), mesh.positions.size());
    for (const glm::vec3& d : morph.positionDeltas) largest = std::max(largest, glm::length(d));
  }
  EXPECT_GT(largest, 0.0f) << "morph offsets were lost";
}

// Real anatomy meshes: MyoSim bones are in metres, Visible Human Female is Z-up in mm.
TEST(LoaderCorpus, AnatomyMeshesComeOutUprightInMillimetres) {
  const std::string shared = testsupport::sharedDir();
  const std::string talus = shared + "/data/anatomy/myosim-opensim-rajagopal/r_talus.stl";
  const std::string tibia = shared + "/data/anatomy/visible-human-andreassen2022/VHF_surfaces/Right/VHF_Right_Bone_Tibia_smooth.stl";
  AA_REQUIRE_SHARED(!(shared.empty() || !fs::exists(talus) || !fs::exists(tibia)), "anatomy meshes from ../shared are absent");

  io::LoadReport report;
  const anatomy::Atlas metres = io::loadModel(talus, corpusOptions(), &report);
  EXPECT_EQ(report.unitsUsed, io::Units::Metres);
  EXPECT_NEAR(metres.bounds().largestExtent(), 46.0f, 5.0f);  // a talus is about 46 mm long

  const anatomy::Atlas upright = io::loadModel(tibia, corpusOptions(), &report);
  EXPECT_EQ(report.upUsed, io::UpAxis::PosZ);
  EXPECT_EQ(report.unitsUsed, io::Units::Millimetres);
  const glm::vec3 size = upright.bounds().size();
  EXPECT_NEAR(size.y, 342.0f, 10.0f);  // tibia length, now vertical
  EXPECT_GT(size.y, 3.0f * std::max(size.x, size.z));
  EXPECT_EQ(upright.structures.at(0).category, anatomy::Category::Bone);
}
