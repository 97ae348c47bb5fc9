#include "anatomy/measure_howto.h"
#include "anatomy/measurement_keys.h"

#include <cmath>
#include <cstdio>

namespace anatomy {

namespace {
struct HowTo {
  std::string_view key, text;
};
constexpr HowTo kHowTo[] = {
    {key::kCalcanealPitchDeg, "Line from the lowest point of the heel bone to the underside of the calcaneocuboid joint, "
                            "measured against the floor."},
    {key::kMearyAngleDeg, "Long axis of the talus against the long axis of the first metatarsal; a sag toward the "
                        "sole means a flatter arch."},
    {key::kTalocalcanealLateralDeg, "Long axis of the talus against the long axis of the calcaneus, seen from the side."},
    {key::kNavicularHeightMm, "Height of the navicular tuberosity above the floor when standing."},
    {key::kHindfootValgusDeg, "Line bisecting the heel bone against the axis of the lower tibia, seen from behind; "
                            "outward tilt of the heel counts as valgus."},
    {key::kFowlerPhilipDeg, "Tangent along the back of the heel bone and its upper bump, against the tangent along "
                          "its underside."},
    {key::kPplBursalProjectionMm, "Two parallel lines follow the underside of the heel bone; the upper one starts at "
                                 "the joint lip. A bump reaching above it is positive."},
    {key::kHkaDeg, "Hip-centre-to-knee line against knee-to-ankle-centre line, on the inner side; 180 is a straight "
                "leg, more is knock-kneed."},
    {key::kMadMm, "Distance from the knee centre to the straight line from hip centre to ankle centre, and on which "
               "side of the knee that line passes."},
    {key::kIntermalleolarDistanceMm, "Gap between the inner ankle bones when the knees touch."},
    {key::kSpurLengthMm, "Length of the bony spur at the back of the heel, from the bone surface to its tip."},
    {key::kSpurInclinationDeg, "Side view: the line from the spur's base on the bone to its tip, against the line "
                             "along the back of the heel bone."},
    {key::kAchillesThicknessInsertionMm, "Front-to-back thickness of the Achilles tendon where it meets the heel."},
    {key::kAchillesThicknessMidportionMm, "Front-to-back thickness of the Achilles tendon a few centimetres above the heel."},
    {key::kBursaApMm, "Front-to-back size of the fluid sac between the tendon and the heel bone."},
    {key::kAchillesPullToHeelAxisDeg, "Line from the calf to the tendon's insertion against the line bisecting the "
                                       "heel bone, seen from behind."},
};

std::string millimetres(float v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f mm", static_cast<double>(std::fabs(v)));
  return text;
}
}  // namespace

std::string_view howMeasured(std::string_view key) {
  for (const HowTo& h : kHowTo)
    if (h.key == key) return h.text;
  return {};
}

std::string axisDeviationWords(float madMm) {
  if (std::fabs(madMm) < 0.05f) return "passes through the knee centre";
  return "passes " + millimetres(madMm) + (madMm > 0.0f ? " lateral" : " medial") + " of the knee centre";
}

std::string axisDeviationTag(float madMm) {
  if (std::fabs(madMm) < 0.05f) return "MAD 0 mm (through the knee)";
  return "MAD " + millimetres(madMm) + (madMm > 0.0f ? " lateral" : " medial");
}

}  // namespace anatomy
