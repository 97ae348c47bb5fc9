// Mesh clean-up after import (bad triangles, unused vertices, normals) and the binary
// message that carries imported scenes out of the isolated importer process.
#include "io/message_text.h"
#include "io/sanitise.h"
#include "io/scene_codec.h"
#include "io/smooth_normals.h"

#include <gtest/gtest.h>

#include <glm/gtc/constants.hpp>

#include <cmath>
#include <limits>

using io::detail::ImportError;

namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInf = std::numeric_limits<float>::infinity();

// Two good triangles (a unit square) plus the given bad extras appended.
geometry::Mesh square() {
  geometry::Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  m.indices = {0, 1, 2, 0, 2, 3};
  return m;
}

// A faceted cube as STL stores it: 12 triangles, 36 unshared vertices, one normal per facet.
geometry::Mesh facetedCube() {
  const glm::vec3 c[8] = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}};
  const int faces[12][3] = {{0, 2, 1}, {0, 3, 2}, {4, 5, 6}, {4, 6, 7}, {0, 1, 5}, {0, 5, 4},
                            {2, 3, 7}, {2, 7, 6}, {1, 2, 6}, {1, 6, 5}, {0, 4, 7}, {0, 7, 3}};
  geometry::Mesh m;
  for (const auto& f : faces) {
    const glm::vec3 n = glm::normalize(glm::cross(c[f[1]] - c[f[0]], c[f[2]] - c[f[0]]));
    for (int k = 0; k < 3; ++k) {
      m.indices.push_back(static_cast<std::uint32_t>(m.positions.size()));
      m.positions.push_back(c[f[k]]);
      m.normals.push_back(n);
    }
  }
  return m;
}

// A finely faceted sphere (latitude/longitude grid), also stored facet by facet.
geometry::Mesh facetedSphere(int rings, int segments) {
  auto point = [&](int i, int j) {
    const float theta = glm::pi<float>() * static_cast<float>(i) / static_cast<float>(rings);
    const float phi = 2.0f * glm::pi<float>() * static_cast<float>(j % segments) / static_cast<float>(segments);
    if (i == 0) return glm::vec3(0, 1, 0);
    if (i == rings) return glm::vec3(0, -1, 0);
    return glm::vec3(std::sin(theta) * std::cos(phi), std::cos(theta), std::sin(theta) * std::sin(phi));
  };
  geometry::Mesh m;
  auto add = [&](glm::vec3 a, glm::vec3 b, glm::vec3 c) {
    const glm::vec3 n = glm::cross(b - a, c - a);
    if (glm::length(n) == 0.0f) return;
    for (const glm::vec3& p : {a, b, c}) {
      m.indices.push_back(static_cast<std::uint32_t>(m.positions.size()));
      m.positions.push_back(p);
      m.normals.push_back(glm::normalize(n));
    }
  };
  for (int i = 0; i < rings; ++i)
    for (int j = 0; j < segments; ++j) {
      add(point(i, j), point(i, j + 1), point(i + 1, j + 1));
      add(point(i, j), point(i + 1, j + 1), point(i + 1, j));
    }
  return m;
}

}  // namespace

TEST(LoaderSanitise, KeepsAGoodMeshUntouched) {
  geometry::Mesh m = square();
  EXPECT_EQ(io::detail::sanitiseMesh(m), 0u);
  EXPECT_EQ(m.indices, square().indices);
  EXPECT_EQ(m.positions, square().positions);
}

TEST(LoaderSanitise, DropsNonFiniteCornersAndTheirVertices) {
  geometry::Mesh m = square();
  m.positions.push_back({kNaN, 0, 0});
  m.positions.push_back({0, kInf, 0});
  m.indices.insert(m.indices.end(), {0, 1, 4, 1, 5, 2});
  EXPECT_EQ(io::detail::sanitiseMesh(m), 2u);
  EXPECT_EQ(m.triangleCount(), 2u);
  EXPECT_EQ(m.vertexCount(), 4u);
  EXPECT_TRUE(io::detail::allFinite(m));
}

