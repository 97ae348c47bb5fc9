// Pieces the fit's solver (fit.cpp) and its explanations (fit_explain.cpp) share: posing
// and measuring at given severities, what each condition alone does to each measurement,
// and how far the model can push a measurement. Internal to the anatomy layer.
#pragma once

#include "anatomy/fit.h"
#include "anatomy/posed_model.h"

#include <cmath>
#include <string_view>
#include <vector>

namespace anatomy::fitdetail {

using Values = std::vector<float>;  // aligned with measurementKeys(); NaN where not measured

// A move smaller than this (in tolerance units) does not count as a condition moving a key.
inline constexpr float kMinEffect = 0.25f;

int keyIndex(std::string_view key);  // index into measurementKeys(), -1 when unknown
Values measured(const PosedModel& posed);

// Poses the model with the held severities plus the free ones at x, and measures it.
class Evaluator {
 public:
  Evaluator(PosedModel& posed, const Conditions& held) : posed_(posed), held_(held) {}
  Conditions conditionsAt(const std::vector<ConditionId>& ids, const std::vector<double>& x) const;
  Values at(const std::vector<ConditionId>& ids, const std::vector<double>& x) { return at(conditionsAt(ids, x)); }
  Values at(const Conditions& c);
  int count = 0;

 private:
  PosedModel& posed_;
  Conditions held_;
};

// What each fittable condition alone does to every measurement, from zero severities.
struct Probe {
  Values base;
  std::vector<Values> effect;  // [index into fittableConditions()][key]
  float on(std::size_t condition, int key) const {
    const float e = effect[condition][static_cast<std::size_t>(key)];
    return std::isfinite(e) ? e : 0.0f;
  }
};

// The free conditions (indices into fittableConditions()) that move key at all.
std::vector<std::size_t> moving(const Probe& p, const std::vector<std::size_t>& free, int key, float tolerance);

// How far the free conditions push key (down or up) from the pose at: each moving one at
// whichever end pushes that way, the rest as they are. One pose.
struct Reach {
  float limit = 0.0f;
  std::vector<std::size_t> full;  // set to 1 for it
  std::vector<std::size_t> none;  // set to 0 for it
};
Reach reach(Evaluator& ev, const Probe& p, const Conditions& at, const std::vector<std::size_t>& free, int key,
            float tolerance, bool down);

// The outcome of one entered number after the fit, with its reason when not reached.
FitOutcome explain(Evaluator& ev, const Probe& p, const std::vector<std::size_t>& free, const Conditions& fitted,
                   const Values& achieved, const std::vector<FitTarget>& all, const FitTarget& target);

}  // namespace anatomy::fitdetail
