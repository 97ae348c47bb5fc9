// libFuzzer target: io::parseCase on arbitrary text. Besides "no crash", it checks the
// reader's promises: it fails only with io::LoadError (any other exception escapes and
// libFuzzer reports it), and whatever it accepts, the writer's encoding reads back equal.
#include "io/case_file.h"
#include "io/model_loader.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void broken(const char* promise, const std::string& detail) {
  std::fprintf(stderr, "case reader broke a promise: %s\n%s\n", promise, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  anatomy::CaseRecord record;
  try {
    record = io::parseCase(text, "fuzz.aacase");
  } catch (const io::LoadError& e) {
    if (std::string(e.what()).find('\n') != std::string::npos) broken("messages are one line", e.what());
    return 0;
  }
  const std::string encoded = io::encodeCase(record);
  try {
    if (!(io::parseCase(encoded, "encoded.aacase") == record)) broken("a written case reads back equal", encoded);
  } catch (const io::LoadError& e) {
    broken("what the writer encodes, the reader accepts", std::string(e.what()) + "\n" + encoded);
  }
  return 0;
}
