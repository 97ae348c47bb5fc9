#include "anatomy/measurement_ranges.h"
#include "anatomy/measurement_keys.h"

#include <cmath>
#include <cstdio>

namespace anatomy {

namespace {
constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr std::string_view kDeg = "\u00b0";
constexpr std::string_view kMm = " mm";
constexpr Verdict kNormal = Verdict::Normal;
constexpr Verdict kAmber = Verdict::Borderline;
constexpr Verdict kRed = Verdict::Pathological;

// Numbers from REFERENCE.md "Ranges". Red only where the reference gives a pathological
// cut-off; a milder grade, a merely suggestive sign and anything without a validated
// cut-off is amber ("outside the typical range"). Signs follow the --measure keys.
std::vector<MeasurementRange> archRows() {
  return {
      {key::kCalcanealPitchDeg, "Calcaneal pitch", kDeg, "deg",
       {{18, kRed, "flat foot", "< 18"}, {20, kAmber, "low", "18-20"}, {30, kNormal, "normal", "20-30"},
        {kInf, kRed, "cavus", "> 30"}},
       "20-30", "", "other proposed normals are 10-25 and 18 +/- 5", "Radiopaedia; Dahiru et al. 2013"},
      {key::kMearyAngleDeg, "Meary's angle", kDeg, "deg",
       {{-4, kAmber, "cavus (not graded)", "> 4 apex dorsal"}, {4, kNormal, "normal", "-4 to 4"},
        {15, kAmber, "mild planus", "4-15 apex plantar"}, {30, kRed, "moderate planus", "15-30 apex plantar"},
        {kInf, kRed, "severe planus", "> 30 apex plantar"}},
       "-4 to 4", "", "", "Radiopaedia; radlines.org"},
      {key::kTalocalcanealLateralDeg, "Talocalcaneal angle (lateral)", kDeg, "deg",
       {{25, kRed, "cavus", "< 25"}, {45, kNormal, "normal", "25-45"},
        {kInf, kRed, "hindfoot valgus or flat foot", "> 45"}},
       "25-45", "Talocalcaneal angle", "adult values; children run higher", "Radiopaedia (unverified)"},
      {key::kNavicularHeightMm, "Navicular height (standing)", kMm, "mm",
       {{27, kRed, "severely low", "< 27"}, {36, kAmber, "low", "< 36"}, {55, kNormal, "normal", "36-55"},
        {kInf, kAmber, "high", "> 55"}},
       "36-55", "Navicular height", "the normal band is a 68% interval: a third of healthy feet fall outside it",
       "Nilsson et al. 2012"},
      {key::kHindfootValgusDeg, "Hindfoot alignment", kDeg, "deg",
       {{0, kAmber, "varus", "< 0"}, {6, kNormal, "normal", "0-6 valgus"}, {8, kAmber, "more valgus", "6-8"},
        {kInf, kRed, "marked valgus (pronated and flat feet)", "> 8"}},
       "0-6 valgus", "",
       "calcaneus against tibia (Saltzman-type view; RCSP is the same idea against the floor); one study of "
       "healthy adults found 6.1 +/- 2.7",
       "Saltzman & el-Khoury 1995; J Clin Med 2025"},
  };
}

std::vector<MeasurementRange> heelAndLegRows() {
  return {
      {key::kFowlerPhilipDeg, "Fowler-Philip angle", kDeg, "deg",
       {{44, kAmber, "low", "< 44"}, {69, kNormal, "normal", "44-69"}, {75, kAmber, "high", "69-75"},
        {kInf, kAmber, "suggestive of Haglund's, not proof", "> 75"}},
       "44-69", "",
       "it did not separate patients from controls, so symptoms and examination decide",
       "Bulstra et al. 2015"},
      {key::kPplBursalProjectionMm, "Bursal projection above PPL", kMm, "mm",
       {{0, kNormal, "below the upper line", "<= 0"}, {kInf, kRed, "above the upper line (positive)", "> 0"}},
       "<= 0", "Bursal projection (PPL)", "parallel pitch lines on the lateral view", "Pavlov et al. 1982"},
      {key::kHkaDeg, "Hip-knee-ankle angle", kDeg, "deg",
       {{177, kAmber, "varus, often constitutional", "< 177"}, {183, kNormal, "normal", "177-183"},
        {kInf, kRed, "valgus", "> 183"}},
       "177-183", "HKA angle", "3 deg or more of varus is found in 32% of healthy men and 17% of women",
       "Moreland 1987; Bellemans 2012"},
      // Positive is lateral (valgus), so "1-15 medial" is -15..-1.
      {key::kMadMm, "Mechanical axis deviation", kMm, "mm",
       {{-15, kAmber, "varus", "> 15 medial"}, {-1, kNormal, "normal", "1-15 medial"},
        {0, kAmber, "near the knee centre", "0-1 medial"}, {kInf, kRed, "valgus", "lateral of the knee centre"}},
       "1-15 medial", "Mech. axis deviation",
       "as with the hip-knee-ankle angle, varus is amber (often constitutional) and valgus red",
       "Paley & Tetsworth 1992"},
      {key::kIntermalleolarDistanceMm, "Intermalleolar distance", kMm, "mm",
       {{30, kNormal, "normal", "0-30"}, {80, kAmber, "wide", "30-80"}, {kInf, kRed, "genu valgum", "> 80"}},
       "0-30", "Intermalleolar dist.", "knees touching; child values (age 8 and over), used here for adults too",
       "StatPearls, Genu Valgum"},
      {key::kSpurLengthMm, "Posterior spur length", kMm, "mm",
       {{0, kNormal, "none", "none"}, {5, kAmber, "small", "< 5"}, {10, kAmber, "medium", "5-10"},
        {kInf, kAmber, "large", "> 10"}},
       "none", "",
       "graded, not a yes/no cut-off: spurs are common without pain; > 10 with an inclination > 20 deg went "
       "with the worst symptoms",
       "Eur Res J (unverified)"},
      // No bands: the reference gives no cut-off, so the readout is never coloured.
      {key::kSpurInclinationDeg, "Spur inclination", kDeg, "deg", {}, "", "",
       "angle of the spur to the posterior cortex; no cut-off", "Eur Res J (unverified)"},
  };
}

std::vector<MeasurementRange> softTissueRows() {
  return {
      {key::kAchillesThicknessInsertionMm, "Achilles thickness, insertion", kMm, "mm",
       {{5.1f, kNormal, "normal", "<= 5.1"}, {kInf, kAmber, "thicker than healthy tendons", "> 5.1"}},
       "<= 5.1", "Achilles at insertion",
       "ultrasound: healthy ~3.5-3.9; tendinopathy adds ~1.4; no validated cut-off at the insertion",
       "Sleeswijk Visser"},
      {key::kAchillesThicknessMidportionMm, "Achilles thickness, midportion", kMm, "mm",
       {{6, kNormal, "normal", "<= 6"}, {6.8f, kAmber, "above the classic limit, seen in healthy tendons", "6-6.8"},
        {kInf, kRed, "thickened", "> 6.8"}},
       "<= 6", "Achilles midportion", "ultrasound: healthy ~4.8-5.3; tendinopathy adds ~2.7", "Sleeswijk Visser"},
      {key::kBursaApMm, "Retrocalcaneal bursa (AP)", kMm, "mm",
       {{1, kNormal, "normal", "<= 1"}, {kInf, kRed, "larger than in healthy volunteers", "> 1"}},
       "<= 1", "Bursa (AP)",
       "MRI values: healthy transverse ~6, craniocaudal ~3; transverse > 11 and craniocaudal > 7 were not seen "
       "in volunteers",
       "Bottger et al. 1998"},
  };
}

// Facts the cards state but the app does not measure: no bands, the note is the fact.
std::vector<MeasurementRange> buildStated() {
  const auto stated = [](std::string_view key, std::string_view label, std::string_view unitWord,
                         std::string_view note, std::string_view source) {
    MeasurementRange r;
    r.key = key;
    r.label = label;
    r.unitWord = unitWord;
    r.note = note;
    r.source = source;
    r.readout = false;
    return r;
  };
  return {
      stated("navicular_drop_mm", "Navicular drop", "mm",
             "healthy 6-18 (a 68% interval; poor test-retest reliability); > 10 pronated, > 15 abnormal (Brody)",
             "Nilsson et al. 2012; Brody 1982"),
      stated("total_angle_deg", "Total angle (Fowler-Philip + pitch)", "deg",
             "normal 64-89; > 89 goes with Haglund's, so a higher pitch counts toward it", "Ruch 1974 (unverified)"),
      stated(key::kHaglundBumpMm, "Haglund bump height", "mm", ">= 4; bump/calcaneus ratio >= 7.5%", "Tang et al. 2022"),
      stated("xy_ratio", "X/Y ratio (calcaneal length / tuberosity length)", "ratio", "normal ~2.70; Haglund's < 2.5",
             "PMID 30391217"),
      stated("achilles_thickness_mri_mm", "Achilles thickness (MRI)", "mm",
             "healthy 4.9 +/- 0.5 (width: midportion 14.7 +/- 1.8, insertion 25.7 +/- 3.0); tendinopathy 11.2 +/- 3.3",
             "Szaro & Gataa 2021"),
      stated("kite_angle_deg", "Kite angle (AP talocalcaneal)", "deg",
             "adults 15-30; > 30-35 hindfoot valgus; < 15 varus", "Wheeless"),
      stated("talonavicular_coverage_deg", "Talonavicular coverage", "deg", "normal <= 7; > 7 navicular abducted",
             "radlines.org"),
      stated("foot_posture_index", "Foot Posture Index (FPI-6)", "score",
             "normal 0 to +5; pronated +6 to +9; highly pronated +10 to +12; supinated -1 to -4", "Redmond"),
      stated("q_angle_deg", "Q-angle", "deg", "men 14 +/- 3, women 17 +/- 3; >= 20 suggests malalignment",
             "Aglietti 1983"),
      stated("tibiofemoral_angle_deg", "Anatomic tibiofemoral angle", "deg",
             "about 6 valgus; > 10 valgus (unverified as a general rule)", "Wheeless"),
  };
}

std::vector<MeasurementRange> buildAll() {
  std::vector<MeasurementRange> all;
  for (auto rows : {archRows(), heelAndLegRows(), softTissueRows(), buildStated()})
    for (MeasurementRange& r : rows) all.push_back(r);
  return all;
}

const std::vector<MeasurementRange>& table() {
  static const std::vector<MeasurementRange> rows = buildAll();
  return rows;
}

const Band* normalBand(const MeasurementRange& range) {
  for (const Band& b : range.bands)
    if (b.verdict == Verdict::Normal) return &b;
  return nullptr;
}
}  // namespace

const std::vector<MeasurementRange>& measurementRanges() { return table(); }

const MeasurementRange* findFact(std::string_view key) {
  for (const MeasurementRange& r : table())
    if (r.key == key) return &r;
  return nullptr;
}

const MeasurementRange* findRange(std::string_view key) {
  const MeasurementRange* r = findFact(key);
  return r && r->readout ? r : nullptr;
}

const Band* bandFor(const MeasurementRange& range, float value) {
  if (!std::isfinite(value)) return nullptr;
  // Judge the value as the readout prints it (one decimal), so "0.0 mm" is never red
  // because the unrounded value was 0.02 above a "<= 0" limit.
  value = std::round(value * 10.0f) / 10.0f;
  bool reachedNormal = false;
  for (const Band& b : range.bands) {
    reachedNormal = reachedNormal || b.verdict == Verdict::Normal;
    if (reachedNormal ? value <= b.upTo : value < b.upTo) return &b;
  }
  return nullptr;
}

Verdict verdict(const MeasurementRange& range, float value) {
  const Band* b = bandFor(range, value);
  return b ? b->verdict : Verdict::Unknown;
}

Verdict verdictFor(std::string_view key, float value) {
  const MeasurementRange* r = findRange(key);
  return r ? verdict(*r, value) : Verdict::Unknown;
}

const char* verdictLabel(Verdict v) {
  switch (v) {
    case Verdict::Normal: return "normal";
    case Verdict::Borderline: return "outside the typical range";
    case Verdict::Pathological: return "abnormal";
    case Verdict::Unknown: break;
  }
  return "";
}

std::string verdictText(const MeasurementRange& range, float value) {
  const Band* b = bandFor(range, value);
  if (!b) return "";
  if (b->verdict == Verdict::Normal || b->name == verdictLabel(b->verdict)) return std::string(verdictLabel(b->verdict));
  return std::string(b->name) + ": " + verdictLabel(b->verdict);
}

std::string_view shortLabel(const MeasurementRange& range) {
  return range.shortLabel.empty() ? range.label : range.shortLabel;
}

float normalLow(const MeasurementRange& range) {
  const Band* n = normalBand(range);
  if (!n) return std::nanf("");
  return n == &range.bands.front() ? -kInf : (n - 1)->upTo;
}

float normalHigh(const MeasurementRange& range) {
  const Band* n = normalBand(range);
  return n ? n->upTo : std::nanf("");
}

std::string formatValue(const MeasurementRange& range, float value) {
  char text[32];
  // "-0.0" reads as a sign error on a slide.
  std::snprintf(text, sizeof text, "%.1f", std::abs(value) < 0.05f ? 0.0 : static_cast<double>(value));
  return std::string(text) + std::string(range.unit);
}

std::string describe(const MeasurementRange& range, float value) {
  return std::string(range.label) + " " + formatValue(range, value) + "  (normal " + std::string(range.normalText) + ")";
}

std::string factLine(const MeasurementRange& range) {
  std::string line = std::string(range.label) + ", " + std::string(range.unitWord) + ": ";
  std::string bands;
  const Band* n = normalBand(range);
  if (n) bands = "normal " + std::string(n->range);
  // Nearest the normal band first on each side: "low < 36; severely low < 27".
  for (const Band* b = n; b && b != range.bands.data(); --b)
    bands += "; " + std::string((b - 1)->name) + " " + std::string((b - 1)->range);
  for (const Band* b = n ? n + 1 : nullptr; b && b != range.bands.data() + range.bands.size(); ++b)
    bands += "; " + std::string(b->name) + " " + std::string(b->range);
  line += bands;
  if (!range.note.empty()) line += (bands.empty() ? "" : "; ") + std::string(range.note);
  if (!range.source.empty()) line += " [" + std::string(range.source) + "]";
  return line;
}

}  // namespace anatomy
