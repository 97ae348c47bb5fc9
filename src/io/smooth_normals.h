// Normals for imported meshes that have none, or only the flat per-facet ones STL stores:
// vertices at the same position are welded and shaded smoothly, while edges sharper than a
// crease angle stay hard, so scanned bone looks smooth and a box keeps its corners.
#pragma once

#include "geometry/mesh.h"

namespace io::detail {

// True when every triangle has its own three vertices and they share one normal: the
// faceted layout of STL (and some OBJ/PLY exports).
bool hasFacetedNormals(const geometry::Mesh& mesh);

// Merges vertices with identical positions (and identical morph offsets), then gives each
// triangle corner the area-weighted normal of the neighbouring faces within creaseDegrees
// of its own face; corners that end up with different normals get separate vertices.
void smoothNormals(geometry::Mesh& mesh, float creaseDegrees = 60.0f);

// Keeps the file's normals when they are usable (normalised), otherwise calls
// smoothNormals. Returns true when normals were computed here.
bool prepareNormals(geometry::Mesh& mesh);

}  // namespace io::detail
