// Deciding the units and the up axis of a model file and the transform into the model frame
// (millimetres, +Y up). Pure functions of bounds and file facts, so they are unit-testable
// without Assimp. Only scale and rotation are applied: the model is not moved to the floor.
#pragma once

#include "geometry/bounds.h"
#include "io/model_loader.h"

#include <glm/glm.hpp>

#include <optional>
#include <string>

namespace io {

const char* upAxisId(UpAxis up);  // "auto", "y", "-y", "z", "-z", "x", "-x"
const char* unitsId(Units units);  // "auto", "mm", "cm", "m", "in"
const char* unitsName(Units units);  // "millimetres", "centimetres", ...
double millimetresPerUnit(Units units);  // Auto counts as millimetres

// How much the file itself says about its frame.
enum class FrameSource {
  Generic,  // STL, OBJ, PLY, ...: nothing reliable; look at the shape
  Gltf,     // +Y up by the glTF specification
  Collada,  // Assimp already turned <up_axis> into +Y up
  Fbx,      // global settings (UpAxis, UnitScaleFactor) when present
};
FrameSource frameSourceForExtension(const std::string& extension);  // ".glb" -> Gltf

struct FrameHints {
  FrameSource source = FrameSource::Generic;
  std::optional<UpAxis> declaredUp;          // from the file's own metadata
  std::optional<double> declaredMmPerUnit;   // from the file's own metadata
};

// Z-up when the Z extent is clearly the largest (over 1.3x the Y extent and at least the X
// extent), otherwise +Y up. Scans and CAD parts are often Z-up; the sign cannot be told.
UpAxis detectUpAxis(const glm::vec3& extent);
// Anatomy is never smaller than 3 mm nor larger than 3 m: under 3 units means metres.
Units detectUnits(float largestExtent);
// The rotation that brings this up axis to +Y (a proper rotation, never a mirror).
glm::mat3 rotationToYUp(UpAxis up);
// Up axis from FBX-style metadata: axis 0/1/2 = X/Y/Z, sign +1/-1.
std::optional<UpAxis> upAxisFromMetadata(int axis, int sign);
// The named unit nearest (on a log scale) to this many millimetres per unit.
Units nearestUnits(double mmPerUnit);

struct FrameDecision {
  UpAxis up = UpAxis::PosY;
  Units units = Units::Millimetres;
  double mmPerUnit = 1.0;
  glm::mat4 toModel{1.0f};  // file coordinates -> model frame
  std::string note;         // "" when nothing changed
};

// requestedUp/requestedUnits come from the options (Auto = decide from hints and bounds).
FrameDecision decideFrame(UpAxis requestedUp, Units requestedUnits, const FrameHints& hints,
                          const geometry::Bounds& fileBounds);

}  // namespace io
