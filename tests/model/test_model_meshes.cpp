// Mesh hygiene of the built-in model: every structure closed, manifold and outward-facing
// (also with its morph targets applied), within the triangle budget, and bones that never
// touch, with joint spaces of 1-3 mm where they articulate.
#include "model_fixture.h"

#include "anatomy/palette.h"
#include "geometry/mesh_checks.h"

#include <gtest/gtest.h>

using modeltest::mesh;
using modeltest::model;

// A growth that is collapsed at rest (the spur, the deposits) is checked grown.
geometry::Mesh checkedShape(const anatomy::Structure& s) {
  geometry::Mesh m = s.mesh;
  if (anatomy::collapsedAtRest(s) && !m.morphs.empty()) m.positions = modeltest::morphed(s.id, m.morphs[0].name, 1.0f);
  return m;
}

TEST(ModelMeshes, EveryStructureIsClosedManifoldAndOutwardFacing) {
  for (const anatomy::Structure& s : model().structures) {
    const geometry::MeshReport r = geometry::checkMesh(checkedShape(s));
    EXPECT_TRUE(r.closed()) << s.id << ": " << r.boundaryEdges << " boundary edges";
    EXPECT_TRUE(r.manifold()) << s.id << ": " << r.nonManifoldEdges << " edges, " << r.nonManifoldVertices << " vertices";
    EXPECT_EQ(r.misorientedEdges, 0u) << s.id;
    EXPECT_GT(r.signedVolume, 0.0) << s.id << " faces inward";
    // The calcific deposits are separate nodules in the tendon; everything else is one piece.
    EXPECT_EQ(r.components, s.id == "tendon_calcific_deposits" ? 4u : 1u) << s.id;
  }
}

TEST(ModelMeshes, MorphedShapesStayOutwardFacing) {
  // Pathology swells a structure, except where something presses on it: a Haglund
  // prominence squeezes the bursa, the skin sinks into a rupture's gap.
  const auto shrinks = [](const std::string& target) { return target == "haglund_squeeze" || target == "rupture_dip"; };
  for (const anatomy::Structure& s : model().structures)
    for (const geometry::MorphTarget& t : s.mesh.morphs) {
      geometry::Mesh full = s.mesh;
      full.positions = modeltest::morphed(s.id, t.name, 1.0f);
      EXPECT_GT(geometry::signedVolume(full), 0.0) << s.id << "/" << t.name << " turned inside out";
      if (!shrinks(t.name)) {
        EXPECT_GT(geometry::signedVolume(full), geometry::signedVolume(s.mesh)) << s.id << "/" << t.name << " should grow";
      }
    }
}

TEST(ModelMeshes, TriangleBudgetKeepsTheFrameRateHigh) {
  const std::size_t total = model().triangleCount();
  EXPECT_LE(total, 500000u);
  EXPECT_GE(total, 100000u) << "too coarse to look smooth";
  for (const anatomy::Structure& s : model().structures) EXPECT_GE(s.mesh.triangleCount(), 200u) << s.id;
}

TEST(ModelMeshes, NormalsAreUnitAndAgreeWithTheTriangles) {
  for (const anatomy::Structure& s : model().structures) {
    ASSERT_EQ(s.mesh.normals.size(), s.mesh.positions.size()) << s.id;
    geometry::Mesh faceted = s.mesh;
    geometry::computeNormals(faceted);
    std::size_t disagree = 0;
    for (std::size_t i = 0; i < s.mesh.normals.size(); ++i) {
      EXPECT_NEAR(glm::length(s.mesh.normals[i]), 1.0f, 0.02f) << s.id;
      if (glm::dot(s.mesh.normals[i], faceted.normals[i]) < 0.5f) ++disagree;
    }
    EXPECT_LT(disagree, s.mesh.vertexCount() / 200 + 1) << s.id;
  }
}

