#include "app/measure_command.h"
#include "anatomy/measurement_keys.h"

#include "anatomy/fit.h"
#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace app {

namespace {
// Two decimals: what a clinician reads, and stable across compilers.
double rounded(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }
// A number as entered: the float's shortest decimal, not its binary tail (19.26, not 19.2600002).
double asEntered(float v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.7g", static_cast<double>(v));
  return std::strtod(text, nullptr);
}

// What --fit asked for and what the model could show; the measurements above it are the
// fitted pose's.
nlohmann::ordered_json fitJson(const anatomy::FitResult& fit) {
  const nlohmann::ordered_json empty = nlohmann::ordered_json::object();
  nlohmann::ordered_json out = empty, targets = empty, achieved = empty, reached = empty, reasons = empty,
                         severities = empty;
  for (const anatomy::FitOutcome& o : fit.outcomes) {
    targets[o.key] = asEntered(o.target);
    achieved[o.key] = std::isfinite(o.achieved) ? nlohmann::ordered_json(rounded(o.achieved)) : nullptr;
    reached[o.key] = o.reached;
    if (!o.reached) reasons[o.key] = o.reason;
  }
  for (anatomy::ConditionId id : fit.fitted) severities[anatomy::conditionInfo(id).key] = rounded(fit.conditions[id]);
  out["side"] = anatomy::sideId(fit.side);
  out["targets"] = targets;
  out["achieved"] = achieved;
  out["reached"] = reached;
  out["reasons"] = reasons;
  out["severities"] = severities;
  // The spur's inclination is a control, not a severity: given a number for it, the fit sets it.
  for (const anatomy::FitOutcome& o : fit.outcomes)
    if (o.key == anatomy::key::kSpurInclinationDeg) out[anatomy::key::kSpurInclinationDeg] = rounded(fit.conditions.spurInclinationDeg);
  return out;
}
}  // namespace

std::string measurementJson(const anatomy::Atlas& atlas, const AppOptions& options) {
  anatomy::PosedModel posed(atlas);
  anatomy::Conditions severities = options.conditions;
  std::optional<anatomy::FitResult> fit;
  if (!options.fit.targets.empty() || options.fit.side != anatomy::Side::Right) {
    anatomy::FitRequest request = options.fit;
    request.start = options.conditions;
    fit = anatomy::fitConditions(posed, request);
    severities = fit->conditions;
  }
  posed.update(severities);
  nlohmann::ordered_json out;
  for (const anatomy::Measurement& m : anatomy::measureAll(posed)) out[m.key] = rounded(m.value);
  nlohmann::ordered_json conditions = nlohmann::ordered_json::object();
  for (const auto& info : anatomy::conditionInfos()) {
    const float severity = severities[info.id];
    if (severity > 0.0f) conditions[info.key] = rounded(severity);
  }
  out["conditions"] = conditions;
  out["preset"] = options.preset.empty() ? "normal" : options.preset;
  out["model"] = atlas.builtIn ? std::string("built-in") : atlas.sourcePath;
  out["posable"] = posed.canPose();
  if (fit) out["fit"] = fitJson(*fit);
  if (options.caseRecord) {  // --case: which case, and its side (the numbers read the same either side)
    out["case"] = options.caseFile;
    out["side"] = anatomy::sideId(options.side);
  }
  return out.dump(2);
}

}  // namespace app
