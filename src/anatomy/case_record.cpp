// The one piece of behaviour a case record has: a fixed order for its fitted numbers.
#include "anatomy/case_record.h"

#include "anatomy/measure_all.h"

#include <algorithm>

namespace anatomy {

std::vector<FitTarget> inMeasureOrder(std::vector<FitTarget> targets) {
  const auto& keys = measurementKeys();
  const auto rank = [&keys](const FitTarget& t) {
    return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), t.key) - keys.begin());
  };
  std::stable_sort(targets.begin(), targets.end(), [&](const FitTarget& a, const FitTarget& b) { return rank(a) < rank(b); });
  return targets;
}

}  // namespace anatomy
