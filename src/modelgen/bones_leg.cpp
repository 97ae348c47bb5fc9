// Tibia and fibula, built in the tibia's own frame: origin at the ankle centre, y along
// the mechanical axis up to the intercondylar eminence, x medial, z anterior.
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

Shape tibiaShaft() {
  const Shape shaft = taperedChain({tibiaPoint(0.0f, 55.0f, 0.0f), tibiaPoint(0.0f, 130.0f, -1.0f),
                                    tibiaPoint(0.0f, 240.0f, -1.5f), tibiaPoint(0.0f, 315.0f, -2.0f)},
                                   {17.0f, 12.5f, 13.0f, 19.0f}, 2.0f);
  // Anterior border (the shin) and the interosseous border give the triangular section.
  const Shape crest = roundCone(tibiaPoint(1.0f, 70.0f, 11.0f), tibiaPoint(1.0f, 320.0f, 15.0f), 4.0f, 5.0f);
  const Shape interosseous = roundCone(tibiaPoint(-10.0f, 80.0f, -3.0f), tibiaPoint(-11.0f, 300.0f, -4.0f), 4.0f, 4.0f);
  return smoothUnion({shaft, crest, interosseous}, 7.0f);
}

Shape tibiaProximal() {
  const Shape condyles = ellipsoid(tibiaPoint(0.0f, 346.0f, -3.0f), {38.0f, 24.0f, 25.0f}, tibiaAxes());
  const Shape flattened =
      smoothIntersect(condyles, halfSpace(tibiaPoint(0.0f, 366.0f, 0.0f), tibiaAxes()[1], condyles.box()), 3.0f);
  const Shape tuberosity = ellipsoid(tibiaPoint(1.0f, 330.0f, 20.0f), {9.0f, 16.0f, 6.0f}, tibiaAxes());
  const Shape eminenceMedial = ellipsoid(tibiaPoint(5.0f, 367.0f, -1.0f), {3.5f, 5.0f, 7.0f}, tibiaAxes());
  const Shape eminenceLateral = ellipsoid(tibiaPoint(-5.0f, 366.5f, -2.0f), {3.5f, 5.0f, 7.0f}, tibiaAxes());
  return smoothUnion({flattened, tuberosity, eminenceMedial, eminenceLateral}, 4.0f);
}

}  // namespace

Shape tibiaShape(const Shape& talus, const Shape& femur) {
  Shape t = smoothUnion({tibiaDistal(), tibiaShaft(), tibiaProximal()}, 10.0f);
  t = smoothSubtract(t, offset(talus, kJointGap), 1.0f);
  return smoothSubtract(t, offset(femur, kJointGap), 1.5f);
}

Shape fibulaShape(const Shape& talus, const Shape& tibia) {
  const Shape head = ellipsoid(tibiaPoint(-38.0f, 343.0f, -11.0f), {12.0f, 13.0f, 12.0f}, tibiaAxes());
  const Shape shaft = taperedChain({tibiaPoint(-37.0f, 335.0f, -11.0f), tibiaPoint(-34.0f, 200.0f, -7.0f),
                                    tibiaPoint(-29.0f, 80.0f, -7.0f), tibiaPoint(-25.5f, 30.0f, -9.0f)},
                                   {7.5f, 6.5f, 7.5f, 12.0f}, 2.0f);
  // Lateral malleolus: reaches lower than the medial one and sits further back.
  const Shape malleolus = roundCone(tibiaPoint(-26.0f, 30.0f, -9.0f), kLateralMalleolusTipCore, 12.0f, 7.0f);
  Shape f = smoothUnion({head, shaft, malleolus}, 5.0f);
  f = smoothSubtract(f, offset(talus, kJointGap), 1.0f);
  return smoothSubtract(f, offset(tibia, kJointGap), 1.0f);
}

}  // namespace modelgen
