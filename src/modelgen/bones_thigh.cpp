// Femur (head, neck, trochanters, bowed shaft, condyles) and patella, in model coordinates.
#include "modelgen/bone_parts.h"
#include "modelgen/layout.h"
#include "modelgen/leg.h"
#include "modelgen/shapes.h"

namespace modelgen {

using namespace geometry::sdf;

namespace {

Shape femurProximal() {
  const Shape head = sphere(kHipCentre, kFemoralHeadRadius);
  // Neck: about 130 degrees to the shaft, turned slightly forward (anteversion).
  // It is waisted and flattened front to back, so it reads as a neck, not a cylinder.
  const glm::vec3 neckEnd(-122.0f, 845.0f, -5.0f), waist = 0.5f * (kHipCentre + neckEnd);
  const Shape neckCone = smoothUnion(roundCone(kHipCentre, waist, 15.0f, 12.5f), roundCone(waist, neckEnd, 12.5f, 18.0f), 6.0f);
  const Shape neck = scaled(neckCone, waist, {1.0f, 1.0f, 0.8f});
  const Shape greaterTrochanter = ellipsoid({-139.0f, 856.0f, -8.0f}, {13.0f, 22.0f, 17.0f});
  const Shape lesserTrochanter = ellipsoid({-111.0f, 815.0f, -15.0f}, {7.0f, 9.0f, 7.0f});
  return smoothUnion({head, neck, greaterTrochanter, lesserTrochanter}, 6.0f);
}

// The shaft, in a frame along the line from the knee end (origin) up to the trochanters:
// it bows forward a little and is rounded in section with the linea aspera, the ridge the
// thigh muscles attach to, down its back. Corners in (medial, anterior) mm of that frame.
Shape femurShaft() {
  const glm::vec3 knee(-86.0f, 495.0f, 0.0f), top(-131.0f, 832.0f, -3.0f);
  const glm::vec3 y = glm::normalize(top - knee);
  const glm::vec3 z = glm::normalize(glm::cross(glm::vec3(1.0f, 0.0f, 0.0f), y));
  const std::vector<ShaftSection> sections = {
      {-20.0f, {{0.0f, -4.0f}, {8.0f, 6.0f}, {-8.0f, 6.0f}}, 12.0f},
      {0.0f, {{0.0f, -4.0f}, {8.0f, 6.0f}, {-8.0f, 6.0f}}, 13.0f},
      {25.0f, {{-0.5f, -3.0f}, {7.0f, 7.0f}, {-8.0f, 7.0f}}, 12.0f},
      {60.0f, {{-1.0f, -2.0f}, {4.5f, 7.5f}, {-6.5f, 7.5f}}, 9.5f},
      {156.0f, {{0.7f, 1.4f}, {5.2f, 10.4f}, {-3.8f, 10.4f}}, 8.5f},
      {267.0f, {{0.4f, -0.6f}, {5.4f, 8.4f}, {-4.6f, 8.4f}}, 9.0f},
      {335.0f, {{0.0f, -5.0f}, {6.0f, 4.0f}, {-6.0f, 4.0f}}, 10.5f},
      {350.0f, {{0.0f, -6.0f}, {6.0f, 4.0f}, {-6.0f, 4.0f}}, 10.5f},
      {370.0f, {{0.0f, -5.0f}, {5.0f, 3.0f}, {-5.0f, 3.0f}}, 8.0f}};
  return sectionedShaft(knee, glm::mat3(glm::cross(y, z), y, z), sections);
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
  // Seen from the front a rounded triangle, base up and apex down; a flat plate about two
  // centimetres thick whose front domes a little. Its back is carved by the femoral trochlea.
  const std::vector<glm::vec2> outline = {{-19.0f, 19.0f}, {19.0f, 19.0f}, {22.0f, 4.0f}, {5.0f, -22.0f},
                                          {-5.0f, -22.0f}, {-22.0f, 4.0f}};
  const Shape plate = roundedPrism(kPatellaCentre, outline, 10.0f, 6.0f);
  // Thickest at its base: the dome's centre sits high, so the plate thins toward the apex.
  const Shape dome = ellipsoid(kPatellaCentre + glm::vec3(0.0f, 8.0f, -8.0f), {30.0f, 34.0f, 19.0f});
  return smoothSubtract(smoothIntersect(plate, dome, 3.0f), offset(femur, kJointGap), 1.0f);
}

}  // namespace modelgen
