// Our glTF 2.0 binary writer: a valid GLB container, one node and mesh per structure named
// by its id, positions in metres with exact bounds, morph targets with their names, and a
// file Assimp reads back in millimetres.
#include "io/glb_writer.h"
#include "io/model_loader.h"

#include "test_support.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cstring>

namespace {

anatomy::Atlas tetrahedra() {
  anatomy::Atlas a;
  for (int k = 0; k < 2; ++k) {
    anatomy::Structure s;
    s.id = k == 0 ? "calcaneus" : "retrocalcaneal_bursa";
    s.category = k == 0 ? anatomy::Category::Bone : anatomy::Category::Bursa;
    const float o = 100.0f * static_cast<float>(k);
    s.mesh.positions = {{o, 0, 0}, {o + 10, 0, 0}, {o, 10, 0}, {o, 0, 10}};
    s.mesh.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
    geometry::computeNormals(s.mesh);
    if (k == 1) s.mesh.morphs.push_back({"retrocalcaneal_bursitis", std::vector<glm::vec3>(4, {0, 0, 5}), std::vector<glm::vec3>(4, {0, 0, 0})});
    a.structures.push_back(s);
  }
  return a;
}

std::uint32_t u32(const std::vector<std::uint8_t>& b, std::size_t at) {
  std::uint32_t v;
  std::memcpy(&v, b.data() + at, 4);
  return v;
}

}  // namespace

TEST(GlbWriter, ContainerAndJsonFollowTheSpec) {
  const std::vector<std::uint8_t> b = io::encodeGlb(tetrahedra());
  ASSERT_GE(b.size(), 28u);
  EXPECT_EQ(u32(b, 0), 0x46546C67u);
  EXPECT_EQ(u32(b, 4), 2u);
  EXPECT_EQ(u32(b, 8), b.size());
  const std::uint32_t jsonLength = u32(b, 12);
  EXPECT_EQ(jsonLength % 4, 0u);
  EXPECT_EQ(u32(b, 16), 0x4E4F534Au);
  const auto doc = nlohmann::json::parse(std::string(b.begin() + 20, b.begin() + 20 + jsonLength));
  const std::uint32_t binLength = u32(b, 20 + jsonLength);
  EXPECT_EQ(u32(b, 24 + jsonLength), 0x004E4942u);
  EXPECT_EQ(binLength, doc["buffers"][0]["byteLength"].get<std::uint32_t>());
  EXPECT_EQ(doc["asset"]["version"], "2.0");
  ASSERT_EQ(doc["nodes"].size(), 2u);
  EXPECT_EQ(doc["nodes"][0]["name"], "calcaneus");
  EXPECT_EQ(doc["meshes"][1]["name"], "retrocalcaneal_bursa");
  const auto& prim = doc["meshes"][1]["primitives"][0];
  const auto& pos = doc["accessors"][prim["attributes"]["POSITION"].get<int>()];
  EXPECT_DOUBLE_EQ(pos["max"][0].get<double>(), static_cast<double>(110.0f * 0.001f)) << "metres";
  EXPECT_DOUBLE_EQ(pos["min"][0].get<double>(), static_cast<double>(100.0f * 0.001f));
  EXPECT_EQ(doc["meshes"][1]["extras"]["targetNames"][0], "retrocalcaneal_bursitis");
  EXPECT_EQ(prim["targets"].size(), 1u);
  EXPECT_TRUE(prim["targets"][0].contains("NORMAL"));
  for (const auto& view : doc["bufferViews"]) EXPECT_EQ(view["byteOffset"].get<std::size_t>() % 4, 0u);
  EXPECT_EQ(b, io::encodeGlb(tetrahedra())) << "deterministic";
}

TEST(GlbWriter, AssimpReadsItBackInMillimetres) {
  const std::string path = testsupport::outputPath("tetrahedra.glb");
  io::writeGlb(path, tetrahedra());
  io::LoadOptions options;
  options.isolate = false;
  const anatomy::Atlas a = io::loadModel(path, options);
  ASSERT_NE(a.find("calcaneus"), nullptr);
  const anatomy::Structure* bursa = a.find("retrocalcaneal_bursa");
  ASSERT_NE(bursa, nullptr);
  EXPECT_NEAR(bursa->mesh.bounds().max.x, 110.0f, 0.01f);
  ASSERT_EQ(bursa->mesh.morphs.size(), 1u);
  EXPECT_EQ(bursa->mesh.morphs[0].name, "retrocalcaneal_bursitis");
  EXPECT_NEAR(bursa->mesh.morphs[0].positionDeltas[0].z, 5.0f, 0.01f);
  EXPECT_THROW(io::writeGlb("/nonexistent-dir/x.glb", tetrahedra()), std::runtime_error);
}
