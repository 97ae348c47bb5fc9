// Manifest writing and reading: a round trip keeps everything, and every kind of broken or
// hostile file gives one LoadError naming the file, leaving the atlas as it was.
#include "io/manifest.h"
#include "io/model_loader.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <fstream>

namespace {

anatomy::Atlas sampleAtlas() {
  anatomy::Atlas a;
  a.title = "sample";
  for (const char* id : {"calcaneus", "achilles_tendon"}) {
    anatomy::Structure s;
    s.id = id;
    s.name = id;
    a.structures.push_back(s);
  }
  a.structures[0].mesh.morphs.push_back({"haglund_prominence", {}, {}});
  a.structures[0].name = "Calcaneus";
  a.structures[0].category = anatomy::Category::Bone;
  a.structures[1].category = anatomy::Category::Tendon;
  anatomy::Landmark l;
  l.id = "spur_tip";
  l.position = {1.25f, -2.5f, 3.0f};
  l.structureId = "calcaneus";
  l.morphs.push_back({"spur_growth", {0.0f, 12.0f, -4.0f}});
  a.landmarks.push_back(l);
  anatomy::Joint hip;
  hip.id = "hip";
  hip.pivot = {-85, 872, 0};
  hip.axis = {1, 0, 0};
  hip.axes = {{"flexion", {1, 0, 0}}, {"abduction", {0, 0, 1}}};
  hip.structures = {"calcaneus"};
  anatomy::Joint knee = hip;
  knee.id = "knee";
  knee.parent = "hip";
  knee.structures = {"achilles_tendon"};
  a.joints = {hip, knee};
  a.conditionMorphs.push_back({"haglund", "calcaneus", "haglund_prominence", 1.0f});
  return a;
}

anatomy::Atlas bareAtlas() {
  anatomy::Atlas a = sampleAtlas();
  for (anatomy::Structure& s : a.structures) {
    s.name = "x";
    s.category = anatomy::Category::Other;
  }
  a.landmarks.clear();
  a.joints.clear();
  a.conditionMorphs.clear();
  return a;
}

void expectRejected(const std::string& text, const std::string& reasonPart) {
  anatomy::Atlas a = bareAtlas();
  try {
    io::applyManifestText(text, "bad.manifest.json", a);
    ADD_FAILURE() << "accepted: " << text;
  } catch (const io::LoadError& e) {
    EXPECT_EQ(e.path(), "bad.manifest.json");
    EXPECT_NE(e.reason().find(reasonPart), std::string::npos) << e.reason();
  }
  EXPECT_TRUE(a.landmarks.empty());
  EXPECT_EQ(a.structures[0].name, "x");
}

}  // namespace

TEST(Manifest, RoundTripKeepsEverything) {
  const std::string text = io::encodeManifest(sampleAtlas(), "foot_ankle.glb");
  EXPECT_EQ(text, io::encodeManifest(sampleAtlas(), "foot_ankle.glb"));
  anatomy::Atlas a = bareAtlas();
  io::applyManifestText(text, "m.json", a);
  EXPECT_EQ(a.title, "sample");
  EXPECT_EQ(a.structures[0].name, "Calcaneus");
  EXPECT_EQ(a.structures[0].category, anatomy::Category::Bone);
  EXPECT_EQ(a.structures[1].category, anatomy::Category::Tendon);
  ASSERT_EQ(a.landmarks.size(), 1u);
  EXPECT_EQ(a.landmarks[0].structureId, "calcaneus");
  EXPECT_FLOAT_EQ(a.landmarks[0].position.x, 1.25f);
  ASSERT_EQ(a.landmarks[0].morphs.size(), 1u);
  EXPECT_FLOAT_EQ(a.landmarks[0].morphs[0].delta.y, 12.0f);
  ASSERT_EQ(a.joints.size(), 2u);
  EXPECT_EQ(a.joints[1].parent, "hip");
  EXPECT_EQ(a.joints[0].axes.size(), 2u);
  EXPECT_EQ(a.joints[0].axes[1].id, "abduction");
  ASSERT_EQ(a.conditionMorphs.size(), 1u);
  EXPECT_EQ(a.conditionMorphs[0].target, "haglund_prominence");
}

