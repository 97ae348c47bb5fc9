#include "anatomy/measurement_ranges.h"

#include <cmath>
#include <cstdio>

namespace anatomy {

namespace {
constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr std::string_view kDeg = "\u00b0";
constexpr std::string_view kMm = " mm";

// Thresholds from REFERENCE.md. Where the reference grades a finding (navicular height
// "low" 27-35 before "severely low" < 27; Meary "mild" planus) the milder grade is amber.
const std::vector<MeasurementRange> kRanges = {
    {"calcaneal_pitch_deg", "Calcaneal pitch", kDeg, 20.0f, 30.0f, 18.0f, 30.0f, "20-30", ""},
    {"meary_angle_deg", "Meary's angle", kDeg, -4.0f, 4.0f, -15.0f, 15.0f, "-4 to 4", ""},
    {"talocalcaneal_lateral_deg", "Talocalcaneal angle", kDeg, 25.0f, 50.0f, 25.0f, 50.0f, "25-50", ""},
    {"navicular_height_mm", "Navicular height", kMm, 36.0f, 55.0f, 27.0f, kInf, "36-55", ""},
    {"hindfoot_valgus_deg", "Hindfoot valgus", kDeg, 0.0f, 6.0f, -kInf, 8.0f, "0-6", ""},
    {"fowler_philip_deg", "Fowler-Philip angle", kDeg, 44.0f, 69.0f, -kInf, 75.0f, "44-69", ""},
    {"ppl_bursal_projection_mm", "Bursal projection above PPL", kMm, -kInf, 0.0f, -kInf, 0.0f, "<= 0", "Bursal projection (PPL)"},
    {"hka_deg", "Hip-knee-ankle angle", kDeg, 177.0f, 183.0f, 177.0f, 183.0f, "177-183", "HKA angle"},
    // REFERENCE: 8 +/- 7 mm medial; positive (lateral) is valgus.
    {"mad_mm", "Mechanical axis deviation", kMm, -15.0f, 0.0f, -kInf, 0.0f, "1-15 medial", "Mech. axis deviation"},
    {"intermalleolar_distance_mm", "Intermalleolar distance", kMm, 0.0f, 30.0f, -kInf, 80.0f, "0-30", "Intermalleolar dist."},
    {"spur_length_mm", "Posterior spur length", kMm, 0.0f, 1.0f, -kInf, 5.0f, "none", ""},
    {"achilles_thickness_insertion_mm", "Achilles thickness, insertion", kMm, 0.0f, 5.1f, -kInf, 6.0f, "<= 5.1", "Achilles at insertion"},
    {"achilles_thickness_midportion_mm", "Achilles thickness, midportion", kMm, 0.0f, 6.0f, -kInf, 6.8f, "<= 6", "Achilles midportion"},
    {"bursa_ap_mm", "Retrocalcaneal bursa (AP)", kMm, 0.0f, 1.0f, -kInf, 1.5f, "<= 1", "Bursa (AP)"},
};
}  // namespace

const std::vector<MeasurementRange>& measurementRanges() { return kRanges; }

const MeasurementRange* findRange(std::string_view key) {
  for (const MeasurementRange& r : kRanges)
    if (r.key == key) return &r;
  return nullptr;
}

Verdict verdict(const MeasurementRange& range, float value) {
  if (!std::isfinite(value)) return Verdict::Unknown;
  if (value >= range.normalLow && value <= range.normalHigh) return Verdict::Normal;
  if (value < range.pathologicalBelow || value > range.pathologicalAbove) return Verdict::Pathological;
  return Verdict::Borderline;
}

Verdict verdictFor(std::string_view key, float value) {
  const MeasurementRange* r = findRange(key);
  return r ? verdict(*r, value) : Verdict::Unknown;
}

const char* verdictLabel(Verdict v) {
  switch (v) {
    case Verdict::Normal: return "normal";
    case Verdict::Borderline: return "borderline";
    case Verdict::Pathological: return "pathological";
    case Verdict::Unknown: break;
  }
  return "";
}

std::string_view shortLabel(const MeasurementRange& range) {
  return range.shortLabel.empty() ? range.label : range.shortLabel;
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

}  // namespace anatomy
