#include "io/model_settings.h"

#include "io/atomic_write.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace io {

namespace {
namespace fs = std::filesystem;
constexpr std::size_t kMaxRemembered = 200;
constexpr std::uintmax_t kMaxSettingsBytes = 1u << 20;

std::string absolute(const std::string& path) {
  std::error_code ec;
  const fs::path p = fs::absolute(path, ec);
  return ec ? path : p.lexically_normal().string();
}

// The remembered entries, newest last; empty when the file is absent, too big or not ours.
nlohmann::json readAll() {
  const std::string path = modelAxesPath();
  std::error_code ec;
  if (path.empty() || !fs::is_regular_file(path, ec) || fs::file_size(path, ec) > kMaxSettingsBytes)
    return nlohmann::json::array();
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
  if (!doc.is_object() || !doc.contains("files") || !doc["files"].is_array()) return nlohmann::json::array();
  nlohmann::json out = nlohmann::json::array();
  for (const nlohmann::json& e : doc["files"])
    if (e.is_object() && e.value("path", "") != "" && validUp(e.value("up", "")) && validUnits(e.value("units", "")))
      out.push_back(e);
  return out;
}
}  // namespace

bool validUp(const std::string& up) {
  static const char* kUp[] = {"auto", "y", "-y", "z", "-z", "x", "-x"};
  return std::find(std::begin(kUp), std::end(kUp), up) != std::end(kUp);
}

bool validUnits(const std::string& units) {
  static const char* kUnits[] = {"auto", "mm", "cm", "m", "in"};
  return std::find(std::begin(kUnits), std::end(kUnits), units) != std::end(kUnits);
}

std::string configDir() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg && *xdg == '/') return std::string(xdg) + "/ankle-atlas";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.config/ankle-atlas";
  return {};
}

std::string modelAxesPath() {
  const std::string dir = configDir();
  return dir.empty() ? std::string() : dir + "/model-axes.json";
}

ModelAxes rememberedAxes(const std::string& modelPath) {
  const std::string key = absolute(modelPath);
  ModelAxes axes;
  for (const nlohmann::json& e : readAll())
    if (e["path"] == key) axes = {e["up"].get<std::string>(), e["units"].get<std::string>()};
  return axes;
}

void rememberAxes(const std::string& modelPath, const ModelAxes& axes) {
  const std::string path = modelAxesPath();
  if (path.empty()) throw WriteError("model-axes.json", "no HOME or XDG_CONFIG_HOME to keep settings in");
  const std::string key = absolute(modelPath);
  nlohmann::json kept = nlohmann::json::array();
  for (const nlohmann::json& e : readAll())
    if (e["path"] != key) kept.push_back(e);
  if (!(axes == ModelAxes())) kept.push_back({{"path", key}, {"up", axes.up}, {"units", axes.units}});
  while (kept.size() > kMaxRemembered) kept.erase(kept.begin());
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  if (ec) throw WriteError(path, "cannot create its folder: " + ec.message());
  writeFileAtomically(path, nlohmann::json{{"format", "ankle-atlas-model-axes"}, {"files", kept}}.dump(2) + "\n");
}

}  // namespace io
