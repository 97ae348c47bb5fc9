// "Your numbers": fitting the built-in model's severities to measured values. Targets are
// made by posing the model at seeded random severity mixes, so the expected answers are
// the model's own; unreachable and conflicting numbers must come back with a reason.
#include "anatomy/fit.h"
#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"
#include "io/model_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace anatomy;

namespace {
const Atlas& builtIn() {
  static const Atlas atlas = [] {
    io::LoadOptions load;
    load.isolate = false;
    Atlas a = io::loadModel(std::string(AA_SOURCE_DIR) + "/models/foot_ankle.glb", load, nullptr);
    a.builtIn = true;
    return a;
  }();
  return atlas;
}

// Shared, so the skin weights are built once for the whole file.
PosedModel& posed() {
  static PosedModel model(builtIn());
  return model;
}

// A second model for making targets, so making them does not reset the one being fitted.
std::vector<Measurement> measuredAt(const Conditions& c) {
  static PosedModel truth(builtIn());
  truth.update(c);
  return measureAll(truth);
}

float valueOf(const std::vector<Measurement>& ms, const std::string& key) {
  for (const Measurement& m : ms)
    if (m.key == key) return m.value;
  ADD_FAILURE() << "no measurement " << key;
  return NAN;
}

// Severities from a seeded generator, mapped by hand so every standard library agrees.
Conditions randomMix(std::mt19937& rng, const std::vector<ConditionId>& ids) {
  Conditions c;
  for (ConditionId id : ids) c.set(id, static_cast<float>(rng() % 1001) / 1000.0f);
  return c;
}

FitRequest requestFor(const std::vector<Measurement>& ms, const std::vector<std::string>& keys) {
  FitRequest r;
  for (const Measurement& m : ms)
    if (keys.empty() || std::find(keys.begin(), keys.end(), m.key) != keys.end()) r.targets.push_back({m.key, m.value});
  return r;
}

void expectReproduced(const FitRequest& request, const FitResult& result, const std::string& context) {
  ASSERT_EQ(result.outcomes.size(), request.targets.size()) << context;
  for (std::size_t i = 0; i < request.targets.size(); ++i) {
    const FitOutcome& o = result.outcomes[i];
    EXPECT_EQ(o.key, request.targets[i].key) << context;
    EXPECT_NEAR(o.achieved, o.target, fitTolerance(o.key)) << context << " " << o.key;
    EXPECT_TRUE(o.reached) << context << " " << o.reason;
    EXPECT_TRUE(o.reason.empty()) << context << " " << o.reason;
  }
  // What the result reports is what its severities measure.
  const auto again = measuredAt(result.conditions);
  for (const FitOutcome& o : result.outcomes) EXPECT_NEAR(valueOf(again, o.key), o.achieved, 1e-3f) << o.key;
}

std::string oneDecimal(float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(v));
  return buf;
}

const std::vector<ConditionId> kAlignment = {ConditionId::FlatFoot, ConditionId::HindfootPronation};
const std::vector<ConditionId> kHeel = {ConditionId::Haglund, ConditionId::CalcificSpur,
                                        ConditionId::RetrocalcanealBursitis, ConditionId::InsertionalTendinopathy,
                                        ConditionId::MidportionTendinopathy};
}  // namespace

TEST(Fit, ReproducesEveryNumberOfRandomMixes) {
  std::mt19937 rng(1401);
  for (int trial = 0; trial < 6; ++trial) {
    const Conditions truth = randomMix(rng, fittableConditions());
    const FitRequest request = requestFor(measuredAt(truth), {});
    ASSERT_EQ(request.targets.size(), measurementKeys().size());
    expectReproduced(request, fitConditions(posed(), request), "all numbers, trial " + std::to_string(trial));
  }
}

