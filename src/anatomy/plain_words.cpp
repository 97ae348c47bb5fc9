#include "anatomy/plain_words.h"
#include "anatomy/measurement_keys.h"

#include "anatomy/conditions.h"

#include <cmath>
#include <utility>

namespace anatomy {

namespace {
// Everyday names, and what "below" and "above" the normal band mean for each, in the words a
// clinician would use to a patient pointing at the model.
struct PlainRow {
  std::string_view key, name, below, above;
};
constexpr PlainRow kPlain[] = {
    {key::kCalcanealPitchDeg, "Slope of the heel bone", "flatter than normal", "steeper than normal"},
    {key::kMearyAngleDeg, "Line of the arch bones, side view", "arched more than normal", "the arch sags more than normal"},
    {key::kTalocalcanealLateralDeg, "Angle between the ankle bone and the heel bone", "narrower than normal",
     "wider than normal"},
    {key::kNavicularHeightMm, "Height of the arch", "lower than normal", "higher than normal"},
    {key::kHindfootValgusDeg, "Heel tilt seen from behind", "tilts inward", "tilts outward more than normal"},
    {key::kFowlerPhilipDeg, "Shape of the back of the heel bone", "flatter than usual", "more prominent than usual"},
    {key::kPplBursalProjectionMm, "Bump at the back of the heel bone", "normal", "sticks up above the usual line"},
    {key::kHkaDeg, "Line from hip to knee to ankle", "bow legs", "knock knees"},
    {key::kMadMm, "Where the hip-to-ankle line passes the knee", "further inside than usual (toward bow legs)",
     "further outside than usual (toward knock knees)"},
    {key::kIntermalleolarDistanceMm, "Gap between the ankles with knees together", "normal", "wider than normal"},
    {key::kSpurLengthMm, "Bony spur where the tendon joins the heel", "none", "present"},
    {key::kSpurInclinationDeg, "Tilt of the bony spur against the back of the heel bone", "", ""},
    {key::kAchillesThicknessInsertionMm, "Thickness of the tendon where it joins the heel", "normal", "thicker than normal"},
    {key::kAchillesThicknessMidportionMm, "Thickness of the tendon above the heel", "normal", "thicker than normal"},
    {key::kBursaApMm, "Cushion (bursa) in front of the tendon", "normal", "swollen"},
};

const PlainRow* plainRow(std::string_view key) {
  for (const PlainRow& row : kPlain)
    if (row.key == key) return &row;
  return nullptr;
}
}  // namespace

std::string_view plainName(std::string_view key) {
  const PlainRow* row = plainRow(key);
  return row ? row->name : std::string_view();
}

std::string plainComparison(const MeasurementRange& range, float value) {
  if (range.bands.empty() || !std::isfinite(value)) return {};
  const Band* band = bandFor(range, value);
  if (!band) return {};
  if (band->verdict == Verdict::Normal) return "normal";
  const PlainRow* row = plainRow(range.key);
  const bool below = value < normalLow(range);
  if (!row) return below ? "lower than normal" : "higher than normal";
  return std::string(below ? row->below : row->above);
}

std::string plainLine(const MeasurementRange& range, float value) {
  const std::string_view name = plainName(range.key);
  const std::string words = plainComparison(range, value);
  if (name.empty() || words.empty()) return {};
  std::string line = std::string(name) + ": " + words;
  if (!range.normalText.empty()) line += " (usual " + std::string(range.normalText) + " " + std::string(range.unitWord) + ")";
  return line;
}

std::string_view plainPresetName(std::string_view presetId) {
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"normal", "A normal foot"},
      {"flat-foot", "Flat foot (low arch)"},
      {"pronation", "Heel rolling inward"},
      {"genu-valgum", "Knock knees"},
      {"haglund", "Bump on the heel (Haglund's)"},
      {"calcific-spur", "Spur where the tendon joins"},
      {"bursitis", "Swollen cushion (bursitis)"},
      {"insertional-tendinopathy", "Sore tendon at the heel"},
      {"rupture", "Torn Achilles tendon"},
  };
  for (const auto& [id, name] : kNames)
    if (id == presetId) return name;
  const Preset* preset = findPreset(presetId);
  return preset ? std::string_view(preset->label) : std::string_view();
}

}  // namespace anatomy
