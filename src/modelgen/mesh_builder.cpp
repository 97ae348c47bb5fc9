// Polygonises a structure once (on the envelope of its morph states) and derives the rest
// shape and every morph target from that one mesh, so all share vertices and triangles.
#include "geometry/polygonise.h"
#include "modelgen/generator.h"

namespace modelgen {

namespace {

std::vector<glm::vec3> statePositions(const std::vector<glm::vec3>& envelope, const Shape& shape, const PointMap& map,
                                      int threads) {
  std::vector<glm::vec3> out = envelope;
  if (map) {
    for (glm::vec3& p : out) p = map(p);
  } else if (shape.valid()) {
    geometry::projectOntoSurface(out, shape, 8, threads);
  }
  return out;
}

// Area-weighted vertex normals of a moved copy of the mesh.
std::vector<glm::vec3> triangleNormals(const std::vector<glm::vec3>& positions, const std::vector<std::uint32_t>& indices) {
  geometry::Mesh m;
  m.positions = positions;
  m.indices = indices;
  geometry::computeNormals(m);
  return m.normals;
}

}  // namespace

anatomy::Structure buildStructure(const StructureSpec& spec, int threads) {
  geometry::PolygoniseOptions options;
  options.cellSize = spec.cellSize;
  options.targetEdge = spec.targetEdge;
  options.threads = threads;
  anatomy::Structure s;
  s.id = spec.id;
  s.name = spec.name;
  s.category = spec.category;
  s.side = anatomy::Side::Right;
  s.mesh = geometry::polygonise(spec.shape, options);
  if (spec.morphs.empty() && !spec.rest.valid() && !spec.restMap) return s;

  const std::vector<glm::vec3> envelope = s.mesh.positions;
  const std::vector<glm::vec3> envelopeNormals = s.mesh.normals;
  const std::vector<glm::vec3> rest = statePositions(envelope, spec.rest, spec.restMap, threads);
  // A uniform scale keeps normals; otherwise the rest surface's own gradient gives them.
  std::vector<glm::vec3> restNormals =
      spec.rest.valid() ? geometry::fieldNormals(rest, spec.rest, threads) : envelopeNormals;
  geometry::repairNormals(rest, s.mesh.indices, restNormals);
  for (const MorphSpec& m : spec.morphs) {
    const std::vector<glm::vec3> full = statePositions(envelope, m.shape, m.map, threads);
    std::vector<glm::vec3> fullNormals = m.map ? envelopeNormals : geometry::fieldNormals(full, m.shape, threads);
    if (m.map && m.smoothNormals) fullNormals = triangleNormals(full, s.mesh.indices);
    geometry::repairNormals(full, s.mesh.indices, fullNormals);
    geometry::MorphTarget target;
    target.name = m.target;
    target.positionDeltas.resize(full.size());
    target.normalDeltas.resize(full.size());
    for (std::size_t i = 0; i < full.size(); ++i) {
      target.positionDeltas[i] = full[i] - rest[i];
      target.normalDeltas[i] = fullNormals[i] - restNormals[i];
    }
    s.mesh.morphs.push_back(std::move(target));
  }
  s.mesh.positions = rest;
  s.mesh.normals = restNormals;
  return s;
}

}  // namespace modelgen
