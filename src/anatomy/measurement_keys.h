// Measurement keys, as `--measure` prints them and as the fact table, cards, fit and panels
// name them (REFERENCE.md "Measurement keys"). One constant per key, so a misspelt key is a
// compile error rather than a row that silently never matches.
#pragma once

namespace anatomy::key {

inline constexpr const char kCalcanealPitchDeg[] = "calcaneal_pitch_deg";
inline constexpr const char kMearyAngleDeg[] = "meary_angle_deg";
inline constexpr const char kTalocalcanealLateralDeg[] = "talocalcaneal_lateral_deg";
inline constexpr const char kNavicularHeightMm[] = "navicular_height_mm";
inline constexpr const char kHindfootValgusDeg[] = "hindfoot_valgus_deg";
inline constexpr const char kFowlerPhilipDeg[] = "fowler_philip_deg";
inline constexpr const char kPplBursalProjectionMm[] = "ppl_bursal_projection_mm";
inline constexpr const char kHkaDeg[] = "hka_deg";
inline constexpr const char kMadMm[] = "mad_mm";
inline constexpr const char kIntermalleolarDistanceMm[] = "intermalleolar_distance_mm";
inline constexpr const char kSpurLengthMm[] = "spur_length_mm";
inline constexpr const char kSpurInclinationDeg[] = "spur_inclination_deg";
inline constexpr const char kAchillesThicknessInsertionMm[] = "achilles_thickness_insertion_mm";
inline constexpr const char kAchillesThicknessMidportionMm[] = "achilles_thickness_midportion_mm";
inline constexpr const char kAchillesGapMm[] = "achilles_gap_mm";
inline constexpr const char kBursaApMm[] = "bursa_ap_mm";
inline constexpr const char kBursaTransverseMm[] = "bursa_transverse_mm";
inline constexpr const char kBursaCraniocaudalMm[] = "bursa_craniocaudal_mm";
inline constexpr const char kHaglundBumpMm[] = "haglund_bump_mm";
inline constexpr const char kForefootAbductionDeg[] = "forefoot_abduction_deg";
inline constexpr const char kAchillesPullToHeelAxisDeg[] = "achilles_pull_to_heel_axis_deg";

}  // namespace anatomy::key