namespace {

struct Articulation {
  const char* a;
  const char* b;
};

// Pairs that meet at a synovial joint in the model.
const Articulation kArticulations[] = {
    {"tibia", "talus"},       {"fibula", "talus"},          {"talus", "calcaneus"},
    {"talus", "navicular"},   {"calcaneus", "cuboid"},      {"navicular", "medial_cuneiform"},
    {"navicular", "intermediate_cuneiform"}, {"navicular", "lateral_cuneiform"},
    {"medial_cuneiform", "metatarsal_1"},    {"intermediate_cuneiform", "metatarsal_2"},
    {"lateral_cuneiform", "metatarsal_3"},   {"cuboid", "metatarsal_4"}, {"cuboid", "metatarsal_5"},
    {"metatarsal_1", "proximal_phalanx_1"},  {"metatarsal_2", "proximal_phalanx_2"},
    {"proximal_phalanx_1", "distal_phalanx_1"}, {"proximal_phalanx_3", "middle_phalanx_3"},
    {"femur", "tibia"},       {"femur", "patella"},
};

std::vector<const anatomy::Structure*> bones() {
  std::vector<const anatomy::Structure*> out;
  for (const anatomy::Structure& s : model().structures)
    if (s.category == anatomy::Category::Bone && s.id != "calcific_spur") out.push_back(&s);
  return out;
}

}  // namespace

TEST(ModelMeshes, JointSpacesAreOneToThreeMillimetres) {
  for (const Articulation& j : kArticulations) {
    const float gap = geometry::minSurfaceDistance(mesh(j.a), mesh(j.b));
    EXPECT_GE(gap, 1.0f) << j.a << " - " << j.b;
    EXPECT_LE(gap, 3.0f) << j.a << " - " << j.b;
  }
}

TEST(ModelMeshes, BonesNeverInterpenetrate) {
  const auto all = bones();
  for (std::size_t i = 0; i < all.size(); ++i)
    for (std::size_t k = i + 1; k < all.size(); ++k) {
      const geometry::Bounds a = all[i]->mesh.bounds(), b = all[k]->mesh.bounds();
      if (glm::any(glm::lessThan(a.max, b.min)) || glm::any(glm::lessThan(b.max, a.min))) continue;
      EXPECT_EQ(geometry::verticesInside(all[i]->mesh, all[k]->mesh), 0u) << all[i]->id << " in " << all[k]->id;
      EXPECT_EQ(geometry::verticesInside(all[k]->mesh, all[i]->mesh), 0u) << all[k]->id << " in " << all[i]->id;
      EXPECT_GE(geometry::minSurfaceDistance(all[i]->mesh, all[k]->mesh), 0.8f) << all[i]->id << " - " << all[k]->id;
    }
}

TEST(ModelMeshes, SkinEnclosesEveryOtherStructureAlsoWhenSwollen) {
  const geometry::Mesh& skin = mesh("skin");
  for (const anatomy::Structure& s : model().structures) {
    if (s.id == "skin") continue;
    std::vector<std::pair<std::string, std::vector<glm::vec3>>> states = {{"rest", s.mesh.positions}};
    for (const geometry::MorphTarget& t : s.mesh.morphs) states.emplace_back(t.name, modeltest::morphed(s.id, t.name, 1.0f));
    for (const auto& [state, positions] : states) {
      std::size_t outside = 0;
      glm::vec3 example(0.0f);
      for (std::size_t i = 0; i < positions.size(); i += 5)
        if (!geometry::containsPoint(skin, positions[i])) {
          ++outside;
          example = positions[i];
        }
      EXPECT_EQ(outside, 0u) << s.id << " (" << state << ") pokes through the skin, e.g. at " << example.x << ", "
                             << example.y << ", " << example.z;
    }
  }
}

TEST(ModelMeshes, LeftLimbMirrorDoesNotOverlapTheRight) {
  // The renderer mirrors x -> -x for the left limb; the right limb stays at x < 0.
  EXPECT_LT(model().bounds().max.x, -3.0f);
}
