// Reading model files (OBJ, STL, PLY, glTF/GLB, FBX, DAE, ... through Assimp) into an
// anatomy::Atlas. Every failure becomes a LoadError naming the file and the reason.
#pragma once

#include "anatomy/atlas.h"

#include <cstdint>
#include <functional>
#include <optional>
#include "io/file_error.h"

#include <stdexcept>
#include <string>

namespace io {

enum class UpAxis { Auto, PosY, NegY, PosZ, NegZ, PosX, NegX };
enum class Units { Auto, Millimetres, Centimetres, Metres, Inches };

std::optional<UpAxis> parseUpAxis(const std::string& s);  // auto, y, -y, z, -z, x, -x
std::optional<Units> parseUnits(const std::string& s);    // auto, mm, cm, m, in

struct LoadOptions {
  UpAxis up = UpAxis::Auto;
  Units units = Units::Auto;
  std::uint64_t maxFileBytes = 512ull << 20;        // refuse larger files up front
  std::uint64_t maxTriangles = 20'000'000;          // refuse scenes larger than this
  bool isolate = true;  // import in a child process so an importer crash cannot take the app down
  int timeoutSeconds = 60;  // isolated imports only: the child's processor time (the clock: 3x)
  std::uint64_t maxImportMemoryBytes = 6ull << 30;  // isolated imports only: address space the child may add
  // Isolated imports only: runs in this process while the child imports (the command line
  // starts OpenGL there). It may not run at all, for example when the file is refused first.
  std::function<void()> whileImporting;
};

// What the loader decided about a user's file (shown in the UI and in --list-structures).
struct LoadReport {
  UpAxis upUsed = UpAxis::PosY;
  Units unitsUsed = Units::Millimetres;
  std::size_t droppedTriangles = 0;  // degenerate or non-finite, removed
  std::string note;                  // e.g. "detected metres; scaled x1000 to millimetres"
  double scaleToMillimetres = 1.0;   // the factor applied to the file's coordinates
};

class LoadError : public FileError {
 public:
  using FileError::FileError;
};

// Loads a file into an atlas in model space (mm, +Y up). Throws LoadError. Only the unit
// scale and the up-axis rotation are applied: the model is not re-centred or put on the
// floor (the camera frames whatever bounds it has). When <dir>/<stem>.manifest.json exists
// beside the file it is applied on top (names, categories, landmarks, joints).
anatomy::Atlas loadModel(const std::string& path, const LoadOptions& options = {}, LoadReport* report = nullptr);

}  // namespace io
