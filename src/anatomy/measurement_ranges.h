// Normal and pathological ranges of the clinical measurements (REFERENCE.md "Ranges")
// and the verdict a readout is coloured with: green in range, amber borderline, red
// pathological. Pure data and arithmetic.
#pragma once

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

enum class Verdict { Unknown, Normal, Borderline, Pathological };

// Values inside [normalLow, normalHigh] are normal; values below pathologicalBelow or
// above pathologicalAbove are pathological; anything between is borderline. A side the
// reference gives no pathological threshold for is +/- infinity there, so leaving the
// normal band on that side is borderline, never red.
struct MeasurementRange {
  std::string_view key;     // "calcaneal_pitch_deg", as --measure prints it
  std::string_view label;   // "Calcaneal pitch"
  std::string_view unit;    // "\u00b0" or " mm"
  float normalLow = -std::numeric_limits<float>::infinity();
  float normalHigh = std::numeric_limits<float>::infinity();
  float pathologicalBelow = -std::numeric_limits<float>::infinity();
  float pathologicalAbove = std::numeric_limits<float>::infinity();
  std::string_view normalText;  // "20-30", shown beside the value
  std::string_view shortLabel;  // for narrow tables; empty: the label
};

const std::vector<MeasurementRange>& measurementRanges();
const MeasurementRange* findRange(std::string_view key);  // nullptr for keys without a range

Verdict verdict(const MeasurementRange& range, float value);
Verdict verdictFor(std::string_view key, float value);  // Unknown for keys without a range
const char* verdictLabel(Verdict v);                    // "normal", "borderline", "pathological", ""
std::string_view shortLabel(const MeasurementRange& range);

// "23.1\u00b0" or "41.7 mm" (one decimal).
std::string formatValue(const MeasurementRange& range, float value);
// "Calcaneal pitch 23.1\u00b0  (normal 20-30)".
std::string describe(const MeasurementRange& range, float value);

}  // namespace anatomy