TEST(Fit, ReproducesATypicalRadiographSet) {
  std::mt19937 rng(77);
  const std::vector<std::string> keys = {"calcaneal_pitch_deg", "meary_angle_deg", "navicular_height_mm",
                                         "hindfoot_valgus_deg"};
  for (int trial = 0; trial < 5; ++trial) {
    std::vector<ConditionId> ids = kAlignment;
    ids.insert(ids.end(), kHeel.begin(), kHeel.end());  // heel conditions do not move these
    const Conditions truth = randomMix(rng, ids);
    const FitRequest request = requestFor(measuredAt(truth), keys);
    ASSERT_EQ(request.targets.size(), keys.size());
    expectReproduced(request, fitConditions(posed(), request), "radiograph set, trial " + std::to_string(trial));
  }
}

TEST(Fit, ReproducesHeelNumbers) {
  std::mt19937 rng(5);
  const std::vector<std::string> keys = {"fowler_philip_deg", "ppl_bursal_projection_mm", "spur_length_mm",
                                         "bursa_ap_mm", "achilles_thickness_insertion_mm",
                                         "achilles_thickness_midportion_mm"};
  for (int trial = 0; trial < 5; ++trial) {
    const FitRequest request = requestFor(measuredAt(randomMix(rng, kHeel)), keys);
    expectReproduced(request, fitConditions(posed(), request), "heel set, trial " + std::to_string(trial));
  }
}

// A number entered alone speaks for the conditions that mainly move it (a normal pitch
// alone does not switch on knock knees), so each key is made by its strongest mover.
TEST(Fit, ReproducesOneNumberAtATime) {
  std::mt19937 rng(99);
  const auto normal = measuredAt({});
  std::vector<std::vector<Measurement>> full;
  for (ConditionId id : fittableConditions()) {
    Conditions c;
    c.set(id, 1.0f);
    full.push_back(measuredAt(c));
  }
  for (const Measurement& m : normal) {
    std::size_t strongest = 0;
    for (std::size_t i = 0; i < full.size(); ++i)
      if (std::abs(valueOf(full[i], m.key) - m.value) > std::abs(valueOf(full[strongest], m.key) - m.value))
        strongest = i;
    const Conditions truth = randomMix(rng, {fittableConditions()[strongest]});
    FitRequest request;
    request.targets.push_back({m.key, valueOf(measuredAt(truth), m.key)});
    expectReproduced(request, fitConditions(posed(), request), "one number " + m.key);
  }
}

TEST(Fit, ExplainsNumbersBeyondTheModel) {
  Conditions fullFlat;
  fullFlat.set(ConditionId::FlatFoot, 1.0f);
  Conditions fullValgum;
  fullValgum.set(ConditionId::GenuValgum, 1.0f);
  Conditions both = fullFlat;
  both.set(ConditionId::GenuValgum, 1.0f);
  const float lowestPitch = valueOf(measuredAt(fullFlat), "calcaneal_pitch_deg");
  const float highestHka = valueOf(measuredAt(fullValgum), "hka_deg");
  const float pitchOfBoth = valueOf(measuredAt(both), "calcaneal_pitch_deg");  // knock knees lift it a little

  FitRequest request;
  request.targets = {{"calcaneal_pitch_deg", 0.0f}, {"spur_length_mm", 6.0f}, {"hka_deg", 200.0f}, {"bursa_ap_mm", 3.0f}};
  const FitResult r = fitConditions(posed(), request);
  ASSERT_EQ(r.outcomes.size(), 4u);
  EXPECT_FALSE(r.allReached());
  const FitOutcome& pitch = r.outcomes[0];
  EXPECT_FALSE(pitch.reached);
  EXPECT_NE(pitch.reason.find("Calcaneal pitch 0 deg"), std::string::npos) << pitch.reason;
  EXPECT_NE(pitch.reason.find("Flat foot"), std::string::npos) << pitch.reason;
  EXPECT_NE(pitch.reason.find(oneDecimal(lowestPitch) + " deg"), std::string::npos) << pitch.reason;
  EXPECT_NEAR(pitch.achieved, pitchOfBoth, 0.5f);  // as close as the model goes with HKA 200 beside it
  const FitOutcome& hka = r.outcomes[2];
  EXPECT_FALSE(hka.reached);
  EXPECT_NE(hka.reason.find("Genu valgum"), std::string::npos) << hka.reason;
  EXPECT_NE(hka.reason.find(oneDecimal(highestHka) + " deg"), std::string::npos) << hka.reason;
  // The numbers the model can show are still shown.
  EXPECT_TRUE(r.outcomes[1].reached) << r.outcomes[1].reason;
  EXPECT_TRUE(r.outcomes[3].reached) << r.outcomes[3].reason;
  EXPECT_NEAR(r.outcomes[1].achieved, 6.0f, 1.0f);
  EXPECT_NEAR(r.outcomes[3].achieved, 3.0f, 1.0f);
}

