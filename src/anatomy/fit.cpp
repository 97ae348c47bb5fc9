#include "anatomy/fit.h"
#include "anatomy/measurement_keys.h"

#include "anatomy/fit_internal.h"
#include "anatomy/fit_solver.h"
#include "anatomy/measure_all.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace anatomy {

namespace fitdetail {

int keyIndex(std::string_view key) {
  const auto& keys = measurementKeys();
  for (std::size_t i = 0; i < keys.size(); ++i)
    if (keys[i] == key) return static_cast<int>(i);
  return -1;
}

Values measured(const PosedModel& posed) {
  Values out(measurementKeys().size(), std::numeric_limits<float>::quiet_NaN());
  for (const Measurement& m : measureAll(posed)) out[static_cast<std::size_t>(keyIndex(m.key))] = m.value;
  return out;
}

Conditions Evaluator::conditionsAt(const std::vector<ConditionId>& ids, const std::vector<double>& x) const {
  Conditions c = held_;
  for (std::size_t i = 0; i < ids.size(); ++i) c.set(ids[i], static_cast<float>(x[i]));
  return c;
}

Values Evaluator::at(const Conditions& c) {
  posed_.update(c);
  ++count;
  return measured(posed_);
}

std::vector<std::size_t> moving(const Probe& p, const std::vector<std::size_t>& free, int key, float tolerance) {
  std::vector<std::size_t> out;
  for (std::size_t i : free)
    if (std::abs(p.on(i, key)) >= kMinEffect * tolerance) out.push_back(i);
  return out;
}

Reach reach(Evaluator& ev, const Probe& p, const Conditions& at, const std::vector<std::size_t>& free, int key,
            float tolerance, bool down) {
  Reach r;
  Conditions corner = at;
  for (std::size_t i : moving(p, free, key, tolerance)) {
    const bool on = (p.on(i, key) < 0.0f) == down;
    corner.set(fittableConditions()[i], on ? 1.0f : 0.0f);
    (on ? r.full : r.none).push_back(i);
  }
  r.limit = ev.at(corner)[static_cast<std::size_t>(key)];
  return r;
}

}  // namespace fitdetail

namespace {
using namespace fitdetail;
using fitsolve::Matrix;
using fitsolve::Vector;

// A condition drives a key when it moves it at least this share of what the strongest
// condition does. Only drivers are solved for at first, so a normal pitch entered alone
// does not switch on knock knees (which lift the pitch by a degree); weaker movers join
// only when the drivers cannot reach a number.
constexpr float kDriverShare = 0.5f;
constexpr float kHelperShare = 0.25f;

// One entered number, and the key the solver compares it with: a Haglund bump above zero
// is the bursal projection above the pitch line, which keeps a slope where the bump is 0.
struct Target {
  int key = -1;
  int fitKey = -1;
  float value = 0.0f;
  float tolerance = 1.0f;
};

Probe probe(Evaluator& ev, const Conditions& start) {
  Conditions zero = start;
  for (ConditionId id : fittableConditions()) zero.set(id, 0.0f);
  Probe p;
  p.base = ev.at(zero);
  for (ConditionId id : fittableConditions()) {
    Conditions one = zero;
    one.set(id, 1.0f);
    Values v = ev.at(one);
    for (std::size_t k = 0; k < v.size(); ++k) v[k] -= p.base[k];
    p.effect.push_back(v);
  }
  return p;
}

// Fittable indices moving the key at least share of the strongest mover (and kMinEffect).
std::vector<std::size_t> movers(const Probe& p, int key, float tolerance, float share) {
  float strongest = 0.0f;
  for (std::size_t i = 0; i < p.effect.size(); ++i) strongest = std::max(strongest, std::abs(p.on(i, key)));
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < p.effect.size(); ++i) {
    const float e = std::abs(p.on(i, key));
    if (e >= share * strongest && e >= kMinEffect * tolerance) out.push_back(i);
  }
  return out;
}

void addOnce(std::vector<std::size_t>& to, std::size_t i) {
  if (std::find(to.begin(), to.end(), i) == to.end()) to.push_back(i);
}

struct Solution {
  std::vector<std::size_t> free;  // fittable indices, in the order of x
  Vector x;
  double cost = std::numeric_limits<double>::infinity();
};

