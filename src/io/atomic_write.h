// Saving a user's file so that it is never lost or truncated: the new content goes to a
// temporary file in the same folder, is flushed to disk, and only then renamed over the
// old one. If anything fails, the old file is exactly as it was and the temporary is gone.
#pragma once

#include "io/file_error.h"

#include <cstddef>
#include <stdexcept>
#include <string>

namespace io {

class WriteError : public FileError {
 public:
  using FileError::FileError;
};

// Replaces (or creates) path with content. An existing file keeps its permissions; a new
// one gets the usual 0666 less the umask. Symbolic links are followed, a chain of them
// too, so the file at the end is replaced and every link stays. A target that exists and
// is not a regular file (a folder, a FIFO, a device node, a socket) is refused untouched.
// The temporary ".NAME.saving-PID-N" is created exclusively (O_EXCL | O_NOFOLLOW), so a
// planted file or link of that name is never written through. After a save, temporaries
// of the same target left by an interrupted save are removed (see removeStaleTemporaries).
// Throws WriteError naming path and the reason.
void writeFileAtomically(const std::string& path, const std::string& content);
void writeFileAtomically(const std::string& path, const void* data, std::size_t size);

// Removes ".NAME.saving-PID-N" files beside target that an interrupted save left: only
// names of exactly that pattern for this target, only regular files (never links), and
// only those whose process is gone or that are older than a day (a pid can be reused).
// A save in progress in a live process is left alone. Returns how many were removed.
std::size_t removeStaleTemporaries(const std::string& target);

}  // namespace io