TEST(LoaderSanitise, DropsDegenerateAndOutOfRangeTriangles) {
  geometry::Mesh m = square();
  m.positions.push_back({2, 2, 0});
  m.indices.insert(m.indices.end(), {0, 0, 1});   // repeated index
  m.indices.insert(m.indices.end(), {0, 2, 4});   // collinear: (0,0) (1,1) (2,2)
  m.indices.insert(m.indices.end(), {0, 1, 99});  // out of range
  m.indices.insert(m.indices.end(), {7});         // trailing partial triangle
  EXPECT_EQ(io::detail::sanitiseMesh(m), 4u);
  EXPECT_EQ(m.triangleCount(), 2u);
  EXPECT_EQ(m.vertexCount(), 4u);  // (2,2,0) was only used by a dropped triangle
}

TEST(LoaderSanitise, KeepsThinButRealSlivers) {
  geometry::Mesh m;
  m.positions = {{0, 0, 0}, {100, 0, 0}, {50, 0.001f, 0}};
  m.indices = {0, 1, 2};
  EXPECT_EQ(io::detail::sanitiseMesh(m), 0u);
}

TEST(LoaderSanitise, CompactsMorphTargetsWithTheVertices) {
  geometry::Mesh m = square();
  m.positions.insert(m.positions.begin(), glm::vec3(kNaN));  // unused, shifts everything by one
  for (std::uint32_t& i : m.indices) ++i;
  geometry::MorphTarget morph;
  morph.name = "grow";
  morph.positionDeltas = {{9, 9, 9}, {0, 0, 1}, {0, 0, 2}, {0, 0, kNaN}, {0, 0, 4}};
  m.morphs.push_back(morph);
  EXPECT_EQ(io::detail::sanitiseMesh(m), 0u);
  ASSERT_EQ(m.vertexCount(), 4u);
  ASSERT_EQ(m.morphs[0].positionDeltas.size(), 4u);
  EXPECT_EQ(m.morphs[0].positionDeltas[0], glm::vec3(0, 0, 1));
  EXPECT_EQ(m.morphs[0].positionDeltas[2], glm::vec3(0, 0, 0));  // non-finite offset zeroed
  EXPECT_EQ(m.morphs[0].positionDeltas[3], glm::vec3(0, 0, 4));
}

TEST(LoaderSanitise, KeepsTrianglesThatOnlyAMorphOpens) {
  // Pathology geometry such as a spur may start as a single point and grow with a morph.
  geometry::Mesh m;
  m.positions.assign(3, glm::vec3(5, 5, 5));
  m.indices = {0, 1, 2};
  geometry::MorphTarget grow;
  grow.name = "spur_growth";
  grow.positionDeltas = {{0, 0, 0}, {4, 0, 0}, {0, 4, 0}};
  m.morphs.push_back(grow);
  EXPECT_EQ(io::detail::sanitiseMesh(m), 0u);
  EXPECT_EQ(m.triangleCount(), 1u);
  m.morphs[0].positionDeltas = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};  // moves it, still a point
  EXPECT_EQ(io::detail::sanitiseMesh(m), 1u);
}

TEST(LoaderSanitise, NonFiniteNormalsAreDiscardedForRecomputation) {
  geometry::Mesh m = square();
  m.normals.assign(4, glm::vec3(0, 0, 1));
  m.normals[2].x = kNaN;
  io::detail::sanitiseMesh(m);
  EXPECT_TRUE(m.normals.empty());
  EXPECT_TRUE(io::detail::prepareNormals(m));
  ASSERT_EQ(m.normals.size(), m.positions.size());
  for (const glm::vec3& n : m.normals) EXPECT_NEAR(n.z, 1.0f, 1e-6f);
}

TEST(LoaderNormals, FacetedCubeKeepsItsCorners) {
  geometry::Mesh m = facetedCube();
  ASSERT_TRUE(io::detail::hasFacetedNormals(m));
  EXPECT_TRUE(io::detail::prepareNormals(m));
  EXPECT_EQ(m.triangleCount(), 12u);
  EXPECT_EQ(m.vertexCount(), 24u);  // 8 corners x 3 faces meeting at 90 degrees
  for (std::size_t t = 0; t < m.indices.size(); t += 3) {
    const glm::vec3& a = m.positions[m.indices[t]];
    const glm::vec3 face = glm::normalize(glm::cross(m.positions[m.indices[t + 1]] - a, m.positions[m.indices[t + 2]] - a));
    for (int k = 0; k < 3; ++k) EXPECT_GT(glm::dot(m.normals[m.indices[t + k]], face), 0.999f);
  }
}

