// Measurements in everyday words for patient mode and the handout: "Slope of the heel bone:
// lower than normal". The numbers and bands stay those of measurement_ranges.h; only the
// wording changes, so a patient never reads a verdict the clinician's table does not give.
#pragma once

#include "anatomy/measurement_ranges.h"

#include <string>
#include <string_view>

namespace anatomy {

// The measure's everyday name ("Slope of the heel bone"); empty for keys without one (those
// are left out of patient views).
std::string_view plainName(std::string_view key);

// Where a value sits against the normal band, in words: "normal", "lower than normal",
// "higher than normal"; "" when the row has no bands or the value is not finite.
std::string plainComparison(const MeasurementRange& range, float value);

// One line a patient reads: "Slope of the heel bone: lower than normal (usual 20-30 deg)".
// Empty when the key has no everyday name.
std::string plainLine(const MeasurementRange& range, float value);

// A preset in a patient's words ("Bump at the back of the heel (Haglund's)"); the preset's
// own label for ids without one.
std::string_view plainPresetName(std::string_view presetId);

}  // namespace anatomy
