#include "anatomy/measure_all.h"
#include "anatomy/measurement_keys.h"

#include "anatomy/posed_model.h"


namespace anatomy {

namespace {
struct Entry {
  const char* key;
  std::optional<float> (*compute)(const LandmarkMap&);
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = {
      {key::kCalcanealPitchDeg, calcanealPitchDeg},
      {key::kMearyAngleDeg, mearyAngleDeg},
      {key::kTalocalcanealLateralDeg, talocalcanealLateralDeg},
      {key::kNavicularHeightMm, navicularHeightMm},
      {key::kHindfootValgusDeg, hindfootValgusDeg},
      {key::kFowlerPhilipDeg, fowlerPhilipDeg},
      {key::kPplBursalProjectionMm, pplBursalProjectionMm},
      {key::kHkaDeg, hkaDeg},
      {key::kMadMm, madMm},
      {key::kIntermalleolarDistanceMm, intermalleolarDistanceMm},
      {key::kSpurLengthMm, spurLengthMm},
      {key::kSpurInclinationDeg, spurInclinationDeg},
      {key::kAchillesThicknessInsertionMm, achillesThicknessInsertionMm},
      {key::kAchillesThicknessMidportionMm, achillesThicknessMidportionMm},
      {key::kAchillesGapMm, achillesGapMm},
      {key::kBursaApMm, bursaApMm},
      {key::kBursaTransverseMm, bursaTransverseMm},
      {key::kBursaCraniocaudalMm, bursaCraniocaudalMm},
      {key::kHaglundBumpMm, haglundBumpMm},
      {key::kForefootAbductionDeg, forefootAbductionDeg},
  };
  return table;
}
}  // namespace

const std::vector<std::string>& measurementKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const Entry& e : entries()) out.emplace_back(e.key);
    return out;
  }();
  return keys;
}

std::vector<Measurement> measureAll(const LandmarkMap& landmarks) {
  std::vector<Measurement> out;
  if (landmarks.empty()) return out;
  for (const Entry& e : entries()) {
    // A model without this measurement's landmarks (or a torn tendon's thickness) does not report it.
    if (const std::optional<float> value = e.compute(landmarks)) out.push_back({e.key, *value});
  }
  return out;
}

std::vector<Measurement> measureAll(const PosedModel& posed) { return measureAll(posed.landmarks()); }

}  // namespace anatomy
