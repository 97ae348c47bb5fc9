// Real anatomy as the yardstick: the Visible Human Female bones in ../shared (CC BY 4.0,
// comparison only, never copied) are read with a tiny STL reader, and each generated bone's
// principal extents must be within 20-25% of the real one's. Skipped when ../shared is absent.
#include "model_fixture.h"

#include "geometry/mesh_checks.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

namespace {

// Vertices of a binary or ASCII STL (triangle soup is enough for principal extents).
geometry::Mesh readStl(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(f)), {});
  geometry::Mesh m;
  if (bytes.size() >= 84) {
    std::uint32_t count = 0;
    std::memcpy(&count, bytes.data() + 80, 4);
    if (84 + static_cast<std::uint64_t>(count) * 50 == bytes.size()) {
      for (std::uint32_t t = 0; t < count; ++t)
        for (int v = 0; v < 3; ++v) {
          float xyz[3];
          std::memcpy(xyz, bytes.data() + 84 + t * 50 + 12 + v * 12, 12);
          m.positions.emplace_back(xyz[0], xyz[1], xyz[2]);
        }
      return m;
    }
  }
  std::istringstream in(bytes);
  std::string word;
  while (in >> word)
    if (word == "vertex") {
      glm::vec3 p;
      in >> p.x >> p.y >> p.z;
      m.positions.push_back(p);
    }
  return m;
}

struct Pair {
  const char* ours;
  const char* vhf;      // file stem under VHF_surfaces/Right
  float sizeTolerance;  // relative, on each principal extent (the VHF subject is a small woman)
};

const Pair kPairs[] = {
    {"calcaneus", "Calcaneous", 0.25f}, {"talus", "Talus", 0.25f},   {"tibia", "Tibia", 0.25f},
    {"fibula", "Fibula", 0.25f},       {"navicular", "Navicular", 0.3f}, {"cuboid", "Cuboid", 0.3f},
    {"medial_cuneiform", "MedialCuneiform", 0.3f},
};

}  // namespace

TEST(ModelReality, BoneProportionsMatchTheVisibleHumanFemale) {
  const std::string shared = testsupport::sharedDir();
  AA_REQUIRE_SHARED(!shared.empty(), "../shared is absent: no real bones to compare with");
  const std::string dir = shared + "/data/anatomy/visible-human-andreassen2022/VHF_surfaces/Right/";
  for (const Pair& p : kPairs) {
    const geometry::Mesh real = readStl(dir + "VHF_Right_Bone_" + p.vhf + "_smooth.stl");
    ASSERT_GT(real.positions.size(), 100u) << p.vhf;
    const glm::vec3 r = geometry::principalExtents(real).extents;
    const glm::vec3 o = geometry::principalExtents(modeltest::mesh(p.ours)).extents;
    std::printf("  %-18s ours %5.1f x %5.1f x %5.1f   VHF %5.1f x %5.1f x %5.1f mm\n", p.ours, o.x, o.y, o.z, r.x, r.y, r.z);
    for (int k = 0; k < 3; ++k)
      EXPECT_NEAR(o[k] / r[k], 1.0f, p.sizeTolerance)
          << p.ours << " extent " << k << ": ours " << o[k] << " mm, VHF " << r[k] << " mm";
    // Shape: the ratios of the extents, independent of the subject's size.
    EXPECT_NEAR((o.y / o.x) / (r.y / r.x), 1.0f, 0.2f) << p.ours << " width/length";
    EXPECT_NEAR((o.z / o.x) / (r.z / r.x), 1.0f, 0.25f) << p.ours << " height/length";
  }
}

TEST(ModelReality, FootBonesSpanLikeTheRealFoot) {
  const std::string shared = testsupport::sharedDir();
  AA_REQUIRE_SHARED(!shared.empty(), "../shared is absent: no real bones to compare with");
  const std::string dir = shared + "/data/anatomy/visible-human-andreassen2022/VHF_surfaces/Right/";
  // Heel to the tips of the toes along the foot. The VHF foot was frozen pointed (VHF +Y
  // anterior, +Z up), so its length is the longest extent in its sagittal plane, not its
  // +Y extent; ours stands, so its length is its extent along +Z.
  std::vector<glm::vec3> real;
  for (const char* stem : {"Calcaneous", "Phalanges"}) {
    const geometry::Mesh m = readStl(dir + "VHF_Right_Bone_" + std::string(stem) + "_smooth.stl");
    real.insert(real.end(), m.positions.begin(), m.positions.end());
  }
  float realLength = 0.0f;
  for (int degrees = -80; degrees <= 80; ++degrees) {
    const float a = glm::radians(static_cast<float>(degrees));
    const glm::vec3 along(0.0f, std::cos(a), std::sin(a));
    float lo = 1e30f, hi = -1e30f;
    for (const glm::vec3& p : real) {
      lo = std::min(lo, glm::dot(p, along));
      hi = std::max(hi, glm::dot(p, along));
    }
    realLength = std::max(realLength, hi - lo);
  }
  geometry::Bounds ours;
  for (const anatomy::Structure& s : modeltest::model().structures)
    if (s.category == anatomy::Category::Bone && s.mesh.bounds().max.y < 120.0f) ours.extend(s.mesh.bounds());
  const float ourLength = ours.size().z;
  EXPECT_NEAR(ourLength / realLength, 1.0f, 0.15f) << "ours " << ourLength << " mm, VHF " << realLength << " mm";
}
