// Units and up-axis detection and the transform into the model frame (mm, +Y up).
#include "io/orientation.h"

#include <gtest/gtest.h>

#include <glm/gtc/matrix_access.hpp>

namespace {

geometry::Bounds box(glm::vec3 size) {
  geometry::Bounds b;
  b.extend(glm::vec3(0.0f));
  b.extend(size);
  return b;
}

glm::vec3 apply(const glm::mat4& m, glm::vec3 p) { return glm::vec3(m * glm::vec4(p, 1.0f)); }

}  // namespace

TEST(Orientation, ParsesUpAxisNames) {
  EXPECT_EQ(io::parseUpAxis("auto"), io::UpAxis::Auto);
  EXPECT_EQ(io::parseUpAxis("y"), io::UpAxis::PosY);
  EXPECT_EQ(io::parseUpAxis("-y"), io::UpAxis::NegY);
  EXPECT_EQ(io::parseUpAxis("Z"), io::UpAxis::PosZ);
  EXPECT_EQ(io::parseUpAxis("+z"), io::UpAxis::PosZ);
  EXPECT_EQ(io::parseUpAxis("-z"), io::UpAxis::NegZ);
  EXPECT_EQ(io::parseUpAxis("x"), io::UpAxis::PosX);
  EXPECT_EQ(io::parseUpAxis("-x"), io::UpAxis::NegX);
  EXPECT_FALSE(io::parseUpAxis("up"));
  EXPECT_FALSE(io::parseUpAxis(""));
  EXPECT_FALSE(io::parseUpAxis("w"));
}

TEST(Orientation, ParsesUnitNames) {
  EXPECT_EQ(io::parseUnits("auto"), io::Units::Auto);
  EXPECT_EQ(io::parseUnits("mm"), io::Units::Millimetres);
  EXPECT_EQ(io::parseUnits("cm"), io::Units::Centimetres);
  EXPECT_EQ(io::parseUnits("M"), io::Units::Metres);
  EXPECT_EQ(io::parseUnits("in"), io::Units::Inches);
  EXPECT_FALSE(io::parseUnits("km"));
  EXPECT_FALSE(io::parseUnits(""));
  for (io::Units u : {io::Units::Auto, io::Units::Millimetres, io::Units::Centimetres, io::Units::Metres, io::Units::Inches})
    EXPECT_EQ(io::parseUnits(io::unitsId(u)), u);
  for (io::UpAxis a : {io::UpAxis::Auto, io::UpAxis::PosY, io::UpAxis::NegY, io::UpAxis::PosZ, io::UpAxis::NegZ,
                       io::UpAxis::PosX, io::UpAxis::NegX})
    EXPECT_EQ(io::parseUpAxis(io::upAxisId(a)), a);
}

TEST(Orientation, DetectsZUpOnlyWhenZIsClearlyTallest) {
  EXPECT_EQ(io::detectUpAxis({40, 60, 340}), io::UpAxis::PosZ);  // a tibia standing in a Z-up scan
  EXPECT_EQ(io::detectUpAxis({40, 340, 60}), io::UpAxis::PosY);
  EXPECT_EQ(io::detectUpAxis({10, 10, 12}), io::UpAxis::PosY);   // not clearly taller
  EXPECT_EQ(io::detectUpAxis({50, 10, 40}), io::UpAxis::PosY);   // X is the longest
  EXPECT_EQ(io::detectUpAxis({40, 10, 40}), io::UpAxis::PosZ);   // ties with X count
}

TEST(Orientation, DetectsMetresBelowThreeUnits) {
  EXPECT_EQ(io::detectUnits(0.046f), io::Units::Metres);
  EXPECT_EQ(io::detectUnits(2.99f), io::Units::Metres);
  EXPECT_EQ(io::detectUnits(3.0f), io::Units::Millimetres);
  EXPECT_EQ(io::detectUnits(342.0f), io::Units::Millimetres);
}

TEST(Orientation, RotationsBringEachAxisUpWithoutMirroring) {
  const struct {
    io::UpAxis up;
    glm::vec3 axis;
  } cases[] = {{io::UpAxis::PosY, {0, 1, 0}}, {io::UpAxis::NegY, {0, -1, 0}}, {io::UpAxis::PosZ, {0, 0, 1}},
               {io::UpAxis::NegZ, {0, 0, -1}}, {io::UpAxis::PosX, {1, 0, 0}}, {io::UpAxis::NegX, {-1, 0, 0}}};
  for (const auto& c : cases) {
    const glm::mat3 r = io::rotationToYUp(c.up);
    const glm::vec3 up = r * c.axis;
    EXPECT_NEAR(up.x, 0.0f, 1e-6f) << io::upAxisId(c.up);
    EXPECT_NEAR(up.y, 1.0f, 1e-6f) << io::upAxisId(c.up);
    EXPECT_NEAR(up.z, 0.0f, 1e-6f) << io::upAxisId(c.up);
    EXPECT_NEAR(glm::determinant(r), 1.0f, 1e-6f) << io::upAxisId(c.up);
  }
  // The usual Z-up convention: the file's -Y (front in Blender and most CAD) becomes +Z.
  const glm::vec3 front = io::rotationToYUp(io::UpAxis::PosZ) * glm::vec3(0, -1, 0);
  EXPECT_NEAR(front.z, 1.0f, 1e-6f);
}

