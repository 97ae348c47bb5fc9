// The one table of clinical measurement facts (REFERENCE.md "Ranges"): each measure's
// name, its bands (normal, outside the typical range, abnormal) with the verdict a readout
// is coloured with, and the key-fact line a card shows. Cards, readouts and lessons read
// it, so a card can never quote a limit the readout does not use. Pure data and arithmetic.
#pragma once

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace anatomy {

// Normal: inside the reference band. Borderline (amber): outside the typical range, or a
// grade the reference calls mild or only suggestive; used wherever no validated
// pathological cut-off exists. Pathological (red): beyond a published pathological cut-off.
enum class Verdict { Unknown, Normal, Borderline, Pathological };

// One band of a measure. Bands are listed in ascending order; a band below the normal one
// holds values < upTo, the normal band and those above it hold values <= upTo.
struct Band {
  float upTo = std::numeric_limits<float>::infinity();
  Verdict verdict = Verdict::Normal;
  std::string_view name;   // "normal", "low", "flat foot", "suggestive of Haglund's"
  std::string_view range;  // how the band reads on a card: "< 18", "20-30", "> 15 medial"
};

struct MeasurementRange {
  std::string_view key;         // "calcaneal_pitch_deg", as --measure prints it
  std::string_view label;       // "Calcaneal pitch"
  std::string_view unit;        // "\u00b0" or " mm": how a readout prints the value
  std::string_view unitWord;    // "deg" or "mm": ASCII, for cards
  std::vector<Band> bands;      // empty for a fact the app states but does not measure
  std::string_view normalText;  // "20-30", shown beside a readout
  std::string_view shortLabel;  // for narrow tables; empty: the label
  std::string_view note;        // caveat a card adds: site, modality, how the band was made
  std::string_view source;      // short citation
  bool readout = true;          // false: not measured by the app, a card fact only
};

// Every row, measured or not.
const std::vector<MeasurementRange>& measurementRanges();
// A measured row (one with a readout); nullptr for other keys.
const MeasurementRange* findRange(std::string_view key);
// Any row, measured or stated only; nullptr for unknown keys.
const MeasurementRange* findFact(std::string_view key);

Verdict verdict(const MeasurementRange& range, float value);
Verdict verdictFor(std::string_view key, float value);  // Unknown for keys without bands
// "normal", "outside the typical range", "abnormal"; "" for Unknown.
const char* verdictLabel(Verdict v);
// The band a value falls in, judged at the one decimal a readout prints; nullptr for
// non-finite values or rows without bands.
const Band* bandFor(const MeasurementRange& range, float value);
// What a readout's tooltip says: "low: outside the typical range".
std::string verdictText(const MeasurementRange& range, float value);
std::string_view shortLabel(const MeasurementRange& range);
// The normal band's limits (+/- infinity where open); both NaN for rows without bands.
float normalLow(const MeasurementRange& range);
float normalHigh(const MeasurementRange& range);

// "23.1\u00b0" or "41.7 mm" (one decimal).
std::string formatValue(const MeasurementRange& range, float value);
// "Calcaneal pitch 23.1\u00b0  (normal 20-30)".
std::string describe(const MeasurementRange& range, float value);
// The line a card shows, built from the bands:
// "Calcaneal pitch, deg: normal 20-30; low 18-20; flat foot < 18; cavus > 30 [source]".
std::string factLine(const MeasurementRange& range);

}  // namespace anatomy