TEST(Manifest, WriteAndReadAFile) {
  const std::string path = testsupport::outputPath("sample.manifest.json");
  io::writeManifest(path, sampleAtlas(), "sample.glb");
  anatomy::Atlas a = bareAtlas();
  io::applyManifest(path, a);
  EXPECT_EQ(a.joints.size(), 2u);
  EXPECT_THROW(io::applyManifest(path + ".missing", a), io::LoadError);
}

TEST(Manifest, UnknownStructuresAreIgnored) {
  anatomy::Atlas a = bareAtlas();
  io::applyManifestText(R"({"structures":[{"id":"not_here","name":"N"}]})", "m.json", a);
  EXPECT_EQ(a.structures.size(), 2u);
}

TEST(Manifest, BrokenFilesAreRejectedWithAReason) {
  expectRejected("", "not valid JSON");
  expectRejected("{\"structures\": [", "not valid JSON");
  expectRejected("[1, 2]", "expected a JSON object");
  expectRejected(R"({"format":"something-else"})", "format");
  expectRejected(R"({"version":7})", "unsupported version");
  expectRejected(R"({"structures":{}})", "expected an array");
  expectRejected(R"({"structures":[{"name":"no id"}]})", "missing \"id\"");
  expectRejected(R"({"structures":[{"id":"calcaneus","category":"organ"}]})", "unknown category");
  expectRejected(R"({"structures":[{"id":"calcaneus","side":"up"}]})", "unknown side");
  expectRejected(R"({"structures":[{"id":"a"},{"id":"a"}]})", "duplicate");
  expectRejected(R"({"landmarks":[{"id":"p","position":[1,2]}]})", "3 numbers");
  expectRejected(R"({"landmarks":[{"id":"p","position":[1,2,"3"]}]})", "expected a number");
  expectRejected(R"({"landmarks":[{"id":"p","position":[1,2,1e999]}]})", "");
  expectRejected(R"({"landmarks":[{"id":"p","position":[1,2,3e9]}]})", "out of range");
  expectRejected(R"({"joints":[{"id":"j","pivot":[0,0,0],"axis":[0,0,0]}]})", "zero length");
  expectRejected(R"({"joints":[{"id":"j","parent":"k","pivot":[0,0,0],"axis":[1,0,0]}]})", "not a joint");
  expectRejected(R"({"joints":[{"id":"a","parent":"b","pivot":[0,0,0],"axis":[1,0,0]},)"
                 R"({"id":"b","parent":"a","pivot":[0,0,0],"axis":[1,0,0]}]})",
                 "loops");
  expectRejected(R"({"conditions":[{"id":"haglund","morphs":[{"structure":"calcaneus"}]}]})", "missing \"target\"");
  expectRejected(R"({"conditions":[{"id":"haglund","morphs":[{"structure":"c","target":"t","weight":"1"}]}]})",
                 "expected a number");
}

TEST(Manifest, HostileInputDoesNotCrash) {
  expectRejected(std::string(200000, '['), "nested more than 32 levels");
  expectRejected("{\"title\": \"" + std::string(10000, 'x') + "\"}", "too long");
  expectRejected(std::string("{\"a\":\"\xff\xfe\"}"), "not valid JSON");
  anatomy::Atlas a = bareAtlas();
  EXPECT_NO_THROW(io::applyManifestText(R"({"landmarks":[],"joints":[],"conditions":[],"extra":{"x":[[[]]]}})", "m", a));
}

TEST(Manifest, CommittedManifestReads) {
  anatomy::Atlas a;
  EXPECT_NO_THROW(io::applyManifest(std::string(AA_SOURCE_DIR) + "/models/foot_ankle.manifest.json", a));
  EXPECT_GT(a.landmarks.size(), 30u);
  EXPECT_GE(a.joints.size(), 7u);
}
