// Signed distance primitives and operators: exact values where the maths is exact, signs
// and bounding boxes everywhere.
#include "geometry/sdf.h"

#include <gtest/gtest.h>

using namespace geometry::sdf;

TEST(Sdf, SphereAndCapsuleAreExactDistances) {
  const Shape s = sphere({1, 2, 3}, 5);
  EXPECT_NEAR(s({1, 2, 3}), -5.0f, 1e-5f);
  EXPECT_NEAR(s({11, 2, 3}), 5.0f, 1e-5f);
  const Shape c = capsule({0, 0, 0}, {0, 10, 0}, 2);
  EXPECT_NEAR(c({3, 5, 0}), 1.0f, 1e-5f);
  EXPECT_NEAR(c({0, 13, 0}), 1.0f, 1e-5f);
  EXPECT_NEAR(c({0, 5, 0}), -2.0f, 1e-5f);
}

TEST(Sdf, RoundConeBlendsTwoSpheres) {
  const Shape c = roundCone({0, 0, 0}, {0, 20, 0}, 5, 2);
  EXPECT_NEAR(c({0, -7, 0}), 2.0f, 1e-4f);   // beyond the big end
  EXPECT_NEAR(c({0, 25, 0}), 3.0f, 1e-4f);   // beyond the small end
  EXPECT_LT(c({4, 2, 0}), 0.0f);
  EXPECT_GT(c({4, 18, 0}), 0.0f);
  // On the side the distance is measured perpendicular to the tangent line.
  const float s = 3.0f / 20.0f, co = std::sqrt(1 - s * s);
  EXPECT_NEAR(c({10, 10, 0}), 10 * s + 10 * co - 5, 1e-3f);
}

TEST(Sdf, EllipsoidAndRoundBoxHaveTheRightExtent) {
  const Shape e = ellipsoid({0, 0, 0}, {10, 5, 2});
  EXPECT_NEAR(e({10, 0, 0}), 0.0f, 1e-4f);
  EXPECT_NEAR(e({0, 5, 0}), 0.0f, 1e-4f);
  EXPECT_NEAR(e({0, 0, 3}), 1.0f, 0.05f);
  EXPECT_LT(e({0, 0, 0}), 0.0f);
  const Shape b = roundBox({0, 0, 0}, {4, 3, 2}, 1);
  EXPECT_NEAR(b({5, 0, 0}), 1.0f, 1e-5f);
  EXPECT_NEAR(b({0, 0, -2}), 0.0f, 1e-5f);
  EXPECT_FLOAT_EQ(b.box().max.x, 4.0f);
}

TEST(Sdf, OrientedShapesFollowTheirAxes) {
  const glm::mat3 axes = frameFromAxes({1, 0, 0}, {0, 1, 0});  // local z along model x
  const Shape e = ellipsoid({0, 0, 0}, {1, 1, 10}, axes);
  EXPECT_NEAR(e({10, 0, 0}), 0.0f, 1e-4f);
  EXPECT_GT(e({0, 0, 5}), 0.0f);
  EXPECT_GE(e.box().max.x, 9.99f);
}

TEST(Sdf, SmoothUnionAddsMaterialOnlyNearTheSeam) {
  const Shape a = sphere({-5, 0, 0}, 5), b = sphere({5, 0, 0}, 5);
  const Shape u = smoothUnion(a, b, 4);
  EXPECT_LT(u({0, 0, 0}), -0.9f);            // the blend fills the waist
  EXPECT_NEAR(u({-12, 0, 0}), 2.0f, 1e-5f);  // far from the seam nothing changes
  EXPECT_NEAR(unite({a, b})({0, 0, 0}), 0.0f, 1e-5f);
}

TEST(Sdf, SubtractIntersectOffset) {
  const Shape big = sphere({0, 0, 0}, 10), small = sphere({10, 0, 0}, 4);
  const Shape cut = subtract(big, small);
  EXPECT_GT(cut({8, 0, 0}), 0.0f);
  EXPECT_LT(cut({-8, 0, 0}), 0.0f);
  const Shape both = intersect(big, small);
  EXPECT_LT(both({8, 0, 0}), 0.0f);
  EXPECT_GT(both({-8, 0, 0}), 0.0f);
  EXPECT_NEAR(offset(big, 2)({12, 0, 0}), 0.0f, 1e-5f);
}

TEST(Sdf, TransformedAndScaledShapesMove) {
  const Shape s = transformed(sphere({0, 0, 0}, 1), glm::mat4{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 5, 0, 0, 1});
  EXPECT_NEAR(s({5, 0, 0}), -1.0f, 1e-5f);
  const Shape sc = scaled(sphere({0, 0, 0}, 1), {0, 0, 0}, {2, 1, 1});
  EXPECT_NEAR(sc({2, 0, 0}), 0.0f, 1e-5f);
  EXPECT_GT(sc({0, 1.5f, 0}), 0.0f);
}

TEST(Sdf, SweptBandIsAFlatBandAlongItsPath) {
  std::vector<BandSection> sections = {{{0, 0, 0}, {1, 0, 0}, 7.5f, 2.5f}, {{0, 50, 0}, {1, 0, 0}, 7.5f, 2.5f},
                                       {{0, 100, 5}, {1, 0, 0}, 12.0f, 1.5f}};
  const Shape band = sweptBand(smoothSections(sections, 4));
  EXPECT_NEAR(band({7.5f, 50, 0}), 0.0f, 0.05f);  // half width at a station
  EXPECT_NEAR(band({0, 50, 2.5f}), 0.0f, 0.05f);  // half thickness
  EXPECT_LT(band({0, 75, 2.5f}), 0.0f);
  EXPECT_GT(band({0, 120, 5}), 0.0f);            // capped beyond the last section
  EXPECT_GT(band({0, 25, 20}), 10.0f);
}

TEST(Sdf, GradientPointsOutward) {
  const Shape s = sphere({0, 0, 0}, 3);
  const glm::vec3 n = normalAt(s, {0, 3, 0});
  EXPECT_NEAR(n.y, 1.0f, 1e-3f);
}

TEST(Sdf, RoundedEdgeBandKeepsItsThicknessToTheEdge) {
  // A 16 mm wide, 3 mm thick sheet along z: near its edge a lens has thinned to almost
  // nothing, a rounded-edge sheet is still full thickness (so it polygonises cleanly).
  using geometry::sdf::BandSection;
  std::vector<BandSection> lens = {{{0, 0, 0}, {1, 0, 0}, 8.0f, 1.5f}, {{0, 0, 40}, {1, 0, 0}, 8.0f, 1.5f}};
  std::vector<BandSection> sheet = lens;
  for (BandSection& s : sheet) s.roundedEdges = true;
  const geometry::sdf::Shape a = geometry::sdf::sweptBand(lens), b = geometry::sdf::sweptBand(sheet);
  const glm::vec3 nearEdge(7.0f, 1.2f, 20.0f);
  EXPECT_GT(a(nearEdge), 0.0f);
  EXPECT_LT(b(nearEdge), 0.0f);
  EXPECT_NEAR(b({9.0f, 0.0f, 20.0f}), 1.0f, 1e-4f) << "distance beyond the rounded edge";
  EXPECT_NEAR(b({0.0f, 4.0f, 20.0f}), 2.5f, 1e-4f) << "distance above the flat face";
}
