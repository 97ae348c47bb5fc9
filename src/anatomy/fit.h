// "Your numbers": find the condition severities whose posed model reproduces what a
// patient's radiograph or exam showed (any subset of the --measure keys), and say plainly
// which numbers the model cannot reach and why. Pure: it only poses and measures.
#pragma once

#include "anatomy/atlas.h"
#include "anatomy/conditions.h"
#include "anatomy/structure.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

class PosedModel;

struct FitTarget {
  std::string key;  // a --measure key, e.g. "calcaneal_pitch_deg"
  float value = 0.0f;
};

struct FitRequest {
  std::vector<FitTarget> targets;  // one per key, in the order they were entered
  // Severities the fit starts from; conditions none of the targets speaks to keep theirs.
  Conditions start;
  Side side = Side::Right;  // stored and handed back; the model is measured as a right limb
};

struct FitOutcome {
  std::string key;
  float target = 0.0f;
  float achieved = 0.0f;  // NaN when the model cannot measure the key
  bool reached = false;   // within fitTolerance(key)
  std::string reason;     // why not, in plain words; empty when reached
};

struct FitResult {
  Conditions conditions;           // start, with the fitted conditions replaced
  std::vector<ConditionId> fitted;  // the conditions the targets speak to (the ones solved for)
  std::vector<FitOutcome> outcomes;  // in request order
  Side side = Side::Right;
  int evaluations = 0;  // poses measured, for benchmarks
  bool allReached() const;
};

// The conditions the fit may set: those with a measurable sign on a radiograph or exam.
// Rupture, tendon deposits, superficial bursitis and a tight Achilles are left as given.
// A spur_inclination_deg number is no severity: it sets Conditions::spurInclinationDeg.
const std::vector<ConditionId>& fittableConditions();

// How close counts as reproduced: 1 deg for angles, 1 mm for lengths.
float fitTolerance(std::string_view key);

// Fits with a fresh posed model of atlas.
FitResult fitConditions(const Atlas& atlas, const FitRequest& request);
// Fits reusing posed (the UI's, whose skin weights are already built); leaves it posed at
// the result.
FitResult fitConditions(PosedModel& posed, const FitRequest& request);

// Parses one "KEY=VALUE" entry into request: a measurement key (case-insensitive, '-' for
// '_') with a finite number, or side=left|right. A repeated key replaces the earlier value.
// False with a one-line reason in error.
bool parseFitAssignment(std::string_view text, FitRequest& request, std::string& error);

const char* sideId(Side side);  // "right", "left"

}  // namespace anatomy
