// Femur (head, neck, trochanters, bowed shaft, condyles) and patella, in model coordinates.
#include "modelgen/layout.h"
#include "modelgen/leg.h"
#include "modelgen/shapes.h"

namespace modelgen {

using namespace geometry::sdf;

namespace {

Shape femurProximal() {
  const Shape head = sphere(kHipCentre, kFemoralHeadRadius);
  // Neck: about 130 degrees to the shaft, turned slightly forward (anteversion).
  const Shape neck = roundCone(kHipCentre, glm::vec3(-122.0f, 845.0f, -5.0f), 16.0f, 17.5f);
  const Shape greaterTrochanter = ellipsoid({-139.0f, 856.0f, -8.0f}, {13.0f, 22.0f, 17.0f});
  const Shape lesserTrochanter = ellipsoid({-111.0f, 815.0f, -15.0f}, {7.0f, 9.0f, 7.0f});
  return smoothUnion({head, neck, greaterTrochanter, lesserTrochanter}, 6.0f);
}

Shape femurShaft() {
  // The shaft bows forward a little and runs down and in toward the knee.
  const Shape shaft = taperedChain({{-131.0f, 832.0f, -3.0f}, {-121.0f, 760.0f, 3.0f}, {-106.0f, 650.0f, 6.0f},
                                    {-93.0f, 540.0f, 3.0f}, {-86.0f, 495.0f, 0.0f}},
                                   {17.0f, 15.0f, 14.0f, 16.0f, 22.0f}, 2.0f);
  // Linea aspera: the ridge down the back of the shaft where the thigh muscles attach.
  const Shape lineaAspera = roundCone({-101.0f, 600.0f, -6.0f}, {-118.0f, 760.0f, -8.0f}, 4.0f, 3.5f);
  return smoothUnion(shaft, lineaAspera, 9.0f);
}

Shape femurDistal() {
  const Shape metaphysis = ellipsoid({-80.0f, 478.0f, -2.0f}, {40.0f, 26.0f, 24.0f});
  const Shape medialCondyle = ellipsoid(kMedialCondyleCentre, {12.5f, 25.0f, 28.0f});
  const Shape lateralCondyle = ellipsoid(kLateralCondyleCentre, {13.5f, 24.0f, 28.0f});
  const Shape trochlea = ellipsoid({-80.0f, 470.0f, 8.0f}, {31.0f, 20.0f, 15.0f});
  const Shape medialEpicondyle = ellipsoid({-45.0f, 470.0f, -5.0f}, {6.0f, 9.0f, 9.0f});
  const Shape lateralEpicondyle = ellipsoid({-116.0f, 471.0f, -5.0f}, {6.0f, 9.0f, 9.0f});
  Shape d = smoothUnion({metaphysis, medialCondyle, lateralCondyle, trochlea, medialEpicondyle, lateralEpicondyle}, 6.0f);
  // Trochlear groove in front (the patella runs in it) and the intercondylar notch behind.
  d = smoothSubtract(d, capsule({-80.0f, 450.0f, 28.0f}, {-80.0f, 495.0f, 26.0f}, 6.0f), 4.0f);
  return smoothSubtract(d, capsule({-80.0f, 437.0f, -34.0f}, {-80.0f, 443.0f, 2.0f}, 8.0f), 3.0f);
}

}  // namespace

Shape femurShape() { return smoothUnion({femurProximal(), femurShaft(), femurDistal()}, 10.0f); }

Shape patellaShape(const Shape& femur) {
  const Shape body = ellipsoid(kPatellaCentre, {21.0f, 22.0f, 10.0f});
  const Shape apex = ellipsoid(kPatellaCentre + glm::vec3(0.0f, -13.0f, 1.0f), {12.0f, 12.0f, 8.0f});
  return smoothSubtract(smoothUnion(body, apex, 5.0f), offset(femur, kJointGap), 1.0f);
}

}  // namespace modelgen