std::vector<ConditionId> idsOf(const std::vector<std::size_t>& free) {
  std::vector<ConditionId> ids;
  for (std::size_t i : free) ids.push_back(fittableConditions()[i]);
  return ids;
}

Vector residualsOf(const Values& v, const std::vector<Target>& targets) {
  Vector r;
  for (const Target& t : targets) r.push_back((v[static_cast<std::size_t>(t.fitKey)] - t.value) / t.tolerance);
  return r;
}

// Solves for the free conditions, from the chord model's answer or from warm.
Solution solve(Evaluator& ev, const Probe& p, const std::vector<Target>& targets, std::vector<std::size_t> free,
               const Vector* warm) {
  Solution s;
  s.free = std::move(free);
  const std::vector<ConditionId> ids = idsOf(s.free);
  fitsolve::Problem problem;
  problem.variables = ids.size();
  problem.residuals = [&](const Vector& x) { return residualsOf(ev.at(ids, x), targets); };
  Matrix chord(targets.size(), Vector(ids.size(), 0.0));
  for (std::size_t k = 0; k < targets.size(); ++k)
    for (std::size_t i = 0; i < ids.size(); ++i) chord[k][i] = p.on(s.free[i], targets[k].fitKey) / targets[k].tolerance;
  const Vector x = warm ? *warm : fitsolve::linearGuess(problem.residuals(Vector(ids.size(), 0.0)), chord, problem.lambda);
  s.x = fitsolve::solveBounded(problem, x, chord);
  s.cost = fitsolve::cost(problem.residuals(s.x), s.x, problem.lambda);
  return s;
}

bool sameGroup(std::size_t a, std::size_t b) {
  return std::string_view(conditionInfo(fittableConditions()[a]).group) == conditionInfo(fittableConditions()[b]).group;
}