// Beyond its main mover's reach a number may recruit a weaker mover of the same kind, never
// one of another kind: pronation deepens a flat foot's Meary angle but is no Haglund bump.
TEST(Fit, WeakerMoversHelpOnlyWithinTheirKind) {
  Conditions flatAndPronated;
  flatAndPronated.set(ConditionId::FlatFoot, 1.0f);
  flatAndPronated.set(ConditionId::HindfootPronation, 0.5f);
  FitRequest meary;
  meary.targets = {{"meary_angle_deg", valueOf(measuredAt(flatAndPronated), "meary_angle_deg")}};
  const FitResult m = fitConditions(posed(), meary);
  EXPECT_TRUE(m.allReached()) << m.outcomes[0].reason;
  EXPECT_GT(m.conditions[ConditionId::HindfootPronation], 0.0f);

  Conditions fullHaglund;
  fullHaglund.set(ConditionId::Haglund, 1.0f);
  FitRequest bump;
  bump.targets = {{"haglund_bump_mm", valueOf(measuredAt(fullHaglund), "haglund_bump_mm") + 3.0f}};
  const FitResult b = fitConditions(posed(), bump);
  EXPECT_FALSE(b.allReached());
  EXPECT_NE(b.outcomes[0].reason.find("Haglund"), std::string::npos) << b.outcomes[0].reason;
  for (ConditionId id : {ConditionId::FlatFoot, ConditionId::HindfootPronation, ConditionId::GenuValgum})
    EXPECT_EQ(b.conditions[id], 0.0f) << conditionInfo(id).key;
}

TEST(Fit, NumbersBelowTheNormalModelSayNothingLowersThem) {
  FitRequest request;
  request.targets = {{"intermalleolar_distance_mm", 0.0f}};
  const FitResult r = fitConditions(posed(), request);
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_FALSE(r.outcomes[0].reached);
  EXPECT_NE(r.outcomes[0].reason.find("no condition in the model lowers it"), std::string::npos) << r.outcomes[0].reason;
  EXPECT_FLOAT_EQ(r.conditions[ConditionId::GenuValgum], 0.0f);
}

TEST(Fit, NamesNumbersThatContradictEachOther) {
  // A normal pitch with the Meary angle of a fully collapsed arch: flat foot moves both.
  Conditions fullFlat;
  fullFlat.set(ConditionId::FlatFoot, 1.0f);
  FitRequest request;
  request.targets = {{"calcaneal_pitch_deg", valueOf(measuredAt({}), "calcaneal_pitch_deg")},
                     {"meary_angle_deg", valueOf(measuredAt(fullFlat), "meary_angle_deg")}};
  const FitResult r = fitConditions(posed(), request);
  int conflicts = 0;
  for (const FitOutcome& o : r.outcomes)
    if (!o.reached) {
      EXPECT_NE(o.reason.find("conflicts with"), std::string::npos) << o.reason;
      ++conflicts;
    }
  EXPECT_GE(conflicts, 1);
}

