// Tibia and fibula, built in the tibia's own frame: origin at the ankle centre, y along
// the mechanical axis up to the intercondylar eminence, x medial, z anterior.
#include "modelgen/bone_parts.h"
#include "modelgen/layout.h"
#include "modelgen/leg.h"
#include "modelgen/shapes.h"

namespace modelgen {

using namespace geometry::sdf;

namespace {

// Outward normal of a tibia-frame plane that leans in by "dx" (mm, along the face's own
// outward direction) over "dy" (mm up), as a model direction.
glm::vec3 leaningNormal(const glm::vec3& outward, float dx, float dy) {
  return tibiaAxes() * glm::normalize(outward * dy + glm::vec3(0.0f, dx, 0.0f));
}

// The metaphysis flares from the triangular shaft into the broad end over the talus: each
// side leans in going up (the Visible Human tibia is about 33 x 28 mm at 50 mm above the
// plafond and 42 x 38 mm at it). Its underside, the plafond, is carved by the talus. It
// reaches 60 mm up the shaft, so the flare is one long curve without a waist above it.
// Front and back lean in less than the sides: the real section is about as deep as it is
// wide a few centimetres up, not a flattened oval.
Shape tibiaMetaphysis() {
  const Shape block = roundBox(tibiaPoint(1.0f, 41.0f, -0.5f), {21.5f, 20.0f, 19.0f}, 6.0f, tibiaAxes());
  const geometry::Bounds box = block.box();
  Shape m = block;
  m = smoothIntersect(m, halfSpace(tibiaPoint(22.0f, 22.0f, 0.0f), leaningNormal({1, 0, 0}, 9.0f, 28.0f), box), 6.0f);
  m = smoothIntersect(m, halfSpace(tibiaPoint(-20.0f, 22.0f, 0.0f), leaningNormal({-1, 0, 0}, 8.0f, 28.0f), box), 6.0f);
  m = smoothIntersect(m, halfSpace(tibiaPoint(0.0f, 22.0f, 18.0f), leaningNormal({0, 0, 1}, 4.0f, 28.0f), box), 6.0f);
  m = smoothIntersect(m, halfSpace(tibiaPoint(0.0f, 22.0f, -19.0f), leaningNormal({0, 0, -1}, 3.5f, 28.0f), box), 6.0f);
  // The four corners are bevelled broadly (the front ones most), so above the plafond the
  // section rounds off as on the Visible Human tibia instead of staying a square.
  const glm::vec2 bevels[4][2] = {{{10.0f, 17.0f}, {0.6f, 0.8f}}, {{-8.0f, 17.0f}, {-0.6f, 0.8f}},
                                  {{14.0f, -17.0f}, {0.6f, -0.8f}}, {{-12.0f, -17.0f}, {-0.6f, -0.8f}}};
  for (const auto& b : bevels)
    m = smoothIntersect(m, halfSpace(tibiaPoint(b[0].x, 22.0f, b[0].y), leaningNormal({b[1].x, 0, b[1].y}, 4.0f, 28.0f), box), 8.0f);
  return m;
}

Shape tibiaDistal() {
  // Anterior and posterior lips of the plafond; the posterior one (the "posterior
  // malleolus") hangs a little lower. The anterior and posterior tubercles reach
  // laterally around the fibula, so the fibular notch between them is a real hollow.
  const Shape posteriorLip = ellipsoid(tibiaPoint(-1.0f, 26.0f, -13.0f), {18.0f, 6.0f, 5.0f}, tibiaAxes());
  const Shape anteriorLip = ellipsoid(tibiaPoint(0.0f, 27.0f, 12.0f), {16.0f, 5.0f, 4.5f}, tibiaAxes());
  // Both tubercles stay low, by the plafond (the anterior one about 16 mm high, the
  // posterior one 12 mm): as tall ridges they stood up the side of the metaphysis and made
  // its section 25-30 mm above the malleolar tip a third wider one way than the other
  // (the Visible Human tibia's: about a fifth).
  const Shape anteriorTubercle = ellipsoid(tibiaPoint(-16.5f, 26.5f, 2.5f), {3.5f, 8.0f, 4.0f}, tibiaAxes());
  const Shape posteriorTubercle = ellipsoid(tibiaPoint(-13.0f, 22.5f, -14.5f), {4.5f, 6.0f, 4.0f}, tibiaAxes());
  // Medial malleolus: a broad, flat process (about 2 cm front to back, 1 cm thick) whose
  // lateral face articulates with the talus; its tip is the knob felt inside the ankle.
  const Shape malleolusBody = ellipsoid(tibiaPoint(15.5f, 22.0f, 0.5f), {6.5f, 11.0f, 9.0f}, tibiaAxes());
  // Its tip lies a little medial of the ankle axis's medial end (kMedialMalleolusTipCore).
  const Shape malleolusTip = roundCone(tibiaPoint(16.5f, 24.0f, 1.0f), tibiaPoint(19.8f, 10.5f, 1.0f), 8.0f, 5.5f);
  Shape t = smoothUnion({tibiaMetaphysis(), posteriorLip, anteriorLip, anteriorTubercle, posteriorTubercle,
                         malleolusBody, malleolusTip},
                        6.5f);
  // Fibular notch: the hollow on the lateral side where the fibula lies, between the tubercles.
  return smoothSubtract(t, capsule(tibiaPoint(-26.0f, 14.0f, -9.0f), tibiaPoint(-26.5f, 55.0f, -8.0f), 7.5f), 3.0f);
}

// The tibial shaft is triangular in section: the anterior border (the shin's crest) in
// front, the medial border behind the flat medial surface that lies under the skin, and
// the interosseous border facing the fibula. Corners in (medial, anterior) mm.
Shape tibiaShaft() {
  const std::vector<ShaftSection> sections = {
      {50.0f, {{2.0f, 10.5f}, {11.0f, -8.5f}, {-10.5f, -6.5f}}, 3.8f},
      {80.0f, {{1.0f, 12.0f}, {9.5f, -8.0f}, {-9.0f, -5.0f}}, 3.0f},
      {130.0f, {{1.0f, 13.5f}, {8.0f, -10.0f}, {-8.0f, -6.0f}}, 2.8f},
      {190.0f, {{1.0f, 15.0f}, {8.0f, -10.5f}, {-8.5f, -6.5f}}, 2.8f},
      {260.0f, {{1.0f, 15.0f}, {11.0f, -11.0f}, {-11.0f, -7.5f}}, 3.5f},
      {325.0f, {{1.0f, 17.0f}, {19.0f, -11.0f}, {-19.0f, -9.0f}}, 5.0f}};
  return sectionedShaft(kAnkleCentre, tibiaAxes(), sections);
}

Shape tibiaProximal() {
  // The plateau: a broad table, kidney-shaped from above (medial and lateral condyles),
  // on a metaphysis that flares from the shaft. Outline in (medial, anterior) mm.
  const std::vector<glm::vec2> table = {{38.0f, 0.0f},    {33.0f, -17.0f}, {10.0f, -23.0f}, {-10.0f, -23.0f},
                                        {-33.0f, -17.0f}, {-38.0f, 0.0f},  {-31.0f, 16.0f}, {-11.0f, 23.0f},
                                        {11.0f, 23.0f},   {31.0f, 16.0f}};
  const glm::mat3 a = tibiaAxes();
  const Shape plateau = roundedPrism(tibiaPoint(0.0f, 354.0f, -3.0f), table, 11.0f, 9.0f, glm::mat3(a[0], a[2], a[1]));
  const Shape metaphysis = roundCone(tibiaPoint(0.0f, 295.0f, 0.0f), tibiaPoint(0.0f, 335.0f, -3.0f), 16.0f, 29.0f);
  const Shape tuberosity = ellipsoid(tibiaPoint(1.0f, 328.0f, 19.0f), {9.0f, 15.0f, 6.0f}, tibiaAxes());
  const Shape eminenceMedial = ellipsoid(tibiaPoint(5.0f, 367.0f, -1.0f), {3.5f, 5.0f, 7.0f}, tibiaAxes());
  const Shape eminenceLateral = ellipsoid(tibiaPoint(-5.0f, 366.5f, -2.0f), {3.5f, 5.0f, 7.0f}, tibiaAxes());
  const Shape body = smoothUnion({plateau, metaphysis, tuberosity}, 14.0f);
  return smoothUnion({body, eminenceMedial, eminenceLateral}, 4.0f);
}

}  // namespace

Shape tibiaShape(const Shape& talus, const Shape& femur) {
  Shape t = smoothUnion({tibiaDistal(), tibiaShaft(), tibiaProximal()}, 10.0f);
  t = smoothSubtract(t, offset(talus, kJointGap), 1.0f);
  return smoothSubtract(t, offset(femur, kJointGap), 1.5f);
}

Shape fibulaShape(const Shape& talus, const Shape& tibia) {
  const Shape head = ellipsoid(tibiaPoint(-39.0f, 343.0f, -11.0f), {14.0f, 13.0f, 13.0f}, tibiaAxes());
  // A slender shaft, about a centimetre across for most of its length (rounded triangles
  // between its anterior, interosseous and posterior borders), widening only in its lowest
  // tenth into the malleolus. Corners in (medial, anterior) mm of the tibia's frame.
  const std::vector<ShaftSection> sections = {
      {4.0f, {{-25.0f, -5.5f}, {-21.5f, -13.0f}, {-28.5f, -13.0f}}, 4.0f},
      {14.0f, {{-25.5f, -4.5f}, {-20.5f, -13.5f}, {-30.5f, -13.5f}}, 5.0f},
      {30.0f, {{-26.5f, -5.0f}, {-22.5f, -12.0f}, {-30.5f, -12.0f}}, 3.5f},
      {60.0f, {{-27.5f, -4.8f}, {-24.5f, -10.4f}, {-30.5f, -10.4f}}, 2.6f},
      {120.0f, {{-30.5f, -4.0f}, {-27.7f, -9.2f}, {-33.3f, -9.2f}}, 2.4f},
      {200.0f, {{-34.0f, -4.0f}, {-31.2f, -9.2f}, {-36.8f, -9.2f}}, 2.4f},
      {280.0f, {{-36.0f, -6.0f}, {-33.0f, -11.4f}, {-39.0f, -11.4f}}, 2.6f},
      {335.0f, {{-37.0f, -7.0f}, {-33.0f, -14.0f}, {-41.0f, -14.0f}}, 4.0f}};
  const Shape shaft = sectionedShaft(kAnkleCentre, tibiaAxes(), sections);
  // Lateral malleolus: reaches lower than the medial one and sits further back.
  const Shape malleolus = roundCone(tibiaPoint(-25.5f, 14.0f, -9.5f), kLateralMalleolusTipCore, 10.0f, 7.0f);
  Shape f = smoothUnion({head, shaft, malleolus}, 5.0f);
  f = smoothSubtract(f, offset(talus, kJointGap), 1.0f);
  return smoothSubtract(f, offset(tibia, kJointGap), 1.0f);
}

}  // namespace modelgen
