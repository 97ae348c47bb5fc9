// The binary message the isolated importer sends back through its pipe: either an
// ImportedScene or an ImportError. Decoding checks every count against the bytes actually
// present before allocating, so a damaged or hostile message cannot trigger a huge allocation.
#pragma once

#include "io/imported_scene.h"

#include <cstddef>
#include <vector>

namespace io::detail {

// Where the encoder writes; the child process streams straight into its pipe.
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual void write(const void* data, std::size_t size) = 0;
};

class VectorSink : public ByteSink {
 public:
  void write(const void* data, std::size_t size) override;
  std::vector<unsigned char> bytes;
};

void encodeScene(const ImportedScene& scene, ByteSink& sink);
void encodeError(const ImportError& error, ByteSink& sink);

// Returns the scene, rethrows an encoded ImportError, or throws ImportError saying the
// message was damaged (truncated, inconsistent counts, trailing bytes).
ImportedScene decodeMessage(const unsigned char* data, std::size_t size);

}  // namespace io::detail
