// Signed distance fields for the procedural anatomy: primitives (spheres, ellipsoids,
// capsules, tapered cones, rounded boxes, swept bands) and the operators that blend them.
// Negative inside, positive outside, millimetres. Every shape carries a bounding box.
#pragma once

#include "geometry/bounds.h"

#include <glm/glm.hpp>

#include <functional>
#include <memory>
#include <vector>

namespace geometry::sdf {

using Field = std::function<float(const glm::vec3&)>;

// A field plus a box that contains its zero set (and everything inside it).
class Shape {
 public:
  Shape() = default;
  Shape(Field f, const Bounds& box) : field_(std::make_shared<Field>(std::move(f))), box_(box) {}

  float operator()(const glm::vec3& p) const { return (*field_)(p); }
  const Bounds& box() const { return box_; }
  bool valid() const { return field_ != nullptr; }

 private:
  std::shared_ptr<const Field> field_;
  Bounds box_;
};

// Lower bound of the distance from p to a box (0 inside it).
float boxDistance(const Bounds& box, const glm::vec3& p);

// Orthonormal frame whose columns are local x, y, z in model space.
glm::mat3 frameFromAxes(const glm::vec3& forward, const glm::vec3& upHint);  // z = forward, y ~ upHint

// Primitives. "axes" columns give the local x, y, z directions of the shape.
Shape sphere(const glm::vec3& centre, float radius);
Shape ellipsoid(const glm::vec3& centre, const glm::vec3& radii, const glm::mat3& axes = glm::mat3(1.0f));
Shape capsule(const glm::vec3& a, const glm::vec3& b, float radius);
// Convex hull of two spheres (a tapered capsule); |ra - rb| must be below |b - a|.
Shape roundCone(const glm::vec3& a, const glm::vec3& b, float ra, float rb);
// Box with edges rounded by "rounding" (included in halfExtents).
Shape roundBox(const glm::vec3& centre, const glm::vec3& halfExtents, float rounding,
               const glm::mat3& axes = glm::mat3(1.0f));
// Torus in the local xz plane of axes, around centre.
Shape torus(const glm::vec3& centre, float majorRadius, float minorRadius, const glm::mat3& axes = glm::mat3(1.0f));
// A convex polygon (in the local x-y plane of axes, either winding) extruded along local
// z by +-halfLength, its edges and corners rounded by "rounding" (taken from inside the
// outline). Exact distance; good for wedge-shaped bones that pack against each other.
Shape roundedPrism(const glm::vec3& centre, const std::vector<glm::vec2>& outline, float halfLength, float rounding,
                   const glm::mat3& axes = glm::mat3(1.0f));
// Signed distance to a convex counter-clockwise polygon in 2D (negative inside).
float convexPolygonDistance(const std::vector<glm::vec2>& outline, const glm::vec2& p);
// The polygon with every edge moved inward by "amount" (convex, counter-clockwise).
std::vector<glm::vec2> insetPolygon(const std::vector<glm::vec2>& outline, float amount);
// Half-space keeping the side opposite to the normal (n points outward).
Shape halfSpace(const glm::vec3& point, const glm::vec3& outwardNormal, const Bounds& box);

// A chain of tapered capsules through points with per-point radii, smoothly joined.
Shape taperedChain(const std::vector<glm::vec3>& points, const std::vector<float>& radii, float blend);

// A band swept along a polyline: elliptical cross-section with half-width (along "side")
// and half-thickness (along "front") given per point; side vectors per point.
struct BandSection {
  glm::vec3 centre;
  glm::vec3 side;  // unit-ish direction of the width
  float halfWidth;
  float halfThickness;
  float curl = 0.0f;  // bends the section's edges toward -front (1 / (2 * radius))
  // Lens (ellipse) sections thin to nothing at the edges, which suits a tendon; a flat
  // sheet such as a fascia keeps its thickness to rounded edges instead.
  bool roundedEdges = false;
};
Shape sweptBand(const std::vector<BandSection>& sections, float blend = 0.0f);  // blend smooths segment joints
// Catmull-Rom resampling of sections (centre, side, sizes, curl), "steps" per interval, so
// a band through a few stations has no visible kinks.
std::vector<BandSection> smoothSections(const std::vector<BandSection>& stations, int steps);

// Operators.
Shape unite(const std::vector<Shape>& shapes);
Shape smoothUnion(const Shape& a, const Shape& b, float k);
Shape smoothUnion(const std::vector<Shape>& shapes, float k);
Shape subtract(const Shape& a, const Shape& cutter);
Shape smoothSubtract(const Shape& a, const Shape& cutter, float k);
Shape intersect(const Shape& a, const Shape& b);
Shape smoothIntersect(const Shape& a, const Shape& b, float k);
Shape offset(const Shape& a, float amount);  // grows (>0) or shrinks (<0)
// Rigid placement: the shape was built in a local frame; worldFromLocal maps it into place.
Shape transformed(const Shape& a, const glm::mat4& worldFromLocal);
// Non-uniform scale about a centre (distance corrected by the smallest factor).
Shape scaled(const Shape& a, const glm::vec3& centre, const glm::vec3& factors);
// Adds a displacement field (kept small so the result stays close to a distance).
Shape displaced(const Shape& a, const Field& displacement, float maxAbsDisplacement);

// Polynomial smooth minimum with blend radius k (k <= 0 is a hard min).
float smoothMin(float a, float b, float k);
float smoothMax(float a, float b, float k);

// Central-difference gradient (not normalised).
glm::vec3 gradient(const Shape& s, const glm::vec3& p, float eps = 0.01f);
glm::vec3 normalAt(const Shape& s, const glm::vec3& p);

}  // namespace geometry::sdf
