// Hostile model files (issue 9, items 5 to 8): morph targets beyond the vertex budget, zip
// bombs, files larger at read time than when checked, and glTF buffers outside the model's
// folder. Each is refused with one line naming the file, before the cost is paid.
#include "io/assimp_import.h"
#include "io/model_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

fs::path freshDir(const std::string& name) {
  const fs::path dir = fs::path(AA_TEST_OUTPUT_DIR) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void writeBytes(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }


// Four separate triangles (12 vertices, metres) whose buffer is `uri` (empty: embedded),
// with `targets` morph targets that all share one accessor: a few bytes per target in the
// file, a full copy of the vertices each in memory.
std::string gltf(int targets, const std::string& uri = "") {
  std::string buffer;
  for (int t = 0; t < 4; ++t) {
    const float x = 0.03f * static_cast<float>(t);
    const float tri[9] = {x, 0, 0, x + 0.02f, 0, 0, x, 0.02f, 0};
    buffer.append(reinterpret_cast<const char*>(tri), sizeof tri);
  }
  std::string targetList;
  for (int i = 0; i < targets; ++i) targetList += std::string(i ? "," : "") + R"({"POSITION":0})";
  const std::string bufferUri = uri.empty() ? "data:application/octet-stream;base64," + testsupport::base64(buffer) : uri;
  return R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],"nodes":[{"name":"bone","mesh":0}],
"meshes":[{"primitives":[{"attributes":{"POSITION":0})" +
         (targets > 0 ? R"(,"targets":[)" + targetList + "]" : std::string()) + R"(}]}],
"buffers":[{"byteLength":144,"uri":")" + bufferUri + R"("}],
"bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":144}],
"accessors":[{"bufferView":0,"componentType":5126,"count":12,"type":"VEC3","min":[0,0,0],"max":[0.11,0.02,0]}]})";
}

std::string triangleBytes() {
  std::string buffer;
  for (int t = 0; t < 4; ++t) {
    const float x = 0.03f * static_cast<float>(t);
    const float tri[9] = {x, 0, 0, x + 0.02f, 0, 0, x, 0.02f, 0};
    buffer.append(reinterpret_cast<const char*>(tri), sizeof tri);
  }
  return buffer;
}

std::string loadError(const std::string& path, const io::LoadOptions& options) {
  try {
    io::loadModel(path, options);
  } catch (const io::LoadError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
    return e.reason();
  }
  return "loaded";
}

io::LoadOptions inProcess() {
  io::LoadOptions o;
  o.isolate = false;
  return o;
}

// A zip archive holding model.dae of `unpacked` zero bytes, built by python3's zipfile.
bool writeZipBomb(const fs::path& path, std::uint64_t unpacked) {
  const std::string script =
      "import sys, zipfile\n"
      "n = int(sys.argv[2])\n"
      "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:\n"
      "    with z.open('model.dae', 'w', force_zip64=False) as f:\n"
      "        block = bytes(1 << 20)\n"
      "        while n > 0:\n"
      "            f.write(block[:min(n, len(block))])\n"
      "            n -= len(block)\n";
  const fs::path py = path.parent_path() / "make_zip.py";
  writeBytes(py, script);
  const std::string command = "python3 '" + py.string() + "' '" + path.string() + "' " + std::to_string(unpacked);
  return std::system(command.c_str()) == 0 && fs::exists(path);
}

}  // namespace

TEST(LoaderHostile, MorphTargetsCountAgainstTheBudget) {
  const fs::path dir = freshDir("hostile_morphs");
  io::LoadOptions options = inProcess();
  options.maxTriangles = 10;  // 30 vertex positions: the 12 vertices with one target fit
  writeBytes(dir / "one.gltf", gltf(1));
  EXPECT_EQ(io::loadModel((dir / "one.gltf").string(), options).structures.size(), 1u);
  writeBytes(dir / "many.gltf", gltf(40));
  const std::string reason = loadError((dir / "many.gltf").string(), options);
  EXPECT_EQ(reason, "the meshes and their morph targets hold 492 vertex positions; the limit is 30");
}