// Weaker movers that push an unreached number toward its value, not yet free, of the same
// kind as its drivers: pronation may deepen a flat foot's Meary angle, but does not stand
// in for a Haglund bump the heel cannot reach.
std::vector<std::size_t> helpers(const Probe& p, const std::vector<Target>& targets, const Values& v,
                                 const std::vector<std::size_t>& free) {
  std::vector<std::size_t> out;
  for (const Target& t : targets) {
    const float miss = t.value - v[static_cast<std::size_t>(t.fitKey)];
    if (!(std::abs(miss) > t.tolerance)) continue;
    const std::vector<std::size_t> drivers = movers(p, t.fitKey, t.tolerance, kDriverShare);
    for (std::size_t i : movers(p, t.fitKey, t.tolerance, kHelperShare)) {
      const bool kin = std::any_of(drivers.begin(), drivers.end(), [&](std::size_t d) { return sameGroup(d, i); });
      if (kin && p.on(i, t.fitKey) * miss > 0.0f && std::find(free.begin(), free.end(), i) == free.end())
        addOnce(out, i);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A number beyond the model's reach would drag every other number toward it; aiming at the
// nearest value the model can show keeps the rest as close as they can be. True if any moved.
bool aimWithinReach(Evaluator& ev, const Probe& p, const Solution& s, std::vector<Target>& targets) {
  const Conditions at = ev.conditionsAt(idsOf(s.free), s.x);
  const Values v = ev.at(at);
  bool moved = false;
  for (Target& t : targets) {
    const float got = v[static_cast<std::size_t>(t.fitKey)];
    if (std::abs(got - t.value) <= t.tolerance) continue;
    const bool down = t.value < got;
    const float limit = reach(ev, p, at, s.free, t.fitKey, t.tolerance, down).limit;
    if (down ? t.value < limit : t.value > limit) {
      t.value = limit;
      moved = true;
    }
  }
  return moved;
}

// A number only one free condition moves, and which that condition is alone in moving, is a
// monotonic one-dimensional problem: bisection finishes it exactly even where the slope is
// flat (a spur that has not yet broken through the cortex stalls the Gauss-Newton steps).
void polishSingles(Evaluator& ev, const Probe& p, const std::vector<Target>& targets, Solution& s) {
  for (const Target& t : targets) {
    const std::vector<std::size_t> by = moving(p, s.free, t.fitKey, t.tolerance);
    if (by.size() != 1) continue;
    const std::size_t slot = static_cast<std::size_t>(std::find(s.free.begin(), s.free.end(), by[0]) - s.free.begin());
    const bool alone = std::none_of(targets.begin(), targets.end(), [&](const Target& o) {
      return &o != &t && std::abs(p.on(by[0], o.fitKey)) >= kMinEffect * o.tolerance;
    });
    if (!alone) continue;
    const std::vector<ConditionId> ids = idsOf(s.free);
    const float rising = p.on(by[0], t.fitKey) > 0.0f ? 1.0f : -1.0f;
    double lo = 0.0, hi = 1.0;
    Vector x = s.x;
    const float start = ev.at(ids, x)[static_cast<std::size_t>(t.fitKey)] - t.value;
    float miss = start;
    for (int step = 0; step < 40 && std::abs(miss) > 1e-3f * t.tolerance; ++step) {
      (miss * rising > 0.0f ? hi : lo) = x[slot];
      x[slot] = 0.5 * (lo + hi);
      miss = ev.at(ids, x)[static_cast<std::size_t>(t.fitKey)] - t.value;
    }
    if (std::abs(miss) < std::abs(start)) s.x = x;
  }
}

std::vector<Target> targetsOf(const FitRequest& request, const Probe& p) {
  std::vector<Target> targets;
  for (const FitTarget& t : request.targets) {
    Target target;
    target.key = keyIndex(t.key);
    target.value = t.value;
    target.tolerance = fitTolerance(t.key);
    target.fitKey = (t.key == key::kHaglundBumpMm && t.value > 0.0f) ? keyIndex(key::kPplBursalProjectionMm) : target.key;
    if (target.key >= 0 && target.fitKey >= 0 && std::isfinite(p.base[static_cast<std::size_t>(target.fitKey)]))
      targets.push_back(target);
  }
  return targets;
}

Solution fitTargets(Evaluator& ev, const Probe& p, std::vector<Target> targets) {
  std::vector<std::size_t> free;
  for (const Target& t : targets)
    for (std::size_t i : movers(p, t.fitKey, t.tolerance, kDriverShare)) addOnce(free, i);
  std::sort(free.begin(), free.end());
  Solution best = solve(ev, p, targets, free, nullptr);
  const std::vector<std::size_t> extra = helpers(p, targets, ev.at(idsOf(best.free), best.x), best.free);
  if (!extra.empty()) {
    std::vector<std::size_t> wider = best.free;
    Vector warm = best.x;
    for (std::size_t i : extra) wider.push_back(i), warm.push_back(0.0);
    Solution s = solve(ev, p, targets, wider, &warm);
    if (s.cost < best.cost) best = s;
  }
  if (aimWithinReach(ev, p, best, targets)) best = solve(ev, p, targets, best.free, &best.x);
  polishSingles(ev, p, targets, best);
  return best;
}

constexpr std::string_view kSpurInclinationKey = key::kSpurInclinationDeg;

// The readout follows the control to a fraction of a degree; where a pose turns the heel
// out of the sagittal plane (pronation) one correction lands it.
Conditions aimInclination(Evaluator& ev, Conditions c, float target) {
  const int key = keyIndex(kSpurInclinationKey);
  for (int step = 0; step < 2 && key >= 0; ++step) {
    const float got = ev.at(c)[static_cast<std::size_t>(key)];
    if (!std::isfinite(got) || std::abs(got - target) < 0.05f) break;
    c.spurInclinationDeg = clampSpurInclination(c.spurInclinationDeg + (target - got));
  }
  return c;
}

FitOutcome inclinationOutcome(const FitTarget& t, const Values& achieved) {
  FitOutcome o;
  o.key = t.key;
  o.target = t.value;
  const int key = keyIndex(t.key);
  o.achieved = key >= 0 ? achieved[static_cast<std::size_t>(key)] : std::numeric_limits<float>::quiet_NaN();
  o.reached = std::isfinite(o.achieved) && std::abs(o.achieved - t.value) <= fitTolerance(t.key);
  if (o.reached) return o;
  char text[160];
  if (std::isfinite(o.achieved))
    std::snprintf(text, sizeof text,
                  "Spur inclination %.1f deg: out of the model's reach; its spur leans 0-45 deg from the posterior "
                  "cortex and shows %.1f deg",
                  static_cast<double>(t.value), static_cast<double>(o.achieved));
  else
    std::snprintf(text, sizeof text, "Spur inclination %.1f deg: this model has no landmarks to measure it",
                  static_cast<double>(t.value));
  o.reason = text;
  return o;
}

std::string normaliseKey(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

bool FitResult::allReached() const {
  return std::all_of(outcomes.begin(), outcomes.end(), [](const FitOutcome& o) { return o.reached; });
}

const std::vector<ConditionId>& fittableConditions() {
  using C = ConditionId;
  static const std::vector<ConditionId> ids = {
      C::FlatFoot,     C::HindfootPronation,      C::GenuValgum,
      C::Haglund,      C::CalcificSpur,           C::RetrocalcanealBursitis,
      C::InsertionalTendinopathy, C::MidportionTendinopathy};
  return ids;
}

float fitTolerance(std::string_view) { return 1.0f; }  // 1 deg for the _deg keys, 1 mm for the _mm ones

const char* sideId(Side side) { return side == Side::Left ? "left" : "right"; }

FitResult fitConditions(const Atlas& atlas, const FitRequest& request) {
  PosedModel posed(atlas);
  return fitConditions(posed, request);
}

FitResult fitConditions(PosedModel& posed, const FitRequest& request) {
  // The spur's inclination is a control of its own, not a severity: its number sets it,
  // and the severities are solved for the other numbers.
  FitRequest severities = request;
  const auto inclination = std::find_if(request.targets.begin(), request.targets.end(),
                                        [](const FitTarget& t) { return t.key == kSpurInclinationKey; });
  if (inclination != request.targets.end()) {
    severities.start.spurInclinationDeg = clampSpurInclination(inclination->value);
    severities.targets.erase(severities.targets.begin() + (inclination - request.targets.begin()));
  }
  Evaluator ev(posed, severities.start);
  const Probe p = probe(ev, severities.start);
  const Solution best = fitTargets(ev, p, targetsOf(severities, p));
  FitResult result;
  result.side = request.side;
  result.fitted = idsOf(best.free);
  result.conditions = ev.conditionsAt(result.fitted, best.x);
  if (inclination != request.targets.end()) result.conditions = aimInclination(ev, result.conditions, inclination->value);
  const Values achieved = ev.at(result.conditions);
  for (const FitTarget& t : request.targets)
    result.outcomes.push_back(t.key == kSpurInclinationKey
                                  ? inclinationOutcome(t, achieved)
                                  : explain(ev, p, best.free, result.conditions, achieved, request.targets, t));
  posed.update(result.conditions);  // the reach checks moved it
  result.evaluations = ev.count;
  return result;
}

bool parseFitAssignment(std::string_view text, FitRequest& request, std::string& error) {
  const std::size_t eq = text.find('=');
  if (eq == std::string_view::npos) {
    error = "'" + std::string(text) + "' is not KEY=VALUE (e.g. calcaneal_pitch_deg=14 or side=left)";
    return false;
  }
  const std::string key = normaliseKey(text.substr(0, eq));
  const std::string value(text.substr(eq + 1));
  if (key == "side") {
    if (normaliseKey(value) != "left" && normaliseKey(value) != "right") {
      error = "side '" + value + "' must be left or right";
      return false;
    }
    request.side = normaliseKey(value) == "left" ? Side::Left : Side::Right;
    return true;
  }
  if (keyIndex(key) < 0) {
    std::string names;
    for (const std::string& k : measurementKeys()) names += (names.empty() ? "" : ", ") + k;
    error = "unknown measurement '" + std::string(text.substr(0, eq)) + "' (one of " + names + ", or side)";
    return false;
  }
  char* end = nullptr;
  const float v = std::strtof(value.c_str(), &end);
  if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(v)) {
    error = "value '" + value + "' for " + key + " must be a number";
    return false;
  }
  for (FitTarget& t : request.targets)
    if (t.key == key) {
      t.value = v;
      return true;
    }
  request.targets.push_back({key, v});
  return true;
}

}  // namespace anatomy
