// Building blocks shared by the foot bones: carving a bone by its neighbours (so joint
// surfaces match across an even space), and the parts of the small long bones (a waisted
// shaft, a pulley-shaped head) laid out in a bone's own frame.
#pragma once

#include "geometry/sdf.h"
#include "modelgen/layout.h"

#include <initializer_list>
#include <vector>

namespace modelgen {

using geometry::sdf::Shape;

// The bone minus each neighbour grown by the joint space.
Shape carve(const Shape& bone, std::initializer_list<Shape> neighbours, float gap = kJointGap);

// A bone's own frame: origin, and unit axes side (medial-lateral), up (dorsal) and along.
struct BoneFrame {
  glm::vec3 origin;
  glm::vec3 side, up, along;
  glm::vec3 at(float alongMm, float upMm = 0.0f, float sideMm = 0.0f) const {
    return origin + alongMm * along + upMm * up + sideMm * side;
  }
  glm::mat3 axes() const { return glm::mat3(side, up, along); }
};
BoneFrame boneFrame(const glm::vec3& origin, const glm::vec3& along);

// One station of a shaft: position along the bone, dorsal offset of its centre, and the
// half width and half height of its (elliptical) section.
struct ShaftStation {
  float along, lift, halfWidth, halfHeight;
};
// A smooth shaft through the stations (Catmull-Rom resampled, so no kinks).
Shape shaft(const BoneFrame& f, const std::vector<ShaftStation>& stations);

// One station of a long bone's shaft with a real cross-section: at height y along the
// bone's axis, a triangle (x, z in the bone's frame; its corners are the bone's borders)
// rounded by "round". The corners lie "round" inside the outer surface.
struct ShaftSection {
  float y;
  glm::vec2 corners[3];
  float round;
};
// A shaft through the sections (Catmull-Rom in y, so its borders run without kinks or
// rings), in the frame given by origin and axes (x, y, z columns), capped at the first
// and last section's heights.
Shape sectionedShaft(const glm::vec3& origin, const glm::mat3& axes, const std::vector<ShaftSection>& sections);

// A pulley (trochlea): a transverse roll of the given sagittal radius and half width,
// with a shallow median groove, centred at "centre" with its axis along f.side.
Shape trochlea(const BoneFrame& f, const glm::vec3& centre, float radius, float halfWidth, float grooveDepth);

// A bone roughed out from three views, as a carver cuts a blank: the intersection of three
// rounded prisms whose outlines are drawn in the frame's (side, up) plane seen from the
// front, its (along, up) plane seen from the side and its (side, along) plane seen from above.
// "fullness" > 0 also trims it to an ellipsoid that many times its half size, so its faces
// dome and its corners round off as on a real bone.
using Outline = std::vector<glm::vec2>;
Shape blockFromViews(const BoneFrame& f, const Outline& front, const Outline& side, const Outline& top, float rounding,
                     float blend, float fullness = 0.0f);

}  // namespace modelgen
