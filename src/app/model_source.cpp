#include "app/model_source.h"

#include "io/file_error.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace app {

namespace fs = std::filesystem;

namespace {
constexpr const char* kModelFile = "foot_ankle.glb";

fs::path executableDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}
}  // namespace

std::string builtInModelPath() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("ANKLE_ATLAS_MODELS")) candidates.emplace_back(env);
  const fs::path exeDir = executableDir();
  if (!exeDir.empty()) {
    candidates.push_back(exeDir / "../share/ankle-atlas/models");
    candidates.push_back(exeDir / "models");
  }
  candidates.emplace_back(AA_INSTALL_MODELS_DIR);
  candidates.emplace_back(AA_SOURCE_MODELS_DIR);
  for (const fs::path& dir : candidates) {
    std::error_code ec;
    const fs::path file = dir / kModelFile;
    if (fs::is_regular_file(file, ec)) return fs::weakly_canonical(file, ec).string();
  }
  return {};
}

bool isShippedExampleCase(const std::string& path) {
  const std::string model = builtInModelPath();
  if (model.empty() || path.empty()) return false;
  std::error_code ec;
  const fs::path folder = fs::weakly_canonical(fs::path(model).parent_path() / "cases", ec);
  const fs::path file = fs::weakly_canonical(path, ec);
  return !ec && file.parent_path() == folder;
}

io::LoadOptions loadOptionsFrom(const AppOptions& options) {
  io::LoadOptions load;
  load.up = io::parseUpAxis(options.up).value_or(io::UpAxis::Auto);
  load.units = io::parseUnits(options.units).value_or(io::Units::Auto);
  load.isolate = !options.noIsolation;
  return load;
}

anatomy::Atlas loadRequestedModel(const AppOptions& options, io::LoadReport* report,
                                  const std::function<void()>& whileImporting) {
  if (!options.file.empty()) {
    io::LoadOptions load = loadOptionsFrom(options);
    load.whileImporting = whileImporting;
    return io::loadModel(options.file, load, report);
  }
  const std::string path = builtInModelPath();
  if (path.empty())
    throw io::LoadError(kModelFile, "the built-in model is missing; reinstall, or run `cmake --build build --target regenerate-model`");
  io::LoadOptions load;  // --up and --units describe FILE, not the built-in model
  load.isolate = !options.noIsolation;
  load.whileImporting = whileImporting;
  anatomy::Atlas atlas = io::loadModel(path, load, report);
  atlas.builtIn = true;
  if (atlas.title.empty()) atlas.title = "Foot, ankle and lower limb (built-in)";
  return atlas;
}

std::string loadFailureMessage(const std::string& path, const std::string& reason) {
  std::string name = path.empty() ? std::string("the built-in model") : fs::path(path).filename().string();
  if (name.empty()) name = path;  // a path ending in a slash
  std::string why = reason.empty() ? std::string("it could not be read") : reason;
  if (why.back() == '.') why.pop_back();  // the sentence gets its own full stop
  return io::printable("Could not open " + name + ": " + why + ". The previous model is still shown.");
}

}  // namespace app
