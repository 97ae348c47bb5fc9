// Cleaning imported meshes before anything else sees them: triangles with bad indices,
// non-finite corners or zero area are removed (and counted), as are vertices nothing uses,
// so the renderer, picking and bounds can trust every number.
#pragma once

#include "geometry/mesh.h"

#include <cstddef>

namespace io::detail {

// Removes triangles whose indices are out of range or repeated, whose corners are not
// finite, or whose area is zero (at rest and in every morph target); then drops unused
// vertices. Non-finite normals clear the
// normals (they get recomputed); non-finite morph offsets become zero. Returns how many
// triangles were removed.
std::size_t sanitiseMesh(geometry::Mesh& mesh);

// True when the mesh has finite positions everywhere (used after scaling, which can overflow).
bool allFinite(const geometry::Mesh& mesh);

}  // namespace io::detail
