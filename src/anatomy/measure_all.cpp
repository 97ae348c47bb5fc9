#include "anatomy/measure_all.h"

#include "anatomy/posed_model.h"


namespace anatomy {

namespace {
struct Entry {
  const char* key;
  float (*compute)(const LandmarkMap&);
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> table = {
      {"calcaneal_pitch_deg", calcanealPitchDeg},
      {"meary_angle_deg", mearyAngleDeg},
      {"talocalcaneal_lateral_deg", talocalcanealLateralDeg},
      {"navicular_height_mm", navicularHeightMm},
      {"hindfoot_valgus_deg", hindfootValgusDeg},
      {"fowler_philip_deg", fowlerPhilipDeg},
      {"ppl_bursal_projection_mm", pplBursalProjectionMm},
      {"hka_deg", hkaDeg},
      {"mad_mm", madMm},
      {"intermalleolar_distance_mm", intermalleolarDistanceMm},
      {"spur_length_mm", spurLengthMm},
      {"spur_inclination_deg", spurInclinationDeg},
      {"achilles_thickness_insertion_mm", achillesThicknessInsertionMm},
      {"achilles_thickness_midportion_mm", achillesThicknessMidportionMm},
      {"achilles_gap_mm", achillesGapMm},
      {"bursa_ap_mm", bursaApMm},
      {"bursa_transverse_mm", bursaTransverseMm},
      {"bursa_craniocaudal_mm", bursaCraniocaudalMm},
      {"haglund_bump_mm", haglundBumpMm},
      {"forefoot_abduction_deg", forefootAbductionDeg},
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
    try {
      out.push_back({e.key, e.compute(landmarks)});
    } catch (const NotMeasurable&) {
      continue;  // a model without this measurement's landmarks does not report it
    }
  }
  return out;
}

std::vector<Measurement> measureAll(const PosedModel& posed) { return measureAll(posed.landmarks()); }

}  // namespace anatomy
