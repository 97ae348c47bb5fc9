#include "io/orientation.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace io {

namespace {

std::string lowerTrimmed(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (!std::isspace(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

const char* axisLabel(UpAxis up) {
  switch (up) {
    case UpAxis::PosY: return "Y-up";
    case UpAxis::NegY: return "-Y-up";
    case UpAxis::PosZ: return "Z-up";
    case UpAxis::NegZ: return "-Z-up";
    case UpAxis::PosX: return "X-up";
    case UpAxis::NegX: return "-X-up";
    case UpAxis::Auto: break;
  }
  return "auto";
}

std::string scaleText(double factor) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", factor);
  return buf;
}

void appendNote(std::string& note, const std::string& part) {
  if (part.empty()) return;
  if (!note.empty()) note += "; ";
  note += part;
}

struct UpChoice {
  UpAxis up;
  std::string note;
};

UpChoice chooseUp(UpAxis requested, const FrameHints& hints, const glm::vec3& extent) {
  if (requested != UpAxis::Auto) {
    if (requested == UpAxis::PosY) return {requested, ""};
    return {requested, std::string("up axis set to ") + axisLabel(requested) + "; rotated to Y-up"};
  }
  if (hints.source == FrameSource::Gltf || hints.source == FrameSource::Collada) return {UpAxis::PosY, ""};
  if (hints.declaredUp) {
    const UpAxis up = *hints.declaredUp;
    if (up == UpAxis::PosY) return {up, ""};
    return {up, std::string("file declares ") + axisLabel(up) + "; rotated to Y-up"};
  }
  const UpAxis up = detectUpAxis(extent);
  if (up == UpAxis::PosY) return {up, ""};
  return {up, std::string("detected ") + axisLabel(up) + "; rotated to Y-up"};
}

struct UnitChoice {
  Units units;
  double mmPerUnit;
  std::string note;
};

UnitChoice chooseUnits(Units requested, const FrameHints& hints, float largestExtent) {
  if (requested != Units::Auto) {
    const double mm = millimetresPerUnit(requested);
    if (requested == Units::Millimetres) return {requested, mm, ""};
    return {requested, mm,
            std::string("units set to ") + unitsName(requested) + "; scaled x" + scaleText(mm) + " to millimetres"};
  }
  if (hints.source == FrameSource::Fbx && hints.declaredMmPerUnit) {
    const double mm = *hints.declaredMmPerUnit;
    const Units named = nearestUnits(mm);
    const bool exact = std::fabs(mm / millimetresPerUnit(named) - 1.0) < 1e-6;
    if (exact && named == Units::Millimetres) return {named, mm, ""};
    const std::string declared = exact ? unitsName(named) : scaleText(mm) + " mm per unit";
    return {named, mm, "file declares " + declared + "; scaled x" + scaleText(mm) + " to millimetres"};
  }
  const Units units = detectUnits(largestExtent);
  if (units == Units::Millimetres) return {units, 1.0, ""};
  const double mm = millimetresPerUnit(units);
  return {units, mm, std::string("detected ") + unitsName(units) + "; scaled x" + scaleText(mm) + " to millimetres"};
}

}  // namespace

std::optional<UpAxis> parseUpAxis(const std::string& s) {
  const std::string key = lowerTrimmed(s);
  if (key == "auto") return UpAxis::Auto;
  if (key == "y" || key == "+y") return UpAxis::PosY;
  if (key == "-y") return UpAxis::NegY;
  if (key == "z" || key == "+z") return UpAxis::PosZ;
  if (key == "-z") return UpAxis::NegZ;
  if (key == "x" || key == "+x") return UpAxis::PosX;
  if (key == "-x") return UpAxis::NegX;
  return std::nullopt;
}

std::optional<Units> parseUnits(const std::string& s) {
  const std::string key = lowerTrimmed(s);
  if (key == "auto") return Units::Auto;
  if (key == "mm" || key == "millimetres" || key == "millimeters") return Units::Millimetres;
  if (key == "cm" || key == "centimetres" || key == "centimeters") return Units::Centimetres;
  if (key == "m" || key == "metres" || key == "meters") return Units::Metres;
  if (key == "in" || key == "inch" || key == "inches") return Units::Inches;
  return std::nullopt;
}

const char* upAxisId(UpAxis up) {
  switch (up) {
    case UpAxis::Auto: return "auto";
    case UpAxis::PosY: return "y";
    case UpAxis::NegY: return "-y";
    case UpAxis::PosZ: return "z";
    case UpAxis::NegZ: return "-z";
    case UpAxis::PosX: return "x";
    case UpAxis::NegX: return "-x";
  }
  return "auto";
}

const char* unitsId(Units units) {
  switch (units) {
    case Units::Auto: return "auto";
    case Units::Millimetres: return "mm";
    case Units::Centimetres: return "cm";
    case Units::Metres: return "m";
    case Units::Inches: return "in";
  }
  return "auto";
}

const char* unitsName(Units units) {
  switch (units) {
    case Units::Auto: return "automatic";
    case Units::Millimetres: return "millimetres";
    case Units::Centimetres: return "centimetres";
    case Units::Metres: return "metres";
    case Units::Inches: return "inches";
  }
  return "automatic";
}

double millimetresPerUnit(Units units) {
  switch (units) {
    case Units::Centimetres: return 10.0;
    case Units::Metres: return 1000.0;
    case Units::Inches: return 25.4;
    case Units::Auto:
    case Units::Millimetres: break;
  }
  return 1.0;
}

FrameSource frameSourceForExtension(const std::string& extension) {
  const std::string ext = lowerTrimmed(extension);
  if (ext == ".gltf" || ext == ".glb") return FrameSource::Gltf;
  if (ext == ".dae" || ext == ".zae") return FrameSource::Collada;
  if (ext == ".fbx") return FrameSource::Fbx;
  return FrameSource::Generic;
}

UpAxis detectUpAxis(const glm::vec3& extent) {
  return (extent.z > 1.3f * extent.y && extent.z >= extent.x) ? UpAxis::PosZ : UpAxis::PosY;
}

Units detectUnits(float largestExtent) { return largestExtent < 3.0f ? Units::Metres : Units::Millimetres; }

glm::mat3 rotationToYUp(UpAxis up) {
  // Columns are where the file's X, Y and Z axes end up.
  switch (up) {
    case UpAxis::NegY: return glm::mat3(glm::vec3(-1, 0, 0), glm::vec3(0, -1, 0), glm::vec3(0, 0, 1));
    case UpAxis::PosZ: return glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, 0, -1), glm::vec3(0, 1, 0));
    case UpAxis::NegZ: return glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, 0, 1), glm::vec3(0, -1, 0));
    case UpAxis::PosX: return glm::mat3(glm::vec3(0, 1, 0), glm::vec3(-1, 0, 0), glm::vec3(0, 0, 1));
    case UpAxis::NegX: return glm::mat3(glm::vec3(0, -1, 0), glm::vec3(1, 0, 0), glm::vec3(0, 0, 1));
    case UpAxis::Auto:
    case UpAxis::PosY: break;
  }
  return glm::mat3(1.0f);
}

