#include "anatomy/overlays.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace anatomy;

namespace {
// A hand-built right foot and leg (mm, +Y up, +Z anterior, medial +X) with every landmark
// the overlays use.
LandmarkMap landmarks() {
  LandmarkMap l;
  l["calcaneal_tuberosity_plantar"] = {-60, 3, -20};
  l["calcaneocuboid_inferior"] = {-70, 3 + 60 * std::tan(glm::radians(22.0f)), 40};
  l["talus_body_centre"] = {-55, 60, 0};
  l["talus_head_centre"] = {-50, 60 - 30 * std::tan(glm::radians(21.0f)), 30};
  l["metatarsal_1_base_centre"] = {-40, 35, 90};
  l["metatarsal_1_head_centre"] = {-38, 35 - 60 * std::tan(glm::radians(20.0f)), 150};
  l["navicular_tuberosity"] = {-35, 42, 55};
  l["tibia_axis_proximal"] = {-60, 300, 0};
  l["tibia_axis_distal"] = {-60, 100, 0};
  l["calcaneus_bisector_top"] = {-60, 50, -20};
  l["calcaneus_bisector_bottom"] = {-60 - 40 * std::tan(glm::radians(4.0f)), 10, -20};
  l["calcaneus_posterior_tangent_point"] = {-60, 15, -35};
  l["calcaneus_posterosuperior_prominence"] = {-60, 15 + 40 * std::sin(glm::radians(60.0f)), -35 + 40 * std::cos(glm::radians(60.0f))};
  l["calcaneus_plantar_tangent_posterior"] = {-60, 2, -25};
  l["calcaneus_plantar_tangent_anterior"] = {-60, 2, 40};
  l["ppl_upper_facet_lip"] = {-60, 55, 0};
  l["femoral_head_centre"] = {-85, 900, 0};
  l["knee_centre"] = {-73, 480, 0};
  l["ankle_centre"] = {-60, 80, 0};
  l["medial_femoral_condyle_medial_point"] = {-20, 470, 0};
  l["medial_malleolus_tip"] = {-30, 60, 0};
  l["achilles_origin"] = {-60, 220, -30};
  l["achilles_insertion_centre"] = {-60, 25, -36};
  return l;
}

const OverlayArc& arcFor(const Overlay& o, const std::string& key) {
  for (const OverlayArc& a : o.arcs)
    if (a.key == key) return a;
  throw std::runtime_error("no arc " + key);
}

const OverlayValue* valueFor(const Overlay& o, const std::string& key) {
  for (const OverlayValue& v : o.values)
    if (v.key == key) return &v;
  return nullptr;
}

// Angle at the centre between the arc's first and last point, in the plane that drops `drop`.
float spannedDeg(const OverlayArc& arc, int drop) {
  glm::vec3 a = arc.points.front() - arc.centre, b = arc.points.back() - arc.centre;
  a[drop] = 0.0f;
  b[drop] = 0.0f;
  return glm::degrees(std::acos(glm::clamp(glm::dot(glm::normalize(a), glm::normalize(b)), -1.0f, 1.0f)));
}
}  // namespace

TEST(Overlays, ParseNamesAndAll) {
  std::string error;
  auto list = parseOverlayList("lateral,whole-leg", error);
  ASSERT_TRUE(list);
  EXPECT_EQ(*list, (std::vector<OverlayKind>{OverlayKind::Lateral, OverlayKind::WholeLeg}));
  list = parseOverlayList("all", error);
  ASSERT_TRUE(list);
  EXPECT_EQ(list->size(), kOverlayCount);
  EXPECT_FALSE(parseOverlayList("lateral,sideways", error));
  EXPECT_NE(error.find("sideways"), std::string::npos);
  EXPECT_FALSE(parseOverlayList("", error));
  for (OverlayKind k : kAllOverlays) EXPECT_EQ(parseOverlay(overlayId(k)), k);
}

TEST(Overlays, PitchArcSpansTheMeasuredPitch) {
  const LandmarkMap l = landmarks();
  const Overlay o = buildOverlay(OverlayKind::Lateral, l).value();
  const OverlayArc& pitch = arcFor(o, "calcaneal_pitch_deg");
  EXPECT_NEAR(pitch.degrees, calcanealPitchDeg(l).value(), 0.05f);
  EXPECT_NEAR(spannedDeg(pitch, 0), calcanealPitchDeg(l).value(), 0.1f);
  // It starts along the floor (horizontal, anterior) from the tuberosity.
  const glm::vec3 first = pitch.points.front() - pitch.centre;
  EXPECT_NEAR(first.y, 0.0f, 1e-3f);
  EXPECT_GT(first.z, 0.0f);
  EXPECT_EQ(pitch.centre, l.at("calcaneal_tuberosity_plantar"));
}

TEST(Overlays, LateralArcsMatchTheirMeasurements) {
  const LandmarkMap l = landmarks();
  const Overlay o = buildOverlay(OverlayKind::Lateral, l).value();
  EXPECT_NEAR(spannedDeg(arcFor(o, "meary_angle_deg"), 0), std::abs(mearyAngleDeg(l).value()), 0.1f);
  EXPECT_NEAR(spannedDeg(arcFor(o, "talocalcaneal_lateral_deg"), 0), talocalcanealLateralDeg(l).value(), 0.1f);
  EXPECT_NEAR(spannedDeg(arcFor(o, "fowler_philip_deg"), 0), fowlerPhilipDeg(l).value(), 0.1f);
  for (const char* key : {"calcaneal_pitch_deg", "meary_angle_deg", "talocalcaneal_lateral_deg", "navicular_height_mm",
                          "fowler_philip_deg", "ppl_bursal_projection_mm"}) {
    const OverlayValue* v = valueFor(o, key);
    ASSERT_NE(v, nullptr) << key;
    EXPECT_EQ(v->verdict, Verdict::Normal) << key << " = " << v->value;
    EXPECT_NE(v->text.find("(normal "), std::string::npos) << v->text;
    EXPECT_EQ(v->range, "normal " + std::string(findRange(key)->normalText));
    EXPECT_NE(v->headline.find(formatValue(*findRange(key), v->value)), std::string::npos) << v->headline;
  }
  EXPECT_GE(o.paths.size(), 8u);
  EXPECT_EQ(o.tags.size(), o.values.size());
}

