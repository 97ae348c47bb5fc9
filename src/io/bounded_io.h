// The file access Assimp gets while importing a user's model: every file it opens is read
// only up to the size limit (counted on the bytes actually read, so a file that grows
// while it is read cannot pass it), and only files in the model's own folder (or below)
// are opened, so a glTF buffer URI like "../../etc/passwd" reads nothing.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace Assimp {
class IOSystem;
}

namespace io::detail {

// What the bounded file access refused; read after the import, to explain its failure.
struct BoundedIoReport {
  std::string outsideFolder;  // the first file refused for lying outside the model's folder
  std::string tooLarge;       // the first file that passed the size limit while being read
};

// An IOSystem for Assimp::Importer::SetIOHandler (which takes ownership). modelPath is the
// file being imported; report must outlive the importer's use of it.
Assimp::IOSystem* makeBoundedIoSystem(const std::string& modelPath, std::uint64_t maxFileBytes,
                                      BoundedIoReport& report);

// Whether path lies inside folder once both are resolved (links, "..", relative parts).
bool insideFolder(const std::string& path, const std::string& folder);

}  // namespace io::detail
