// The words of the fit: for each number the model did not reproduce, whether it lies beyond
// what the model's conditions can show (and where they stop) or fights another number.
#include "anatomy/fit_internal.h"
#include "anatomy/measurement_ranges.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <string>

namespace anatomy::fitdetail {

namespace {
std::string number(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(v));
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s == "-0" ? "0" : s;
}

std::string unitWord(std::string_view key) {
  if (const MeasurementRange* r = findFact(key)) return std::string(r->unitWord);
  return key.size() > 4 && key.substr(key.size() - 4) == "_deg" ? "deg" : "mm";
}

std::string label(std::string_view key) {
  if (const MeasurementRange* r = findFact(key)) return std::string(r->label);
  return prettyName(key.substr(0, key.rfind('_')));  // "bursa_transverse_mm" -> "Bursa transverse"
}

std::string amount(std::string_view key, float v) { return number(v) + " " + unitWord(key); }
std::string what(std::string_view key, float v) { return label(key) + " " + amount(key, v); }
std::string name(std::size_t i) { return conditionInfo(fittableConditions()[i]).label; }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

std::string names(const std::vector<std::size_t>& ids) {
  std::vector<std::string> out;
  for (std::size_t i : ids) out.push_back(name(i));
  return joined(out);
}

// Empty when the value is within the model's reach.
std::string outOfReach(Evaluator& ev, const Probe& p, const std::vector<std::size_t>& free, const Conditions& fitted,
                       const FitTarget& t, int key, float got) {
  const float tol = fitTolerance(t.key);
  const bool down = t.value < got;
  const Reach r = reach(ev, p, fitted, free, key, tol, down);
  if (down ? t.value >= r.limit - tol : t.value <= r.limit + tol) return {};
  const std::string way = down ? "down" : "up";
  std::string s = what(t.key, t.value) + ": out of the model's reach; ";
  if (!r.full.empty()) {
    s += names(r.full) + " at full severity " + (r.full.size() == 1 ? "takes" : "take") + " it " + way + " to " +
         amount(t.key, r.limit) + " and no further";
    return r.none.empty() ? s : s + " (with " + names(r.none) + " at 0)";
  }
  return s + "its " + (down ? "lowest" : "highest") + " is " + amount(t.key, r.limit) + ", with " + names(r.none) +
         " at 0, and no condition in the model " + (down ? "lowers" : "raises") + " it";
}

std::string conflict(const Probe& p, const std::vector<std::size_t>& relevant, const std::vector<FitTarget>& all,
                     const FitTarget& t, int key, float got) {
  std::vector<std::string> others;
  std::vector<std::size_t> through;
  for (const FitTarget& other : all) {
    const int k = keyIndex(other.key);
    if (k < 0 || k == key) continue;
    bool shares = false;
    for (std::size_t i : relevant)
      if (std::abs(p.on(i, k)) >= kMinEffect * fitTolerance(other.key)) {
        shares = true;
        if (std::find(through.begin(), through.end(), i) == through.end()) through.push_back(i);
      }
    if (shares) others.push_back(what(other.key, other.value));
  }
  std::sort(through.begin(), through.end());
  if (others.empty()) return what(t.key, t.value) + ": the fit got no closer than " + amount(t.key, got);
  return what(t.key, t.value) + ": conflicts with " + joined(others) + " (the model moves them together through " +
         names(through) + "); the closest fit to all of them gives " + amount(t.key, got);
}
}  // namespace

FitOutcome explain(Evaluator& ev, const Probe& p, const std::vector<std::size_t>& free, const Conditions& fitted,
                   const Values& achieved, const std::vector<FitTarget>& all, const FitTarget& t) {
  FitOutcome o;
  o.key = t.key;
  o.target = t.value;
  const int key = keyIndex(t.key);
  o.achieved = key >= 0 ? achieved[static_cast<std::size_t>(key)] : std::numeric_limits<float>::quiet_NaN();
  const float tol = fitTolerance(t.key);
  o.reached = std::isfinite(o.achieved) && std::abs(o.achieved - t.value) <= tol;
  if (o.reached) return o;
  if (!std::isfinite(o.achieved)) {
    o.reason = what(t.key, t.value) + ": this model has no landmarks to measure it";
    return o;
  }
  const std::vector<std::size_t> relevant = moving(p, free, key, tol);
  if (relevant.empty()) {
    o.reason = what(t.key, t.value) + ": none of the conditions the model shows changes it; it stays at " +
               amount(t.key, o.achieved);
    return o;
  }
  o.reason = outOfReach(ev, p, free, fitted, t, key, o.achieved);
  if (o.reason.empty()) o.reason = conflict(p, relevant, all, t, key, o.achieved);
  return o;
}

}  // namespace anatomy::fitdetail