TEST(Orientation, ReadsFbxStyleMetadata) {
  EXPECT_EQ(io::upAxisFromMetadata(1, 1), io::UpAxis::PosY);
  EXPECT_EQ(io::upAxisFromMetadata(2, 1), io::UpAxis::PosZ);
  EXPECT_EQ(io::upAxisFromMetadata(2, -1), io::UpAxis::NegZ);
  EXPECT_EQ(io::upAxisFromMetadata(0, -1), io::UpAxis::NegX);
  EXPECT_FALSE(io::upAxisFromMetadata(3, 1));
  EXPECT_FALSE(io::upAxisFromMetadata(1, 0));
  EXPECT_EQ(io::nearestUnits(10.0), io::Units::Centimetres);
  EXPECT_EQ(io::nearestUnits(25.4), io::Units::Inches);
  EXPECT_EQ(io::nearestUnits(1000.0), io::Units::Metres);
  EXPECT_EQ(io::nearestUnits(1.0), io::Units::Millimetres);
}

TEST(Orientation, MetreScaleZUpScanEndsUprightInMillimetres) {
  const io::FrameDecision d = io::decideFrame(io::UpAxis::Auto, io::Units::Auto, {}, box({0.04f, 0.06f, 0.34f}));
  EXPECT_EQ(d.up, io::UpAxis::PosZ);
  EXPECT_EQ(d.units, io::Units::Metres);
  EXPECT_DOUBLE_EQ(d.mmPerUnit, 1000.0);
  const glm::vec3 top = apply(d.toModel, {0.0f, 0.0f, 0.34f});
  EXPECT_NEAR(top.y, 340.0f, 1e-3f);
  EXPECT_NE(d.note.find("detected metres; scaled x1000 to millimetres"), std::string::npos) << d.note;
  EXPECT_NE(d.note.find("detected Z-up; rotated to Y-up"), std::string::npos) << d.note;
}

TEST(Orientation, MillimetreYUpFileIsLeftAlone) {
  const io::FrameDecision d = io::decideFrame(io::UpAxis::Auto, io::Units::Auto, {}, box({60, 80, 50}));
  EXPECT_EQ(d.up, io::UpAxis::PosY);
  EXPECT_EQ(d.units, io::Units::Millimetres);
  EXPECT_EQ(d.toModel, glm::mat4(1.0f));
  EXPECT_TRUE(d.note.empty()) << d.note;
}

TEST(Orientation, GltfAndColladaAreYUpWhateverTheirShape) {
  io::FrameHints gltf;
  gltf.source = io::frameSourceForExtension(".GLB");
  EXPECT_EQ(gltf.source, io::FrameSource::Gltf);
  const io::FrameDecision d = io::decideFrame(io::UpAxis::Auto, io::Units::Auto, gltf, box({0.1f, 0.1f, 0.9f}));
  EXPECT_EQ(d.up, io::UpAxis::PosY);
  EXPECT_EQ(d.units, io::Units::Metres);
  EXPECT_EQ(io::frameSourceForExtension(".dae"), io::FrameSource::Collada);
  EXPECT_EQ(io::frameSourceForExtension(".stl"), io::FrameSource::Generic);
}

TEST(Orientation, FbxMetadataWinsOverTheShape) {
  io::FrameHints fbx;
  fbx.source = io::FrameSource::Fbx;
  fbx.declaredUp = io::UpAxis::PosZ;
  fbx.declaredMmPerUnit = 10.0;
  const io::FrameDecision d = io::decideFrame(io::UpAxis::Auto, io::Units::Auto, fbx, box({1, 100, 1}));
  EXPECT_EQ(d.up, io::UpAxis::PosZ);
  EXPECT_EQ(d.units, io::Units::Centimetres);
  EXPECT_DOUBLE_EQ(d.mmPerUnit, 10.0);
  EXPECT_NEAR(apply(d.toModel, {0, 0, 1}).y, 10.0f, 1e-5f);
  EXPECT_EQ(d.note, "file declares centimetres; scaled x10 to millimetres; file declares Z-up; rotated to Y-up");
  fbx.declaredMmPerUnit = 20.0;
  EXPECT_NE(io::decideFrame(io::UpAxis::Auto, io::Units::Auto, fbx, box({1, 1, 1})).note.find("20 mm per unit"),
            std::string::npos);
}

TEST(Orientation, OptionsOverrideDetection) {
  const io::FrameDecision d = io::decideFrame(io::UpAxis::NegZ, io::Units::Centimetres, {}, box({0.5f, 2.0f, 0.5f}));
  EXPECT_EQ(d.up, io::UpAxis::NegZ);
  EXPECT_EQ(d.units, io::Units::Centimetres);
  EXPECT_NEAR(apply(d.toModel, {0, 0, -2}).y, 20.0f, 1e-5f);
  EXPECT_NE(d.note.find("centimetres"), std::string::npos) << d.note;

  const io::FrameDecision inches = io::decideFrame(io::UpAxis::PosY, io::Units::Inches, {}, box({1, 1, 1}));
  EXPECT_DOUBLE_EQ(inches.mmPerUnit, 25.4);
  const io::FrameDecision mm = io::decideFrame(io::UpAxis::Auto, io::Units::Millimetres, {}, box({0.5f, 0.5f, 0.5f}));
  EXPECT_DOUBLE_EQ(mm.mmPerUnit, 1.0);  // tiny, but the user said millimetres
}
