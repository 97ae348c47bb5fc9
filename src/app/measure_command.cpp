#include "app/measure_command.h"

#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace app {

namespace {
// Two decimals: what a clinician reads, and stable across compilers.
double rounded(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }
}  // namespace

std::string measurementJson(const anatomy::Atlas& atlas, const AppOptions& options) {
  anatomy::PosedModel posed(atlas);
  posed.update(options.conditions);
  nlohmann::ordered_json out;
  for (const anatomy::Measurement& m : anatomy::measureAll(posed)) out[m.key] = rounded(m.value);
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
  for (const auto& info : anatomy::conditionInfos()) {
    const float severity = options.conditions[info.id];
    if (severity > 0.0f) conditions[info.key] = rounded(severity);
  }
  out["conditions"] = conditions;
  out["preset"] = options.preset.empty() ? "normal" : options.preset;
  out["model"] = atlas.builtIn ? std::string("built-in") : atlas.sourcePath;
  out["posable"] = posed.canPose();
  return out.dump(2);
}

}  // namespace app
