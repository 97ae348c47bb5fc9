// The promises the case and lesson fuzz targets check on arbitrary text: the reader fails
// only with io::LoadError (any other exception escapes and libFuzzer reports it), its
// messages are one line, and whatever it accepts, the writer's encoding reads back equal.
#pragma once

#include "io/model_loader.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace fuzz {

[[noreturn]] inline void broken(const char* reader, const char* promise, const std::string& detail) {
  std::fprintf(stderr, "%s reader broke a promise: %s\n%s\n", reader, promise, detail.c_str());
  std::abort();
}

// parse(text, name) -> T; encode(T) -> text; check(T, text) adds the reader's own promises.
template <typename Parse, typename Encode, typename Check>
void checkRoundTrip(const char* reader, const std::string& text, const std::string& extension, Parse parse,
                    Encode encode, Check check) {
  decltype(parse(text, extension)) value;
  try {
    value = parse(text, "fuzz" + extension);
  } catch (const io::LoadError& e) {
    if (std::string(e.what()).find('\n') != std::string::npos) broken(reader, "messages are one line", e.what());
    return;
  }
  check(value, text);
  const std::string encoded = encode(value);
  try {
    if (!(parse(encoded, "encoded" + extension) == value))
      broken(reader, "what the writer encodes reads back equal", encoded);
  } catch (const io::LoadError& e) {
    broken(reader, "what the writer encodes, the reader accepts", std::string(e.what()) + "\n" + encoded);
  }
}

}  // namespace fuzz
