// Small geometric searches the landmarks are found with: extreme vertices, tangent points
// in the lateral projection, section centres and ray hits on a field.
#pragma once

#include "anatomy/atlas.h"
#include "geometry/sdf.h"

#include <limits>
#include <string>
#include <vector>

namespace modelgen {

const geometry::Mesh& meshOf(const anatomy::Atlas& atlas, const std::string& id);
std::vector<glm::vec3> morphedPositions(const geometry::Mesh& mesh, const std::string& target);

glm::vec3 centroid(const std::vector<glm::vec3>& points);
glm::vec3 extremePoint(const std::vector<glm::vec3>& points, const glm::vec3& dir,
                       float yMin = std::numeric_limits<float>::lowest(), float yMax = std::numeric_limits<float>::max());
glm::vec3 lowestPoint(const std::vector<glm::vec3>& points, float xMin, float xMax);
// Centre of the section of a mesh's vertices at height y (mid-range in x and z).
glm::vec3 sectionCentre(const std::vector<glm::vec3>& points, float y);
// Same, keeping only vertices behind foot-coordinate z = maxFootZ.
glm::vec3 sectionCentreX(const std::vector<glm::vec3>& points, float y, float maxFootZ);
// Where the ray from an inside point along dir leaves the shape.
glm::vec3 surfacePoint(const geometry::sdf::Shape& shape, const glm::vec3& inside, const glm::vec3& dir);

// Calcaneus (points in model coordinates, searches in the lateral projection).
struct PlantarTangent {
  glm::vec3 posterior, anterior;  // the line under the tuberosity and the anterior tubercle
};
PlantarTangent plantarTangent(const std::vector<glm::vec3>& calcaneus);
glm::vec3 calcaneocuboidInferior(const std::vector<glm::vec3>& calcaneus);
// Fowler-Philip's posterior line: it touches the tuberosity below the insertion and the
// posterosuperior prominence (bursal projection) above it.
struct PosteriorTangent {
  glm::vec3 tuberosity, prominence;
};
PosteriorTangent posteriorTangent(const std::vector<glm::vec3>& calcaneus);
// Posterior edge of the posterior talar facet: the most posterior calcaneal vertex that
// faces the talus across the joint space.
glm::vec3 posteriorFacetLip(const std::vector<glm::vec3>& calcaneus, const geometry::sdf::Shape& talus);

// Where the calcific spur leaves the calcaneal cortex.
glm::vec3 spurBase(const geometry::sdf::Shape& calcaneus);

// Centre of the Achilles band at a height in foot coordinates.
glm::vec3 tendonCentreAt(float footY);

}  // namespace modelgen
