#include "anatomy/conditions.h"
#include "anatomy/measurement_keys.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace anatomy {

namespace {
constexpr std::array<ConditionInfo, kConditionCount> kInfos = {{
    {ConditionId::CalcificSpur, "calcific_spur", "Calcific spur at the insertion", "Heel"},
    {ConditionId::TendonCalcification, "tendon_calcification", "Deposits in the tendon body", "Tendon"},
    {ConditionId::Haglund, "haglund", "Haglund's deformity", "Heel"},
    {ConditionId::RetrocalcanealBursitis, "retrocalcaneal_bursitis", "Retrocalcaneal bursitis", "Heel"},
    {ConditionId::SuperficialBursitis, "superficial_bursitis", "Superficial (retro-Achilles) bursitis", "Heel"},
    {ConditionId::InsertionalTendinopathy, "insertional_tendinopathy", "Insertional tendinopathy", "Tendon"},
    {ConditionId::MidportionTendinopathy, "midportion_tendinopathy", "Midportion tendinopathy", "Tendon"},
    {ConditionId::AchillesRupture, "achilles_rupture", "Achilles rupture", "Tendon"},
    {ConditionId::FlatFoot, "flat_foot", "Flat foot (arch collapse)", "Alignment"},
    {ConditionId::HindfootPronation, "hindfoot_pronation", "Hindfoot pronation", "Alignment"},
    {ConditionId::GenuValgum, "genu_valgum", "Genu valgum (knock knees)", "Alignment"},
    {ConditionId::TightAchilles, "tight_achilles", "Tight Achilles (limited dorsiflexion)", "Alignment"},
}};

std::string normalise(std::string_view key) {
  std::string out(key);
  std::replace(out.begin(), out.end(), '-', '_');
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}
}  // namespace

const std::array<ConditionInfo, kConditionCount>& conditionInfos() { return kInfos; }

const ConditionInfo& conditionInfo(ConditionId id) { return kInfos[static_cast<std::size_t>(id)]; }

std::optional<ConditionId> parseCondition(std::string_view key) {
  const std::string k = normalise(key);
  for (const auto& info : kInfos)
    if (k == info.key) return info.id;
  return std::nullopt;
}

float clampSpurInclination(float degrees) {
  return std::isfinite(degrees) ? std::clamp(degrees, kSpurInclinationMinDeg, kSpurInclinationMaxDeg)
                                : kSpurInclinationDefaultDeg;
}

void Conditions::set(ConditionId id, float value) {
  severity[static_cast<std::size_t>(id)] = std::clamp(value, 0.0f, 1.0f);
}

bool Conditions::any() const {
  return std::any_of(severity.begin(), severity.end(), [](float s) { return s > 0.0f; });
}

const std::vector<Preset>& presets() {
  using C = ConditionId;
  static const std::vector<Preset> table = {
      {"normal", "Normal foot", {}},
      {"flat-foot", "Flat foot", {{C::FlatFoot, 1.0f}, {C::HindfootPronation, 0.4f}}},
      {"pronation", "Hindfoot pronation", {{C::HindfootPronation, 1.0f}, {C::FlatFoot, 0.3f}}},
      {"genu-valgum", "Genu valgum", {{C::GenuValgum, 1.0f}, {C::HindfootPronation, 0.3f}}},
      // Haglund's with the superficial bursa it irritates: together the "pump bump".
      {"haglund", "Haglund's deformity", {{C::Haglund, 1.0f}, {C::SuperficialBursitis, 1.0f}}, "heel-lateral"},
      {"calcific-spur", "Insertional calcific tendinopathy",
       {{C::CalcificSpur, 1.0f}, {C::TendonCalcification, 0.5f}, {C::InsertionalTendinopathy, 0.5f}},
       "heel-lateral"},
      {"bursitis", "Retrocalcaneal bursitis", {{C::RetrocalcanealBursitis, 1.0f}, {C::SuperficialBursitis, 0.5f}},
       "heel-posterior"},
      {"insertional-tendinopathy", "Insertional tendinopathy", {{C::InsertionalTendinopathy, 1.0f}}, "heel-lateral"},
      {"rupture", "Achilles rupture", {{C::AchillesRupture, 1.0f}}, "heel-posterior"},
  };
  return table;
}

const Preset* findPreset(std::string_view id) {
  const std::string key = normalise(id);
  for (const Preset& p : presets())
    if (normalise(p.id) == key) return &p;
  return nullptr;
}

std::optional<Conditions> presetConditions(std::string_view id) {
  const Preset* p = findPreset(id);
  if (!p) return std::nullopt;
  Conditions c;
  for (const auto& [condition, severity] : p->settings) c.set(condition, severity);
  return c;
}

std::optional<std::pair<ConditionId, float>> parseConditionAssignment(std::string_view text, std::string& error) {
  const std::size_t eq = text.find('=');
  if (eq == std::string_view::npos) {
    error = "'" + std::string(text) + "' is not NAME=SEVERITY (e.g. flat_foot=0.6)";
    return std::nullopt;
  }
  const auto id = parseCondition(text.substr(0, eq));
  if (!id) {
    error = "unknown condition '" + std::string(text.substr(0, eq)) + "'";
    return std::nullopt;
  }
  const std::string value(text.substr(eq + 1));
  char* end = nullptr;
  const float severity = std::strtof(value.c_str(), &end);
  if (value.empty() || end != value.c_str() + value.size() || !(severity >= 0.0f && severity <= 1.0f)) {
    error = "severity '" + value + "' for " + std::string(text.substr(0, eq)) + " must be a number from 0 to 1";
    return std::nullopt;
  }
  return std::make_pair(*id, severity);
}

bool applyConditionAssignment(std::string_view text, Conditions& c, std::string& error) {
  const std::size_t eq = text.find('=');
  const std::string name = normalise(text.substr(0, std::min(eq, text.size())));
  if (eq != std::string_view::npos &&
      (name == "spur_inclination" || name == key::kSpurInclinationDeg)) {
    const std::string value(text.substr(eq + 1));
    char* end = nullptr;
    const float deg = std::strtof(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size() ||
        !(deg >= kSpurInclinationMinDeg && deg <= kSpurInclinationMaxDeg)) {
      error = "spur inclination '" + value + "' must be a number of degrees from 0 to 45";
      return false;
    }
    c.spurInclinationDeg = deg;
    return true;
  }
  const auto assignment = parseConditionAssignment(text, error);
  if (!assignment) return false;
  c.set(assignment->first, assignment->second);
  return true;
}

}  // namespace anatomy