TEST(LoaderNormals, FacetedSphereIsWeldedAndSmooth) {
  geometry::Mesh m = facetedSphere(24, 48);
  EXPECT_TRUE(io::detail::prepareNormals(m));
  EXPECT_EQ(m.vertexCount(), 2u + 23u * 48u);  // one vertex per distinct point
  for (std::size_t i = 0; i < m.vertexCount(); ++i) {
    EXPECT_NEAR(glm::length(m.normals[i]), 1.0f, 1e-4f);
    EXPECT_GT(glm::dot(m.normals[i], glm::normalize(m.positions[i])), 0.99f);  // points outward
  }
}

TEST(LoaderNormals, WeldingComparesPositionsAndEveryMorphOffset) {
  // Two triangles of a square on their own six vertices; one copy of a shared corner says -0.
  geometry::Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {-0.0f, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  m.indices = {0, 1, 2, 3, 4, 5};
  m.morphs.resize(20);  // more morph targets than meshoptimizer compares in one pass
  for (geometry::MorphTarget& morph : m.morphs) morph.positionDeltas.assign(6, glm::vec3(0.0f));
  io::detail::smoothNormals(m);
  EXPECT_EQ(m.vertexCount(), 4u) << "-0 and +0 weld; equal offsets in every target weld";

  geometry::Mesh moved;
  moved.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  moved.indices = {0, 1, 2, 3, 4, 5};
  moved.morphs.resize(20);
  for (geometry::MorphTarget& morph : moved.morphs) morph.positionDeltas.assign(6, glm::vec3(0.0f));
  moved.morphs[18].positionDeltas[2] = glm::vec3(0, 0, 1);  // one copy of (1,1,0) moves apart
  io::detail::smoothNormals(moved);
  EXPECT_EQ(moved.vertexCount(), 5u) << "a corner that one late morph target separates stays split";
  ASSERT_EQ(moved.morphs[18].positionDeltas.size(), 5u);
}

TEST(LoaderNormals, WeldedVerticesKeepTheirOwnMorphOffsetsAndUnusedOnesGo) {
  // A square's two triangles on six vertices, plus a seventh vertex no triangle uses.
  geometry::Mesh m;
  m.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 0, 0}, {1, 1, 0}, {0, 1, 0}, {5, 5, 5}};
  m.indices = {0, 1, 2, 3, 4, 5};
  m.morphs.resize(1);
  m.morphs[0].positionDeltas.assign(7, glm::vec3(0.0f));
  m.morphs[0].positionDeltas[5] = glm::vec3(0, 0, 2);  // (0,1,0) lifts
  io::detail::smoothNormals(m);
  ASSERT_EQ(m.vertexCount(), 4u);
  ASSERT_EQ(m.morphs[0].positionDeltas.size(), 4u);
  for (std::size_t v = 0; v < m.vertexCount(); ++v) {
    EXPECT_NE(m.positions[v], glm::vec3(5, 5, 5)) << "the unused vertex is gone";
    const float lift = m.positions[v] == glm::vec3(0, 1, 0) ? 2.0f : 0.0f;
    EXPECT_EQ(m.morphs[0].positionDeltas[v], glm::vec3(0, 0, lift)) << "vertex " << v;
  }
  for (std::uint32_t i : m.indices) EXPECT_LT(i, m.vertexCount());
}

TEST(LoaderNormals, KeepsUsableNormalsFromTheFile) {
  geometry::Mesh m = square();
  m.normals.assign(4, glm::vec3(0, 0, 2));  // usable, not unit length
  EXPECT_FALSE(io::detail::prepareNormals(m));
  EXPECT_EQ(m.normals[0], glm::vec3(0, 0, 1));
  m.normals[1] = glm::vec3(0.0f);
  EXPECT_TRUE(io::detail::prepareNormals(m));
}

namespace {

io::detail::ImportedScene sampleScene() {
  io::detail::ImportedScene scene;
  scene.hints.hasUpAxis = true;
  scene.hints.upAxis = 2;
  scene.hints.upAxisSign = -1;
  scene.hints.hasUnitScale = true;
  scene.hints.unitScaleFactor = 2.54;
  scene.droppedTriangles = 3;
  io::detail::ImportedMesh a;
  a.nodeName = "calcaneus";
  a.mesh = square();
  a.mesh.normals.assign(4, glm::vec3(0, 0, 1));
  geometry::MorphTarget morph;
  morph.name = "spur";
  morph.positionDeltas.assign(4, glm::vec3(1, 2, 3));
  a.mesh.morphs.push_back(morph);
  io::detail::ImportedMesh b;
  b.meshName = "mesh_only";
  b.mesh = square();
  scene.meshes = {a, b};
  return scene;
}

std::vector<unsigned char> encoded(const io::detail::ImportedScene& scene) {
  io::detail::VectorSink sink;
  io::detail::encodeScene(scene, sink);
  return sink.bytes;
}

}  // namespace

