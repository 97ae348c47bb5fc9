// Every clinical measurement the posed model supports, in REFERENCE.md's order, computed
// afresh from the posed landmarks (nothing is stored per preset).
#pragma once

#include "anatomy/measurements.h"

#include <string>
#include <vector>

namespace anatomy {

class PosedModel;

struct Measurement {
  std::string key;  // REFERENCE.md key, e.g. "calcaneal_pitch_deg"
  float value;
};

// Every measurement whose landmarks exist, in REFERENCE.md order.
std::vector<Measurement> measureAll(const LandmarkMap& landmarks);
std::vector<Measurement> measureAll(const PosedModel& posed);
// All keys measureAll can produce, in order.
const std::vector<std::string>& measurementKeys();

}  // namespace anatomy
