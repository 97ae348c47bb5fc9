// Rounded prisms over convex polygons (geometry/sdf_prisms.cpp): exact distances on and
// off the faces, rounded edges, either winding, and the inset outline they are built on.
#include "geometry/sdf.h"

#include <gtest/gtest.h>

#include <cmath>

namespace sdf = geometry::sdf;

namespace {

// A wedge: 20 mm wide at the top, 8 mm at the bottom, 16 mm tall, counter-clockwise.
const std::vector<glm::vec2> kWedge = {{-4.0f, -8.0f}, {4.0f, -8.0f}, {10.0f, 8.0f}, {-10.0f, 8.0f}};

}  // namespace

TEST(SdfPrisms, PolygonDistanceIsExactInsideAndOutside) {
  const std::vector<glm::vec2> square = {{-5, -5}, {5, -5}, {5, 5}, {-5, 5}};
  EXPECT_NEAR(sdf::convexPolygonDistance(square, {0, 0}), -5.0f, 1e-5f);
  EXPECT_NEAR(sdf::convexPolygonDistance(square, {3, 0}), -2.0f, 1e-5f);
  EXPECT_NEAR(sdf::convexPolygonDistance(square, {8, 0}), 3.0f, 1e-5f);
  EXPECT_NEAR(sdf::convexPolygonDistance(square, {8, 9}), 5.0f, 1e-5f);  // nearest is the corner
}

TEST(SdfPrisms, InsetMovesEveryEdgeInward) {
  const std::vector<glm::vec2> inner = sdf::insetPolygon(kWedge, 1.0f);
  ASSERT_EQ(inner.size(), kWedge.size());
  // Each inset vertex lies 1 mm inside both edges that meet at it.
  for (const glm::vec2& v : inner) EXPECT_NEAR(sdf::convexPolygonDistance(kWedge, v), -1.0f, 1e-4f);
  EXPECT_NEAR(inner[0].y, -7.0f, 1e-4f);
  EXPECT_NEAR(inner[2].y, 7.0f, 1e-4f);
}

TEST(SdfPrisms, PrismDistanceOnFacesEdgesAndEnds) {
  const sdf::Shape p = sdf::roundedPrism({0, 0, 0}, kWedge, 12.0f, 2.0f);
  EXPECT_NEAR(p({0, -8, 0}), 0.0f, 1e-4f);   // on the narrow plantar face
  EXPECT_NEAR(p({0, 0, 12}), 0.0f, 1e-4f);   // on an end cap
  EXPECT_NEAR(p({0, 11, 0}), 3.0f, 1e-4f);   // above the broad face
  EXPECT_NEAR(p({0, 0, 15}), 3.0f, 1e-4f);   // beyond an end cap
  EXPECT_LT(p({0, 0, 0}), -6.0f);
  // A sharp corner would be on the surface; the rounded one lies outside it.
  EXPECT_GT(p({10, 8, 12}), 0.5f);
  // Sides converge downward: wider at the top than at the bottom.
  EXPECT_LT(p({8.5f, 6.0f, 0}), 0.0f);
  EXPECT_GT(p({8.5f, -6.0f, 0}), 0.0f);
}

TEST(SdfPrisms, WindingAndPlacementDoNotMatter) {
  std::vector<glm::vec2> clockwise(kWedge.rbegin(), kWedge.rend());
  const glm::mat3 axes = sdf::frameFromAxes({1, 0, 0}, {0, 1, 0});  // extruded along +x
  const glm::vec3 centre(5, -3, 2);
  const sdf::Shape a = sdf::roundedPrism(centre, kWedge, 6.0f, 1.5f, axes);
  const sdf::Shape b = sdf::roundedPrism(centre, clockwise, 6.0f, 1.5f, axes);
  for (const glm::vec3& q : {glm::vec3(0, 0, 0), glm::vec3(3, 5, -4), glm::vec3(14, -3, 2), glm::vec3(5, -20, 9)})
    EXPECT_NEAR(a(q), b(q), 1e-4f);
  EXPECT_NEAR(a(centre + glm::vec3(6, 0, 0)), 0.0f, 1e-4f);  // end cap along +x
  const geometry::Bounds box = a.box();
  EXPECT_NEAR(box.max.x, centre.x + 6.0f, 1e-4f);
  EXPECT_NEAR(box.max.z - box.min.z, 20.0f, 1e-4f);  // the wedge is 20 mm wide (along z here)
  EXPECT_NEAR(box.max.y - box.min.y, 16.0f, 1e-4f);  // and 16 mm tall
}