TEST(LoaderCodec, RoundTripsAScene) {
  const io::detail::ImportedScene in = sampleScene();
  const std::vector<unsigned char> bytes = encoded(in);
  const io::detail::ImportedScene out = io::detail::decodeMessage(bytes.data(), bytes.size());
  EXPECT_EQ(out.hints.upAxis, 2);
  EXPECT_EQ(out.hints.upAxisSign, -1);
  EXPECT_DOUBLE_EQ(out.hints.unitScaleFactor, 2.54);
  EXPECT_EQ(out.droppedTriangles, 3u);
  ASSERT_EQ(out.meshes.size(), 2u);
  EXPECT_EQ(out.meshes[0].nodeName, "calcaneus");
  EXPECT_EQ(out.meshes[1].meshName, "mesh_only");
  EXPECT_EQ(out.meshes[0].mesh.positions, in.meshes[0].mesh.positions);
  EXPECT_EQ(out.meshes[0].mesh.normals, in.meshes[0].mesh.normals);
  EXPECT_EQ(out.meshes[0].mesh.indices, in.meshes[0].mesh.indices);
  ASSERT_EQ(out.meshes[0].mesh.morphs.size(), 1u);
  EXPECT_EQ(out.meshes[0].mesh.morphs[0].name, "spur");
  EXPECT_EQ(out.meshes[0].mesh.morphs[0].positionDeltas, in.meshes[0].mesh.morphs[0].positionDeltas);
  EXPECT_TRUE(out.meshes[1].mesh.normals.empty());
}

TEST(LoaderCodec, EveryTruncationIsRejectedCleanly) {
  const std::vector<unsigned char> bytes = encoded(sampleScene());
  for (std::size_t n = 0; n < bytes.size(); ++n)
    EXPECT_THROW(io::detail::decodeMessage(bytes.data(), n), ImportError) << "length " << n;
  std::vector<unsigned char> longer = bytes;
  longer.push_back(0);
  EXPECT_THROW(io::detail::decodeMessage(longer.data(), longer.size()), ImportError);
}

TEST(LoaderCodec, CorruptedBytesNeverCrash) {
  const std::vector<unsigned char> bytes = encoded(sampleScene());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    for (unsigned char value : {0x00, 0xFF, 0x7F}) {
      std::vector<unsigned char> copy = bytes;
      copy[i] = value;
      try {
        const io::detail::ImportedScene s = io::detail::decodeMessage(copy.data(), copy.size());
        for (const auto& m : s.meshes)
          for (std::uint32_t index : m.mesh.indices) EXPECT_LT(index, m.mesh.positions.size());
      } catch (const ImportError&) {
      }
    }
  }
}

TEST(LoaderCodec, CarriesErrorsAcross) {
  io::detail::VectorSink sink;
  io::detail::encodeError(ImportError("out of memory", ImportError::Kind::OutOfMemory), sink);
  try {
    io::detail::decodeMessage(sink.bytes.data(), sink.bytes.size());
    FAIL() << "expected an ImportError";
  } catch (const ImportError& e) {
    EXPECT_STREQ(e.what(), "out of memory");
    EXPECT_EQ(e.kind(), ImportError::Kind::OutOfMemory);
  }
}

TEST(LoaderText, MessagesBecomeOnePrintableLine) {
  EXPECT_EQ(io::detail::oneLine("  GLTF:\r\n  No scene \n"), "GLTF: No scene");
  EXPECT_EQ(io::detail::oneLine(std::string("bad\x01\xff byte")), "bad?? byte");
  EXPECT_EQ(io::detail::oneLine("caf\xc3\xa9"), "caf\xc3\xa9");
  EXPECT_EQ(io::detail::oneLine(std::string(500, 'x'), 20).size(), 20u);
  EXPECT_EQ(io::detail::formatBytes(0), "0 bytes");
  EXPECT_EQ(io::detail::formatBytes(512ull << 20), "512 MB");
  EXPECT_EQ(io::detail::formatBytes(static_cast<std::uint64_t>(1.3 * (1ull << 30))), "1.3 GB");
  EXPECT_EQ(io::detail::formatCount(20000000), "20,000,000");
}
