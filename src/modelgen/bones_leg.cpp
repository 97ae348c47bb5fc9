// Tibia and fibula, built in the tibia's own frame: origin at the ankle centre, y along
// the mechanical axis up to the intercondylar eminence, x medial, z anterior.
#include "modelgen/bone_parts.h"
#include "modelgen/layout.h"
#include "modelgen/leg.h"
#include "modelgen/shapes.h"

namespace modelgen {

using namespace geometry::sdf;

namespace {

Shape tibiaDistal() {
  // Metaphysis over the talar dome; its underside (the plafond) is carved by the talus.
  const Shape metaphysis = roundBox(tibiaPoint(1.5f, 38.0f, 0.5f), {21.5f, 19.0f, 16.5f}, 9.0f, tibiaAxes());
  const Shape posteriorLip = ellipsoid(tibiaPoint(0.0f, 27.0f, -11.0f), {17.0f, 8.0f, 6.0f}, tibiaAxes());
  const Shape anteriorLip = ellipsoid(tibiaPoint(1.0f, 28.0f, 10.0f), {17.0f, 7.0f, 6.0f}, tibiaAxes());
  // Medial malleolus: the bony knob on the inside of the ankle.
  const Shape malleolus = roundCone(tibiaPoint(15.0f, 32.0f, 2.0f), kMedialMalleolusTipCore, 9.5f, 6.0f);
  return smoothUnion({metaphysis, posteriorLip, anteriorLip, malleolus}, 6.0f);
}

// The tibial shaft is triangular in section: the anterior border (the shin's crest) in
// front, the medial border behind the flat medial surface that lies under the skin, and
// the interosseous border facing the fibula. Corners in (medial, anterior) mm.
Shape tibiaShaft() {
  const std::vector<ShaftSection> sections = {
      {50.0f, {{2.0f, 11.0f}, {13.0f, -9.0f}, {-12.0f, -7.0f}}, 4.0f},
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
