#include "geometry/sdf.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geometry::sdf {

namespace {

Bounds grown(const Bounds& b, float amount) {
  if (!b.valid()) return b;
  Bounds out;
  out.extend(b.min - glm::vec3(amount));
  out.extend(b.max + glm::vec3(amount));
  return out;
}

Bounds unionBox(const std::vector<Shape>& shapes) {
  Bounds b;
  for (const Shape& s : shapes) b.extend(s.box());
  return b;
}

Bounds intersectionBox(const Bounds& a, const Bounds& b) {
  Bounds out;
  out.min = glm::max(a.min, b.min);
  out.max = glm::min(a.max, b.max);
  return out;
}

}  // namespace

float smoothMin(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}

float smoothMax(float a, float b, float k) { return -smoothMin(-a, -b, k); }

Shape unite(const std::vector<Shape>& shapes) { return smoothUnion(shapes, 0.0f); }

Shape smoothUnion(const Shape& a, const Shape& b, float k) { return smoothUnion(std::vector<Shape>{a, b}, k); }

Shape smoothUnion(const std::vector<Shape>& shapes, float k) {
  // A child whose box is further than best + k cannot change a polynomial smooth min,
  // so far-away parts are skipped: this keeps large unions (the skin) cheap.
  return Shape(
      [shapes, k](const glm::vec3& p) {
        float best = std::numeric_limits<float>::max();
        float nearestBox = std::numeric_limits<float>::max();
        bool any = false;
        for (const Shape& s : shapes) {
          const float boxD = boxDistance(s.box(), p);
          if (any && boxD > best + k) {
            nearestBox = std::min(nearestBox, boxD);
            continue;
          }
          const float d = s(p);
          best = any ? smoothMin(best, d, k) : d;
          any = true;
        }
        return any ? best : nearestBox;
      },
      grown(unionBox(shapes), 0.25f * std::max(k, 0.0f)));
}

Shape subtract(const Shape& a, const Shape& cutter) { return smoothSubtract(a, cutter, 0.0f); }

Shape smoothSubtract(const Shape& a, const Shape& cutter, float k) {
  return Shape(
      [a, cutter, k](const glm::vec3& p) {
        const float da = a(p);
        if (boxDistance(cutter.box(), p) > std::max(k, 0.0f) + std::abs(da)) return da;
        return smoothMax(da, -cutter(p), k);
      },
      a.box());
}

Shape intersect(const Shape& a, const Shape& b) { return smoothIntersect(a, b, 0.0f); }

Shape smoothIntersect(const Shape& a, const Shape& b, float k) {
  return Shape([a, b, k](const glm::vec3& p) { return smoothMax(a(p), b(p), k); },
               intersectionBox(a.box(), b.box()));
}

Shape offset(const Shape& a, float amount) {
  return Shape([a, amount](const glm::vec3& p) { return a(p) - amount; }, grown(a.box(), std::max(amount, 0.0f)));
}

Shape transformed(const Shape& a, const glm::mat4& worldFromLocal) {
  const glm::mat4 localFromWorld = glm::inverse(worldFromLocal);
  return Shape([a, localFromWorld](const glm::vec3& p) { return a(glm::vec3(localFromWorld * glm::vec4(p, 1.0f))); },
               a.box().transformed(worldFromLocal));
}

Shape scaled(const Shape& a, const glm::vec3& centre, const glm::vec3& factors) {
  const float minFactor = std::min(factors.x, std::min(factors.y, factors.z));
  Bounds box;
  box.extend(centre + (a.box().min - centre) * factors);
  box.extend(centre + (a.box().max - centre) * factors);
  return Shape([=](const glm::vec3& p) { return a(centre + (p - centre) / factors) * minFactor; }, box);
}

Shape displaced(const Shape& a, const Field& displacement, float maxAbsDisplacement) {
  return Shape([a, displacement](const glm::vec3& p) { return a(p) + displacement(p); },
               grown(a.box(), maxAbsDisplacement));
}

glm::vec3 gradient(const Shape& s, const glm::vec3& p, float eps) {
  const glm::vec3 dx(eps, 0.0f, 0.0f), dy(0.0f, eps, 0.0f), dz(0.0f, 0.0f, eps);
  return glm::vec3(s(p + dx) - s(p - dx), s(p + dy) - s(p - dy), s(p + dz) - s(p - dz)) / (2.0f * eps);
}

glm::vec3 normalAt(const Shape& s, const glm::vec3& p) {
  const glm::vec3 g = gradient(s, p);
  const float len = glm::length(g);
  return len > 1e-12f ? g / len : glm::vec3(0.0f, 1.0f, 0.0f);
}

}  // namespace geometry::sdf
