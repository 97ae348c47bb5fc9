// The calcific spur's inclination as a control (issue 10): posing tilts the spur about its
// base on the cortex, the readout measured from the posed model follows the control, the
// spur keeps its broad seat on the bone at every angle, and the fit sets it from a number.
#include "model_fixture.h"

#include "anatomy/fit.h"
#include "anatomy/measure_all.h"
#include "anatomy/posed_model.h"
#include "geometry/mesh_checks.h"

#include <gtest/gtest.h>

#include <glm/gtc/constants.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace anatomy;

namespace {
PosedModel& posed() {
  static PosedModel model(modeltest::model());
  return model;
}

geometry::Mesh drawnMesh(const char* id) {
  const int i = modeltest::model().indexOf(id);
  if (i < 0) throw std::runtime_error(std::string("no structure ") + id);
  geometry::Mesh m;
  m.indices = modeltest::mesh(id).indices;
  for (const glm::vec3& v : posed().positions(i))
    m.positions.push_back(glm::vec3(posed().transform(i) * glm::vec4(v, 1.0f)));
  geometry::computeNormals(m);
  return m;
}

Conditions spur(float severity, float degrees) {
  Conditions c;
  c.set(ConditionId::CalcificSpur, severity);
  c.spurInclinationDeg = degrees;
  return c;
}

float measured(const Conditions& c, const char* key) {
  posed().update(c);
  for (const Measurement& m : measureAll(posed()))
    if (m.key == key) return m.value;
  return std::numeric_limits<float>::quiet_NaN();
}

// Lateral-view angle (degrees) between the posterior cortex line and the line from the
// spur's base to the drawn spur vertex farthest from it: read off the mesh, not the landmarks.
float meshTipAngle() {
  const glm::vec3 base = posed().landmarks().at("spur_base");
  const geometry::Mesh m = drawnMesh("calcific_spur");
  glm::vec3 tip = base;
  for (const glm::vec3& v : m.positions)
    if (glm::distance(v, base) > glm::distance(tip, base)) tip = v;
  const glm::vec3 cortex = posed().landmarks().at("calcaneus_posterosuperior_prominence") -
                           posed().landmarks().at("calcaneus_posterior_tangent_point");
  const glm::vec2 a(tip.z - base.z, tip.y - base.y), c(cortex.z, cortex.y);
  return std::abs(std::atan2(c.x * a.y - c.y * a.x, glm::dot(c, a))) * 180.0f / glm::pi<float>();
}

// Craniocaudal extent of the spur's vertices inside the calcaneus or within reach mm of it.
float seatHeight(float reach) {
  const geometry::Mesh s = drawnMesh("calcific_spur");
  const geometry::Mesh bone = drawnMesh("calcaneus");
  float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
  for (const glm::vec3& v : s.positions) {
    bool near = geometry::containsPoint(bone, v);
    for (std::size_t k = 0; !near && k < bone.positions.size(); ++k) near = glm::distance(v, bone.positions[k]) < reach;
    if (near) lo = std::min(lo, v.y), hi = std::max(hi, v.y);
  }
  return hi > lo ? hi - lo : 0.0f;
}
}  // namespace

TEST(SpurInclination, ReadoutFollowsTheControlAcrossItsRange) {
  for (float severity : {1.0f, 0.5f, 0.0f})
    for (float deg = kSpurInclinationMinDeg; deg <= kSpurInclinationMaxDeg; deg += 5.0f) {
      SCOPED_TRACE("severity " + std::to_string(severity) + ", " + std::to_string(deg) + " deg");
      EXPECT_NEAR(measured(spur(severity, deg), "spur_inclination_deg"), deg, 2.0f);
    }
  // A Haglund bump moves the cortex line the angle is read against; the readout still follows.
  Conditions both = spur(1.0f, 40.0f);
  both.set(ConditionId::Haglund, 1.0f);
  EXPECT_NEAR(measured(both, "spur_inclination_deg"), 40.0f, 2.0f);
}

TEST(SpurInclination, TheDrawnSpurTiltsByWhatTheControlSays) {
  measured(spur(1.0f, kSpurInclinationDefaultDeg), "spur_inclination_deg");
  const float atDefault = meshTipAngle();
  for (float deg : {0.0f, 10.0f, 40.0f, 45.0f}) {
    measured(spur(1.0f, deg), "spur_inclination_deg");
    EXPECT_NEAR(meshTipAngle() - atDefault, deg - kSpurInclinationDefaultDeg, 2.0f) << deg;
    // The readout's tip landmark is on the drawn spur, not a number carried beside it.
    const glm::vec3 tip = posed().landmarks().at("spur_tip");
    const geometry::Mesh m = drawnMesh("calcific_spur");
    float nearest = std::numeric_limits<float>::max();
    for (const glm::vec3& v : m.positions) nearest = std::min(nearest, glm::distance(v, tip));
    EXPECT_LT(nearest, 1.0f) << deg;
  }
}

TEST(SpurInclination, SpurStaysSeatedOnTheCortexAtEveryAngle) {
  const glm::vec3 restBase = [] {
    measured(spur(1.0f, kSpurInclinationDefaultDeg), "spur_inclination_deg");
    return posed().landmarks().at("spur_base");
  }();
  for (float deg : {0.0f, 25.0f, 45.0f}) {
    measured(spur(1.0f, deg), "spur_inclination_deg");
    EXPECT_GE(seatHeight(1.0f), 8.0f) << deg << " deg: the broad base left the bone";
    EXPECT_LT(glm::distance(posed().landmarks().at("spur_base"), restBase), 1e-3f) << "the pivot is the base";
    EXPECT_TRUE(geometry::containsPoint(drawnMesh("skin"), posed().landmarks().at("spur_tip")))
        << deg << " deg: the tip stays under the skin";
  }
}

TEST(SpurInclination, FitSetsTheInclinationFromANumber) {
  FitRequest request;
  request.targets = {{"spur_length_mm", 12.0f}, {"spur_inclination_deg", 35.0f}};
  const FitResult result = fitConditions(modeltest::model(), request);
  ASSERT_EQ(result.outcomes.size(), 2u);
  EXPECT_TRUE(result.outcomes[0].reached) << result.outcomes[0].reason;
  EXPECT_TRUE(result.outcomes[1].reached) << result.outcomes[1].reason;
  EXPECT_NEAR(result.outcomes[1].achieved, 35.0f, fitTolerance("spur_inclination_deg"));
  EXPECT_GT(result.conditions[ConditionId::CalcificSpur], 0.0f);

  request.targets = {{"spur_inclination_deg", 70.0f}};  // beyond what the model's spur shows
  const FitResult far = fitConditions(modeltest::model(), request);
  ASSERT_EQ(far.outcomes.size(), 1u);
  EXPECT_FALSE(far.outcomes[0].reached);
  EXPECT_NE(far.outcomes[0].reason.find("0-45"), std::string::npos) << far.outcomes[0].reason;
  EXPECT_FLOAT_EQ(far.conditions.spurInclinationDeg, kSpurInclinationMaxDeg);
}
