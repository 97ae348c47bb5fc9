// libFuzzer target: io::loadModel in-process (isolate = false) on small files. Assimp is a
// system library without instrumentation, so a crash inside it shows up as a SEGV whose
// top frames are in libassimp.so: scripts/fuzz.sh reports those as Assimp bugs and checks
// that the real app (which imports in a child process) survives them.
#include "fuzz_formats.h"
#include "io/model_loader.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

// One scratch folder per process (fork mode runs several), removed at normal exit.
const fs::path& scratchDir() {
  static const fs::path dir = [] {
    const char* base = std::getenv("TMPDIR");
    fs::path d = fs::path(base && *base ? base : "/tmp") / ("aa-fuzz-model-" + std::to_string(getpid()));
    fs::create_directories(d);
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(scratchDir(), ec);
    });
    return d;
  }();
  return dir;
}

io::LoadOptions optionsFor(std::uint8_t selector) {
  static constexpr io::UpAxis kUp[] = {io::UpAxis::Auto, io::UpAxis::PosY, io::UpAxis::NegY, io::UpAxis::PosZ,
                                       io::UpAxis::NegZ, io::UpAxis::PosX, io::UpAxis::NegX, io::UpAxis::Auto};
  static constexpr io::Units kUnits[] = {io::Units::Auto, io::Units::Millimetres, io::Units::Metres,
                                         io::Units::Inches};
  io::LoadOptions o;
  o.isolate = false;
  o.up = kUp[fuzz::upIndexOf(selector)];
  o.units = kUnits[fuzz::unitsIndexOf(selector)];
  o.maxFileBytes = fuzz::kMaxModelInputBytes;
  o.maxTriangles = 200'000;  // keeps one execution well under a second
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2 || size > fuzz::kMaxModelInputBytes) return -1;  // -1: not added to the corpus
  const fs::path file = scratchDir() / (std::string("input") + fuzz::kModelExtensions[fuzz::formatIndexOf(data[0])]);
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    if (!out) std::abort();  // a full disk must not look like a clean run
  }
  try {
    io::loadModel(file.string(), optionsFor(data[0]));
  } catch (const io::LoadError&) {
    // Refusing a file with a message is the expected outcome for most inputs.
  }
  return 0;
}
