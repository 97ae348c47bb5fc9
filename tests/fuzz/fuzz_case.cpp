// libFuzzer target: io::parseCase on arbitrary text, with the promises of fuzz_round_trip.h.
#include "fuzz_round_trip.h"
#include "io/case_file.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::checkRoundTrip(
      "case", std::string(reinterpret_cast<const char*>(data), size), ".aacase", io::parseCase, io::encodeCase,
      [](const anatomy::CaseRecord&, const std::string&) {});
  return 0;
}