std::optional<UpAxis> upAxisFromMetadata(int axis, int sign) {
  if (sign != 1 && sign != -1) return std::nullopt;
  switch (axis) {
    case 0: return sign > 0 ? UpAxis::PosX : UpAxis::NegX;
    case 1: return sign > 0 ? UpAxis::PosY : UpAxis::NegY;
    case 2: return sign > 0 ? UpAxis::PosZ : UpAxis::NegZ;
    default: return std::nullopt;
  }
}

Units nearestUnits(double mmPerUnit) {
  Units best = Units::Millimetres;
  double bestDistance = INFINITY;
  for (Units u : {Units::Millimetres, Units::Centimetres, Units::Metres, Units::Inches}) {
    const double d = std::fabs(std::log(mmPerUnit / millimetresPerUnit(u)));
    if (d < bestDistance) {
      bestDistance = d;
      best = u;
    }
  }
  return best;
}

FrameDecision decideFrame(UpAxis requestedUp, Units requestedUnits, const FrameHints& hints,
                          const geometry::Bounds& fileBounds) {
  const glm::vec3 extent = fileBounds.size();
  const UpChoice up = chooseUp(requestedUp, hints, extent);
  const UnitChoice units = chooseUnits(requestedUnits, hints, fileBounds.largestExtent());
  FrameDecision d;
  d.up = up.up;
  d.units = units.units;
  d.mmPerUnit = units.mmPerUnit;
  const glm::mat3 linear = rotationToYUp(up.up) * static_cast<float>(units.mmPerUnit);
  d.toModel = glm::mat4(linear);
  appendNote(d.note, units.note);
  appendNote(d.note, up.note);
  return d;
}

}  // namespace io
