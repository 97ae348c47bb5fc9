// libFuzzer target: app::parseOptions with an argv made from the input split at NUL bytes
// (argv[0] is always "ankle-atlas"). Only crashes and sanitizer reports count; the exit
// code must be one of the documented ones.
#include "app/options.h"

#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return -1;
  std::vector<std::string> args{"ankle-atlas"};
  std::string current;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      args.push_back(current);
      current.clear();
    } else {
      current.push_back(static_cast<char>(data[i]));
    }
  }
  if (!current.empty() || (size > 0 && data[size - 1] != 0)) args.push_back(current);
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  argv.push_back(nullptr);

  int exitCode = -1;
  const auto options = app::parseOptions(static_cast<int>(args.size()), argv.data(), exitCode);
  if (exitCode != app::kExitOk && exitCode != app::kExitBadInput) std::abort();
  if (options && (options->width < 16 || options->height < 16 || options->width > 8192 || options->height > 8192))
    std::abort();  // --size promises this range
  return 0;
}
