#include "modelgen/landmark_tools.h"

#include "modelgen/hindfoot.h"
#include "modelgen/soft_tissue.h"

#include <stdexcept>

namespace modelgen {

namespace {
float footZ(const glm::vec3& p) { return p.z - kAnkleCentre.z; }
float footY(const glm::vec3& p) { return p.y; }
}  // namespace

const geometry::Mesh& meshOf(const anatomy::Atlas& atlas, const std::string& id) {
  const anatomy::Structure* s = atlas.find(id);
  if (!s) throw std::logic_error("generator: no structure " + id);
  return s->mesh;
}

std::vector<glm::vec3> morphedPositions(const geometry::Mesh& mesh, const std::string& target) {
  std::vector<glm::vec3> out = mesh.positions;
  for (const geometry::MorphTarget& t : mesh.morphs)
    if (t.name == target)
      for (std::size_t i = 0; i < out.size(); ++i) out[i] += t.positionDeltas[i];
  return out;
}

glm::vec3 centroid(const std::vector<glm::vec3>& points) {
  glm::dvec3 sum(0.0);
  for (const glm::vec3& p : points) sum += glm::dvec3(p);
  return points.empty() ? glm::vec3(0.0f) : glm::vec3(sum / static_cast<double>(points.size()));
}

glm::vec3 extremePoint(const std::vector<glm::vec3>& points, const glm::vec3& dir, float yMin, float yMax) {
  glm::vec3 best(0.0f);
  float bestDot = std::numeric_limits<float>::lowest();
  for (const glm::vec3& p : points) {
    if (p.y < yMin || p.y > yMax) continue;
    const float d = glm::dot(p, dir);
    if (d > bestDot) {
      bestDot = d;
      best = p;
    }
  }
  return best;
}

glm::vec3 lowestPoint(const std::vector<glm::vec3>& points, float xMin, float xMax) {
  glm::vec3 best(0.0f, std::numeric_limits<float>::max(), 0.0f);
  for (const glm::vec3& p : points)
    if (p.x >= xMin && p.x <= xMax && p.y < best.y) best = p;
  return best;
}

glm::vec3 sectionCentreX(const std::vector<glm::vec3>& points, float y, float maxFootZ) {
  glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
  for (const glm::vec3& p : points) {
    if (std::abs(p.y - y) > 1.5f || footZ(p) > maxFootZ) continue;
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  return {0.5f * (lo.x + hi.x), y, 0.5f * (lo.z + hi.z)};
}

glm::vec3 sectionCentre(const std::vector<glm::vec3>& points, float y) {
  return sectionCentreX(points, y, std::numeric_limits<float>::max());
}

glm::vec3 surfacePoint(const geometry::sdf::Shape& shape, const glm::vec3& inside, const glm::vec3& dir) {
  const glm::vec3 d = glm::normalize(dir);
  float lo = 0.0f, hi = 0.0f;
  for (float t = 0.0f; t < 150.0f; t += 0.25f) {
    if (shape(inside + t * d) > 0.0f) {
      hi = t;
      break;
    }
    lo = t;
  }
  for (int i = 0; i < 40; ++i) {
    const float mid = 0.5f * (lo + hi);
    (shape(inside + mid * d) > 0.0f ? hi : lo) = mid;
  }
  return inside + 0.5f * (lo + hi) * d;
}

PlantarTangent plantarTangent(const std::vector<glm::vec3>& calcaneus) {
  glm::vec3 posterior(0.0f, std::numeric_limits<float>::max(), 0.0f);
  for (const glm::vec3& p : calcaneus)
    if (footZ(p) < -20.0f && p.y < posterior.y) posterior = p;
  glm::vec3 anterior = posterior;
  for (int round = 0; round < 3; ++round) {
    float best = std::numeric_limits<float>::max();
    for (const glm::vec3& p : calcaneus) {
      if (p.z < posterior.z + 25.0f) continue;
      const float slope = (p.y - posterior.y) / (p.z - posterior.z);
      if (slope < best) {
        best = slope;
        anterior = p;
      }
    }
    best = std::numeric_limits<float>::lowest();
    for (const glm::vec3& p : calcaneus) {
      if (p.z > anterior.z - 25.0f) continue;
      const float slope = (anterior.y - p.y) / (anterior.z - p.z);
      if (slope > best) {
        best = slope;
        posterior = p;
      }
    }
  }
  return {posterior, anterior};
}

glm::vec3 calcaneocuboidInferior(const std::vector<glm::vec3>& calcaneus) {
  const glm::vec3 n = glm::normalize(glm::vec3(0.25f, 0.05f, 1.0f));
  glm::vec3 best(0.0f, std::numeric_limits<float>::max(), 0.0f);
  for (const glm::vec3& p : calcaneus)
    if (glm::dot(p - kCalcaneocuboidFace, n) > -3.0f && p.y < best.y) best = p;
  return best;
}

PosteriorTangent posteriorTangent(const std::vector<glm::vec3>& calcaneus) {
  // The prominence is the bone's extreme up and back behind the posterior facet (its height
  // also gives the parallel pitch lines); the line from it touches the tuberosity below the
  // insertion's centre, wherever it leans back the most. Heights and depths: foot coordinates.
  constexpr float kBackZ = -38.0f, kProminenceLow = 28.0f, kTuberosityHigh = 27.0f;
  const glm::vec3 upAndBack = glm::normalize(glm::vec3(0.0f, 1.0f, -1.5f));
  PosteriorTangent t{glm::vec3(0.0f), glm::vec3(0.0f)};
  float bestDot = std::numeric_limits<float>::lowest();
  for (const glm::vec3& p : calcaneus) {
    if (footZ(p) > kBackZ || footY(p) < kProminenceLow) continue;
    if (glm::dot(p, upAndBack) > bestDot) {
      bestDot = glm::dot(p, upAndBack);
      t.prominence = p;
    }
  }
  float bestSlope = std::numeric_limits<float>::max();
  t.tuberosity = t.prominence;
  for (const glm::vec3& p : calcaneus) {
    if (footZ(p) > kBackZ || footY(p) > kTuberosityHigh) continue;
    const float slope = (p.z - t.prominence.z) / (t.prominence.y - p.y);
    if (slope < bestSlope) {
      bestSlope = slope;
      t.tuberosity = p;
    }
  }
  return t;
}

glm::vec3 posteriorFacetLip(const std::vector<glm::vec3>& calcaneus, const geometry::sdf::Shape& talus) {
  glm::vec3 best(0.0f, 0.0f, std::numeric_limits<float>::max());
  for (const glm::vec3& p : calcaneus)
    if (p.z < best.z && footY(p) > 40.0f && talus(p) < kJointGap + 0.6f) best = p;
  return best;
}

glm::vec3 spurBase(const geometry::sdf::Shape& calcaneus) {
  return surfacePoint(calcaneus, kSpurRoot, kSpurTip - kSpurRoot);
}

glm::vec3 tendonCentreAt(float footY) {
  const auto& st = kTendonStations;
  std::size_t i = 0;
  while (i + 2 < st.size() && st[i + 1].y < footY) ++i;
  const float t = glm::clamp((footY - st[i].y) / (st[i + 1].y - st[i].y), 0.0f, 1.0f);
  return foot(kCalcaneusMidlineX + glm::mix(st[i].x, st[i + 1].x, t), footY, glm::mix(st[i].z, st[i + 1].z, t));
}

}  // namespace modelgen
