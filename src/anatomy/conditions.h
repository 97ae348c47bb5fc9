// The conditions the atlas can show, each with a continuous 0-1 severity, and the named
// presets (combinations) a teacher or clinician picks from. Pure data.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace anatomy {

enum class ConditionId {
  CalcificSpur,
  TendonCalcification,  // deposits in the tendon body, on top of the spur
  Haglund,
  RetrocalcanealBursitis,
  SuperficialBursitis,
  InsertionalTendinopathy,
  MidportionTendinopathy,
  AchillesRupture,
  FlatFoot,
  HindfootPronation,
  GenuValgum,
  TightAchilles,
};
inline constexpr std::size_t kConditionCount = 12;

struct ConditionInfo {
  ConditionId id;
  const char* key;    // "calcific_spur"; also the condition card id
  const char* label;  // "Calcific spur"
  const char* group;  // "Heel", "Tendon", "Alignment"
};

const std::array<ConditionInfo, kConditionCount>& conditionInfos();
const ConditionInfo& conditionInfo(ConditionId id);
// Accepts "flat_foot" and "flat-foot".
std::optional<ConditionId> parseCondition(std::string_view key);

// The calcific spur's second control (REFERENCE.md: its angle to the posterior cortex),
// degrees. The default is the angle the built-in model's spur is built at.
inline constexpr float kSpurInclinationMinDeg = 0.0f;
inline constexpr float kSpurInclinationMaxDeg = 45.0f;
inline constexpr float kSpurInclinationDefaultDeg = 25.0f;
float clampSpurInclination(float degrees);

struct Conditions {
  std::array<float, kConditionCount> severity{};
  // Not a condition but the pose the ankle is held in, degrees: dorsiflexion +,
  // plantarflexion - (anatomy/motion.h). It travels with the severities because it poses
  // the same model and every consumer of a pose must see it.
  float ankleDeg = 0.0f;
  // Not a severity but the spur's shape: how far it leans from the posterior cortex.
  float spurInclinationDeg = kSpurInclinationDefaultDeg;

  float operator[](ConditionId id) const { return severity[static_cast<std::size_t>(id)]; }
  void set(ConditionId id, float value);  // clamped to 0-1
  bool any() const;
  bool operator==(const Conditions& other) const {
    return severity == other.severity && ankleDeg == other.ankleDeg && spurInclinationDeg == other.spurInclinationDeg;
  }
};

struct Preset {
  const char* id;  // "flat-foot"
  const char* label;
  std::vector<std::pair<ConditionId, float>> settings;
  // The standard view that shows it best (a geometry::viewId such as "heel-lateral"), or
  // nullptr for the view the user already has.
  const char* view = nullptr;
};

const std::vector<Preset>& presets();
std::optional<Conditions> presetConditions(std::string_view id);
// The preset with this id ("flat-foot", also "flat_foot"), or nullptr.
const Preset* findPreset(std::string_view id);

// Parses "NAME=SEVERITY" (severity 0-1). On failure returns nullopt and explains in error.
std::optional<std::pair<ConditionId, float>> parseConditionAssignment(std::string_view text, std::string& error);
// Applies "NAME=SEVERITY" or "spur-inclination=DEGREES" (0-45; also spur_inclination and
// spur_inclination_deg) to c. False with a one-line reason in error.
bool applyConditionAssignment(std::string_view text, Conditions& c, std::string& error);

}  // namespace anatomy
