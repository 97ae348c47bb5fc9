// Checks made on a model file before any importer opens it: it exists, is a readable regular
// file, is not empty, is within the size limit and has an extension some importer reads.
// Each failure is a LoadError with a one-line reason.
#pragma once

#include "io/model_loader.h"

#include <cstdint>
#include <string>

namespace io::detail {

struct FileFacts {
  std::uint64_t size = 0;
  std::string extension;  // lower case with the dot (".stl"), "" when the name has none
};

FileFacts checkModelFile(const std::string& path, const LoadOptions& options);

// The short list quoted when an extension is refused.
const char* supportedFormatsText();

}  // namespace io::detail
