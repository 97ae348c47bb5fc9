// Saving a user's file so that it is never lost or truncated: the new content goes to a
// temporary file in the same folder, is flushed to disk, and only then renamed over the
// old one. If anything fails, the old file is exactly as it was and the temporary is gone.
#pragma once

#include "io/file_error.h"

#include <stdexcept>
#include <string>

namespace io {

class WriteError : public FileError {
 public:
  using FileError::FileError;
};

// Replaces (or creates) path with content. An existing file keeps its permissions; a new
// one gets the usual 0666 less the umask. A symbolic link is followed, so the file it
// points at is replaced and the link stays. Throws WriteError naming path and the reason.
void writeFileAtomically(const std::string& path, const std::string& content);

}  // namespace io