TEST(Fit, KeepsWhatTheNumbersDoNotSpeakTo) {
  FitRequest request;
  request.start.set(ConditionId::AchillesRupture, 0.7f);
  request.start.set(ConditionId::FlatFoot, 0.6f);
  request.start.set(ConditionId::SuperficialBursitis, 0.3f);
  request.targets = {{"spur_length_mm", 8.0f}};
  request.side = Side::Left;
  const FitResult r = fitConditions(posed(), request);
  EXPECT_EQ(r.side, Side::Left);
  EXPECT_TRUE(r.allReached()) << r.outcomes[0].reason;
  EXPECT_EQ(r.fitted, std::vector<ConditionId>{ConditionId::CalcificSpur});
  for (const ConditionInfo& info : conditionInfos()) {
    if (info.id == ConditionId::CalcificSpur) continue;
    EXPECT_EQ(r.conditions[info.id], request.start[info.id]) << info.key;
  }
  EXPECT_EQ(posed().conditions(), r.conditions);  // the reused model is left at the answer
}

TEST(Fit, NoNumbersChangeNothingAndAnswersRepeat) {
  FitRequest none;
  none.start.set(ConditionId::Haglund, 0.4f);
  const FitResult empty = fitConditions(posed(), none);
  EXPECT_TRUE(empty.outcomes.empty());
  EXPECT_EQ(empty.conditions, none.start);

  FitRequest request;
  request.targets = {{"meary_angle_deg", 12.0f}, {"hka_deg", 184.0f}, {"haglund_bump_mm", 2.0f}};
  const FitResult a = fitConditions(posed(), request);
  const FitResult b = fitConditions(builtIn(), request);  // a fresh model gives the same answer
  EXPECT_EQ(a.conditions, b.conditions);
  EXPECT_TRUE(a.allReached());
}

TEST(Fit, ModelsWithoutLandmarksSaySo) {
  Atlas atlas;
  Structure s;
  s.id = "part";
  s.mesh.positions = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}};
  s.mesh.indices = {0, 1, 2};
  geometry::computeNormals(s.mesh);
  atlas.structures.push_back(s);
  FitRequest request;
  request.targets = {{"calcaneal_pitch_deg", 20.0f}};
  const FitResult r = fitConditions(atlas, request);
  ASSERT_EQ(r.outcomes.size(), 1u);
  EXPECT_FALSE(r.outcomes[0].reached);
  EXPECT_TRUE(std::isnan(r.outcomes[0].achieved));
  EXPECT_NE(r.outcomes[0].reason.find("no landmarks"), std::string::npos);
}

TEST(FitParse, AcceptsKeysValuesAndSide) {
  FitRequest r;
  std::string error;
  EXPECT_TRUE(parseFitAssignment("calcaneal_pitch_deg=14.5", r, error)) << error;
  EXPECT_TRUE(parseFitAssignment("HKA-deg=186", r, error)) << error;
  EXPECT_TRUE(parseFitAssignment("calcaneal_pitch_deg=12", r, error)) << error;  // replaces
  EXPECT_TRUE(parseFitAssignment("side=Left", r, error)) << error;
  ASSERT_EQ(r.targets.size(), 2u);
  EXPECT_EQ(r.targets[0].key, "calcaneal_pitch_deg");
  EXPECT_FLOAT_EQ(r.targets[0].value, 12.0f);
  EXPECT_EQ(r.targets[1].key, "hka_deg");
  EXPECT_EQ(r.side, Side::Left);
  EXPECT_STREQ(sideId(r.side), "left");
}

TEST(FitParse, RefusesWithOneLineReasons) {
  for (const char* bad : {"calcaneal_pitch_deg", "pitch=12", "calcaneal_pitch_deg=", "calcaneal_pitch_deg=12deg",
                          "calcaneal_pitch_deg=nan", "hka_deg=inf", "side=up", "=3"}) {
    FitRequest r;
    std::string error;
    EXPECT_FALSE(parseFitAssignment(bad, r, error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
    EXPECT_EQ(error.find('\n'), std::string::npos) << error;
    EXPECT_TRUE(r.targets.empty()) << bad;
  }
}