TEST(LoaderHostile, BufferUrisOutsideTheModelsFolderAreRefused) {
  const fs::path dir = freshDir("hostile_uris");
  fs::create_directories(dir / "model/sub");
  writeBytes(dir / "outside.bin", triangleBytes());
  writeBytes(dir / "model/sub/inside.bin", triangleBytes());
  writeBytes(dir / "model/good.gltf", gltf(0, "sub/inside.bin"));
  EXPECT_EQ(io::loadModel((dir / "model/good.gltf").string(), inProcess()).structures.size(), 1u);
  fs::create_symlink(dir / "outside.bin", dir / "model/link.bin");
  for (const std::string& uri : {std::string("../outside.bin"), (dir / "outside.bin").string(),
                                 std::string("sub/../../outside.bin"), std::string("link.bin"),
                                 std::string("file:///etc/passwd"), std::string("/etc/passwd")}) {
    writeBytes(dir / "model/bad.gltf", gltf(0, uri));
    for (bool isolate : {false, true}) {
      io::LoadOptions options;
      options.isolate = isolate;
      const std::string reason = loadError((dir / "model/bad.gltf").string(), options);
      EXPECT_NE(reason.find("outside the model's folder"), std::string::npos) << uri << ": " << reason;
    }
  }
}

TEST(LoaderHostile, TheSizeLimitHoldsForTheBytesActuallyRead) {
  // A file that is larger when the importer reads it than when it was checked (it grew, or
  // it is a buffer the model refers to) is stopped at the limit on what is read.
  const fs::path dir = freshDir("hostile_grow");
  writeBytes(dir / "mesh.bin", triangleBytes() + std::string(4096, '\0'));
  writeBytes(dir / "model.gltf", gltf(0, "mesh.bin"));
  io::LoadOptions options = inProcess();
  options.maxFileBytes = 2048;  // the .gltf itself is smaller
  ASSERT_LT(fs::file_size(dir / "model.gltf"), options.maxFileBytes);
  EXPECT_NE(loadError((dir / "model.gltf").string(), options).find("'mesh.bin' is larger than the 2 KB limit"),
            std::string::npos);
  try {
    io::detail::importWithAssimp((dir / "model.gltf").string(), 1000, 100);
    FAIL() << "read past the limit";
  } catch (const io::detail::ImportError& e) {
    EXPECT_NE(std::string(e.what()).find("'model.gltf' is larger than the 100 bytes limit"), std::string::npos)
        << e.what();
  }
}

TEST(LoaderHostile, AZipBombIsRefusedByItsDeclaredSize) {
  const fs::path dir = freshDir("hostile_zip");
  const fs::path bomb = dir / "bomb.zae";
  if (!writeZipBomb(bomb, 64ull << 20)) GTEST_SKIP() << "python3 could not build the test archive";
  io::LoadOptions options;
  options.maxFileBytes = 16ull << 20;
  ASSERT_LT(fs::file_size(bomb), 1u << 20) << "the archive is small; what it unpacks to is not";
  EXPECT_EQ(loadError(bomb.string(), options), "the archive unpacks to 64 MB; the limit is 16 MB");
}

TEST(LoaderHostile, RunningOutOfMemoryInTheImporterIsSaidSo) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer's allocator dies instead of throwing std::bad_alloc";
#endif
  // Within the file limit, but the importer unpacks the entry into memory it may not have.
  const fs::path dir = freshDir("hostile_memory");
  const fs::path bomb = dir / "big.zae";
  if (!writeZipBomb(bomb, 256ull << 20)) GTEST_SKIP() << "python3 could not build the test archive";
  io::LoadOptions options;
  options.maxImportMemoryBytes = 64ull << 20;
  const std::string reason = loadError(bomb.string(), options);
  EXPECT_EQ(reason, "the importer ran out of memory (limit 64 MB) while reading this file");
}