TEST(Overlays, FlatterFootTurnsThePitchRed) {
  LandmarkMap l = landmarks();
  l["calcaneocuboid_inferior"] = {-70, 3 + 60 * std::tan(glm::radians(12.0f)), 40};
  const Overlay o = buildOverlay(OverlayKind::Lateral, l).value();
  EXPECT_NEAR(arcFor(o, "calcaneal_pitch_deg").degrees, 12.0f, 0.05f);
  EXPECT_EQ(arcFor(o, "calcaneal_pitch_deg").verdict, Verdict::Pathological);
  EXPECT_EQ(valueFor(o, "calcaneal_pitch_deg")->verdict, Verdict::Pathological);
}

TEST(Overlays, PosteriorShowsValgusAndTheAchillesPull) {
  const LandmarkMap l = landmarks();
  const Overlay o = buildOverlay(OverlayKind::Posterior, l).value();
  const OverlayArc& valgus = arcFor(o, "hindfoot_valgus_deg");
  EXPECT_NEAR(spannedDeg(valgus, 2), hindfootValgusDeg(l).value(), 0.1f);
  EXPECT_EQ(valgus.verdict, Verdict::Normal);
  const OverlayArc& pull = arcFor(o, kAchillesPullKey);
  EXPECT_NEAR(spannedDeg(pull, 2), achillesPullToHeelAxisDeg(l).value(), 0.1f);
  bool arrow = false;
  for (const OverlayPath& p : o.paths)
    if (p.tone == OverlayTone::Pull && p.arrowAtEnd) {
      arrow = true;
      // From the insertion toward the calf, the head pointing up the tendon.
      EXPECT_EQ(p.points.front(), l.at("achilles_insertion_centre"));
      const glm::vec3 along = glm::normalize(p.points.back() - p.points.front());
      EXPECT_GT(glm::dot(along, glm::normalize(l.at("achilles_origin") - l.at("achilles_insertion_centre"))), 0.9999f);
    }
  EXPECT_TRUE(arrow);
}

TEST(Overlays, AchillesPullPrefersTheCalfPoint) {
  LandmarkMap l = landmarks();
  const float before = achillesPullToHeelAxisDeg(l).value();
  l["achilles_calf_point"] = l.at("achilles_origin") + glm::vec3(-40, 0, 0);
  EXPECT_GT(achillesPullToHeelAxisDeg(l).value(), before + 5.0f);
}

TEST(Overlays, HkaArcIsTheMedialAngleAtTheKnee) {
  const LandmarkMap l = landmarks();
  const Overlay o = buildOverlay(OverlayKind::WholeLeg, l).value();
  const OverlayArc& hka = arcFor(o, "hka_deg");
  EXPECT_NEAR(hka.degrees, hkaDeg(l).value(), 1e-3f);
  const glm::vec3 knee = l.at("knee_centre");
  const glm::vec3 end = glm::normalize(hka.points.back() - knee);
  const glm::vec3 tibia = glm::normalize(l.at("ankle_centre") - knee);
  EXPECT_GT(glm::dot(end, tibia), 0.9999f);
  // Halfway round it lies medial (+X) of the knee.
  EXPECT_GT(hka.points[hka.points.size() / 2].x, knee.x + 0.9f * hka.radius);
  for (const char* key : {"hka_deg", "mad_mm", "intermalleolar_distance_mm"}) EXPECT_NE(valueFor(o, key), nullptr) << key;
}

TEST(Overlays, MirroredLimbDoublesTheGeometry) {
  Overlay o = buildOverlay(OverlayKind::WholeLeg, landmarks()).value();
  const std::size_t paths = o.paths.size(), arcs = o.arcs.size(), tags = o.tags.size();
  addMirroredLimb(o);
  EXPECT_EQ(o.paths.size(), 2 * paths);
  EXPECT_EQ(o.arcs.size(), 2 * arcs);
  EXPECT_EQ(o.tags.size(), tags);
  EXPECT_FLOAT_EQ(o.arcs[arcs].centre.x, -o.arcs[0].centre.x);
}

TEST(Overlays, AMissingLandmarkGivesNoOverlayOnlyWhereItIsNeeded) {
  LandmarkMap l = landmarks();
  l.erase("knee_centre");
  EXPECT_FALSE(buildOverlay(OverlayKind::WholeLeg, l).has_value());
  EXPECT_TRUE(buildOverlay(OverlayKind::Lateral, l).has_value());
  EXPECT_TRUE(buildOverlay(OverlayKind::Posterior, l).has_value());
}

TEST(Overlays, EveryOverlayIsBuiltOrEmptyWithoutAnyOneLandmark) {
  // A builder reading a landmark its measurements do not check would stop the test
  // (AA_INVARIANT); an overlay that needs nothing that is gone still draws its values.
  const LandmarkMap full = landmarks();
  for (const auto& [id, point] : full) {
    LandmarkMap l = full;
    l.erase(id);
    for (OverlayKind kind : kAllOverlays) {
      const std::optional<Overlay> o = buildOverlay(kind, l);
      if (o) {
        EXPECT_FALSE(o->values.empty()) << id;
      }
    }
  }
}
