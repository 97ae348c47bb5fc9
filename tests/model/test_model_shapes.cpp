// Bone shapes a teacher recognises (issue 3), checked on the committed model: the midfoot
// packs tightly (broad facets across even joint spaces, not point contacts between
// rounded blocks), the cuneiforms are wedges in the transverse arch, the medial one the
// tallest, the navicular's tuberosity stands out medially, and the phalanges are long
// bones with the proximal ones clearly the longest, and the metatarsals are not splayed.
#include "model_fixture.h"

#include "geometry/mesh_checks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using modeltest::mesh;

namespace {

// Area (mm^2) of a's surface lying within "reach" of b's vertices (triangle centroids).
float facingArea(const geometry::Mesh& a, const geometry::Mesh& b, float reach) {
  geometry::Bounds near = b.bounds();
  near.min -= glm::vec3(reach);
  near.max += glm::vec3(reach);
  float area = 0.0f;
  for (std::size_t t = 0; t + 2 < a.indices.size(); t += 3) {
    const glm::vec3 p0 = a.positions[a.indices[t]], p1 = a.positions[a.indices[t + 1]], p2 = a.positions[a.indices[t + 2]];
    const glm::vec3 c = (p0 + p1 + p2) / 3.0f;
    if (glm::any(glm::lessThan(c, near.min)) || glm::any(glm::greaterThan(c, near.max))) continue;
    bool close = false;
    for (const glm::vec3& q : b.positions)
      if (glm::dot(q - c, q - c) < reach * reach) {
        close = true;
        break;
      }
    if (close) area += 0.5f * glm::length(glm::cross(p1 - p0, p2 - p0));
  }
  return area;
}

// Medial-lateral width of a bone in a horizontal slab at a fraction of its height.
float widthAtHeight(const geometry::Mesh& m, float fraction) {
  const geometry::Bounds b = m.bounds();
  const float y = b.min.y + fraction * (b.max.y - b.min.y), half = 0.06f * (b.max.y - b.min.y);
  float lo = 1e30f, hi = -1e30f;
  for (const glm::vec3& p : m.positions)
    if (std::abs(p.y - y) < half) {
      lo = std::min(lo, p.x);
      hi = std::max(hi, p.x);
    }
  return hi - lo;
}

float length(const std::string& id) { return geometry::principalExtents(mesh(id)).extents.x; }

}  // namespace

TEST(ModelShapes, MidfootBonesMeetAcrossBroadFacets) {
  struct Facet {
    const char* a;
    const char* b;
    float minArea;  // mm^2 of a within 3.5 mm of b
  };
  const Facet facets[] = {
      {"navicular", "talus", 120.0f},
      {"medial_cuneiform", "navicular", 150.0f},
      {"intermediate_cuneiform", "navicular", 80.0f},
      {"lateral_cuneiform", "navicular", 80.0f},
      {"intermediate_cuneiform", "medial_cuneiform", 80.0f},
      {"lateral_cuneiform", "intermediate_cuneiform", 80.0f},
      {"cuboid", "calcaneus", 120.0f},
      {"metatarsal_1", "medial_cuneiform", 150.0f},
      {"metatarsal_4", "cuboid", 60.0f},
      {"metatarsal_5", "cuboid", 60.0f},
  };
  for (const Facet& f : facets) {
    const float area = facingArea(mesh(f.a), mesh(f.b), 3.5f);
    std::printf("  %-24s faces %-24s over %6.0f mm2\n", f.a, f.b, area);
    EXPECT_GE(area, f.minArea) << f.a << " and " << f.b << " only touch at a point";
  }
}

TEST(ModelShapes, CuneiformsAreWedgesOfTheTransverseArch) {
  // The intermediate cuneiform narrows toward the sole; the medial one is broad below and
  // the tallest of the three. The lateral one is shaped on the real bone, which placed in
  // this foot is no narrower low down on this horizontal-slab measure (Visible Human
  // Female: 16.5 mm at 80% of its height, 18.7 mm at 20%), so it only must not flare below.
  const float dorsal = widthAtHeight(mesh("intermediate_cuneiform"), 0.8f);
  const float plantar = widthAtHeight(mesh("intermediate_cuneiform"), 0.2f);
  EXPECT_GT(dorsal, 1.3f * plantar) << "intermediate: dorsal " << dorsal << " mm, plantar " << plantar << " mm";
  const float lateralDorsal = widthAtHeight(mesh("lateral_cuneiform"), 0.8f);
  EXPECT_GT(lateralDorsal, 0.7f * widthAtHeight(mesh("lateral_cuneiform"), 0.2f));
  const auto height = [](const char* id) { return mesh(id).bounds().size().y; };
  EXPECT_GT(height("medial_cuneiform"), height("intermediate_cuneiform") + 5.0f);
  EXPECT_GT(height("medial_cuneiform"), height("lateral_cuneiform") + 3.0f);
  EXPECT_LT(mesh("medial_cuneiform").bounds().min.y, mesh("intermediate_cuneiform").bounds().min.y - 5.0f)
      << "the medial cuneiform reaches the sole side of the arch";
}

TEST(ModelShapes, NavicularTuberosityStandsOutMedially) {
  const glm::vec3 tip = modeltest::landmark("navicular_tuberosity");
  const geometry::Bounds b = mesh("navicular").bounds();
  EXPECT_GT(tip.x, b.max.x - 2.0f) << "the tuberosity is the most medial part of the navicular";
  EXPECT_LT(tip.y, 0.5f * (b.min.y + b.max.y)) << "and lies in its plantar half";
}

TEST(ModelShapes, PhalangesAreLongBonesProximalLongest) {
  for (int ray = 2; ray <= 5; ++ray) {
    const std::string n = std::to_string(ray);
    const float proximal = length("proximal_phalanx_" + n), middle = length("middle_phalanx_" + n),
                distal = length("distal_phalanx_" + n);
    EXPECT_GT(proximal, 1.6f * middle) << "ray " << n;
    EXPECT_GT(proximal, 1.8f * distal) << "ray " << n;
    // A long bone is clearly longer than it is wide (not a bead).
    const glm::vec3 e = geometry::principalExtents(mesh("proximal_phalanx_" + n)).extents;
    EXPECT_GT(e.x, 1.9f * e.y) << "ray " << n;
  }
  EXPECT_GT(length("proximal_phalanx_1"), 25.0f) << "the hallux has two stout phalanges";
  EXPECT_GT(length("distal_phalanx_1"), 18.0f);
  EXPECT_GT(length("proximal_phalanx_1"), length("distal_phalanx_1"));
}

TEST(ModelShapes, MetatarsalsAreNotSplayed) {
  // The lateral four rays lie side by side: their heads within about 45 mm of one another
  // (the splayed model before issue 3 spread them over 46 mm).
  geometry::Bounds heads;
  for (int i = 2; i <= 5; ++i) {
    const std::vector<glm::vec3>& p = mesh("metatarsal_" + std::to_string(i)).positions;
    heads.extend(*std::max_element(p.begin(), p.end(), [](const glm::vec3& a, const glm::vec3& b) { return a.z < b.z; }));
  }
  std::printf("  metatarsals 2-5: heads span %.1f mm\n", heads.size().x);
  EXPECT_LT(heads.size().x, 45.0f);
  // The first metatarsal is stout but not a club.
  EXPECT_LT(mesh("metatarsal_1").bounds().size().x, 2.0f * mesh("metatarsal_2").bounds().size().x);
}
