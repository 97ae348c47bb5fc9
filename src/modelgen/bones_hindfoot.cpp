// Calcaneus, talus and the calcific spur, in foot coordinates (layout.h).
#include "modelgen/hindfoot.h"
#include "modelgen/layout.h"
#include "modelgen/shapes.h"

#include <cmath>

namespace modelgen {

using namespace geometry::sdf;

namespace {

glm::mat3 pitched(float degreesUpForward) {
  const float a = glm::radians(degreesUpForward);
  return frameFromAxes(glm::vec3(0.0f, std::sin(a), std::cos(a)), glm::vec3(0.0f, 1.0f, 0.0f));
}

// Tilts a frame so its "up" leans toward medial by the given angle (heel valgus).
glm::mat3 everted(float degrees) {
  const float a = glm::radians(degrees);
  return frameFromAxes({0.0f, 0.0f, 1.0f}, {std::sin(a), std::cos(a), 0.0f});
}

Shape calcaneusBody() {
  const float x = kCalcaneusMidlineX;
  // Posterior tuberosity: a blocky mass whose back face takes the Achilles insertion; its
  // rounded upper corner is the bursal projection. Slightly everted (normal heel valgus).
  const Shape tuberosity = roundBox(foot(x, 27.0f, -47.0f), {13.0f, 12.5f, 10.5f}, 8.5f, everted(9.0f));
  const Shape medialProcess = ellipsoid(foot(x + 2.5f, 17.0f, -42.0f), {8.0f, 5.5f, 10.0f}, pitched(20.0f));
  const Shape lateralProcess = ellipsoid(foot(x - 8.5f, 18.0f, -40.0f), {6.0f, 5.0f, 8.0f}, pitched(20.0f));
  // Body under the posterior talar facet, and the facet's convex dome.
  const Shape body = roundCone(foot(x - 1.0f, 30.0f, -36.0f), foot(x - 4.0f, 37.0f, -8.0f), 13.0f, 13.5f);
  const Shape facet = ellipsoid(foot(x + 1.0f, 47.0f, -12.0f), {11.5f, 7.5f, 12.5f}, pitched(-18.0f));
  // Sustentaculum tali: the medial shelf under the talar neck (middle facet on top).
  const Shape sustentaculum = ellipsoid(kSustentaculumCentre, {10.5f, 4.6f, 14.0f}, pitched(8.0f));
  // Anterior process: narrows and drops below the posterior facet toward the calcaneocuboid
  // face; the plantar ridge ends in the anterior tubercle that the plantar tangent touches.
  const Shape anterior = roundCone(foot(x - 5.0f, 38.0f, -8.0f), foot(x - 11.0f, 37.5f, 5.5f), 11.0f, 8.5f);
  const Shape plantar = roundCone(foot(x + 1.0f, 20.0f, -36.0f), foot(x - 8.0f, 36.0f, 1.0f), 8.5f, 6.5f);
  // Bursal projection: the posterosuperior lip, just below the upper parallel pitch line.
  const Shape bursalProjection = ellipsoid(foot(x, 33.0f, -52.0f), {9.5f, 4.0f, 4.8f}, pitched(-20.0f));
  const Shape peronealTrochlea = ellipsoid(foot(x - 11.5f, 30.0f, -16.0f), {3.5f, 4.0f, 6.0f});
  // Superior border behind the facet: slopes down to the bursal projection just under the
  // upper parallel pitch line, so the bone is tall at the back as in a real heel.
  const Shape superiorBorder = ellipsoid(foot(x, 41.0f, -34.0f), {11.0f, 6.0f, 17.0f}, pitched(29.0f));
  Shape c = smoothUnion({tuberosity, medialProcess, lateralProcess, body, facet, sustentaculum, anterior, plantar,
                         peronealTrochlea, superiorBorder},
                        6.0f);
  c = smoothUnion(c, bursalProjection, 3.0f);
  const geometry::Bounds box = c.box();
  c = smoothIntersect(c, halfSpace(kCalcaneocuboidFace, glm::vec3(0.25f, 0.05f, 1.0f), box), 2.5f);
  // Sinus tarsi / calcaneal sulcus: the groove between the posterior and middle facets,
  // opening laterally into a funnel in front of the posterior facet.
  const Shape sulcus = capsule(foot(x + 14.0f, 52.0f, -1.0f), foot(x - 16.0f, 49.0f, 6.0f), 4.0f);
  const Shape sinusTarsi = capsule(foot(x - 4.0f, 50.0f, 1.0f), foot(x - 20.0f, 47.0f, 8.0f), 7.0f);
  c = smoothSubtract(smoothSubtract(c, sulcus, 3.0f), sinusTarsi, 3.0f);
  // The medial wall is hollow under the sustentaculum (flexor hallucis longus runs there),
  // so the sustentaculum stands out as a shelf.
  const Shape medialHollow = ellipsoid(foot(x + 20.5f, 31.0f, -8.0f), {7.0f, 8.0f, 15.0f}, pitched(12.0f));
  c = smoothSubtract(c, medialHollow, 4.0f);
  // The superior border dips between the bursal projection and the posterior facet, so
  // from the side the heel reads as a rounded posterosuperior corner, a saddle, then the facet.
  const Shape saddle = ellipsoid(foot(x, 51.5f, -35.0f), {16.0f, 7.5f, 9.0f}, pitched(8.0f));
  c = smoothSubtract(c, saddle, 5.0f);
  // The plantar border is concave between the tuberosity's processes and the anterior tubercle.
  const Shape plantarArch = ellipsoid(foot(x - 2.0f, 12.5f, -15.0f), {16.0f, 5.5f, 13.0f}, pitched(14.0f));
  return smoothSubtract(c, plantarArch, 5.0f);
}

}  // namespace

Shape calcaneusShape(bool haglund) {
  Shape c = calcaneusBody();
  if (haglund) {
    // An enlarged bursal projection: the posterosuperior corner grows up and back into the
    // recess. It stops short of the tendon as the tendon bows over it (room for the
    // squeezed bursa), so the bone never passes through bursa or tendon.
    Shape bump = ellipsoid(kHaglundBumpCentre, {10.0f, 9.0f, 7.5f}, pitched(-12.0f));
    bump = smoothSubtract(bump, offset(achillesShape(TendonState::HaglundBow), kHaglundClearanceMm), 1.0f);
    c = smoothUnion(c, bump, 3.0f);
  }
  return c;
}

Shape talusShape(const Shape& calcaneus) {
  // Body with the trochlea (a pulley-shaped dome about the ankle axis).
  const glm::vec3 axisCentre = foot(0.0f, kAnkleCentre.y, 0.0f);
  // The trochlea is wider in front than behind, so its sides converge backwards.
  const Shape cylinder = capsule(axisCentre - glm::vec3(30.0f, 0.0f, 0.0f), axisCentre + glm::vec3(30.0f, 0.0f, 0.0f),
                                 kTrochleaRadius);
  const geometry::Bounds domeBox = cylinder.box();
  const float splay = glm::radians(6.0f);
  const Shape medialSide = halfSpace(axisCentre + glm::vec3(14.5f, 0, 0), {std::cos(splay), 0, std::sin(splay)}, domeBox);
  const Shape lateralSide = halfSpace(axisCentre - glm::vec3(14.5f, 0, 0), {-std::cos(splay), 0, std::sin(splay)}, domeBox);
  // The articular arc spans about 120 degrees; in front of it the neck begins.
  const Shape front = halfSpace(axisCentre + glm::vec3(0, 0, 9.5f), {0, 0.35f, 1.0f}, domeBox);
  const Shape back = halfSpace(axisCentre - glm::vec3(0, 0, 17.0f), {0, 0.2f, -1.0f}, domeBox);
  // Only the upper part of the pulley is articular; the body ellipsoid makes the rest.
  const Shape floor = halfSpace(axisCentre - glm::vec3(0, 8.0f, 0), {0, -1.0f, 0}, domeBox);
  Shape dome = smoothIntersect(smoothIntersect(cylinder, medialSide, 4.0f), lateralSide, 4.0f);
  dome = smoothIntersect(smoothIntersect(smoothIntersect(dome, front, 6.0f), back, 6.0f), floor, 6.0f);
  const Shape groove = torus(axisCentre, kTrochleaRadius + 1.4f, 2.2f, frameFromAxes({0, 0, 1}, {1, 0, 0}));
  const Shape body = ellipsoid(foot(0.0f, 67.5f, -6.0f), {16.0f, 12.0f, 19.0f});
  const Shape posteriorProcess = ellipsoid(foot(-4.0f, 64.5f, -25.0f), {6.5f, 4.5f, 6.5f});
  const Shape lateralProcess = ellipsoid(foot(-16.0f, 60.0f, -2.0f), {5.5f, 7.5f, 8.0f});
  const Shape medialBody = ellipsoid(foot(12.0f, 66.0f, -4.0f), {5.0f, 12.0f, 14.0f});
  // Neck and head point forward, medially and down along the medial column.
  const glm::vec3 dir = -medialColumnDirection();
  const Shape neck = roundCone(foot(2.0f, 67.0f, 4.0f), foot(kTalarHeadCentre) - 6.0f * dir, 10.0f, 9.5f);
  const Shape head = ellipsoid(foot(kTalarHeadCentre), {13.0f, 9.5f, 12.5f}, frameFromAxes(dir, {0, 1, 0}));
  Shape t = smoothUnion({smoothSubtract(dome, groove, 2.0f), body, posteriorProcess, lateralProcess, medialBody, neck, head},
                        5.0f);
  return smoothSubtract(t, offset(calcaneus, kJointGap), 1.0f);
}

Shape spurShape() {
  // A broad-based beak: wide where it leaves the cortex (its root lies inside the bone, so
  // bone meets bone without a seam), tapering up and back into the tendon. Flattened
  // side to side, as the enthesophyte grows in the plane of the tendon's fibres.
  const glm::vec3 dir = spurDirection();
  const Shape beak = roundCone(kSpurRoot + glm::vec3(0.0f, 0.0f, 1.5f), kSpurTip, 3.6f, 0.7f);
  const Shape flare = ellipsoid(kSpurRoot + 4.0f * dir + glm::vec3(0.0f, 0.0f, 1.0f), {4.0f, 5.0f, 2.6f});
  Shape spur = scaled(smoothUnion(beak, flare, 2.5f), kSpurRoot, {0.8f, 1.0f, 1.0f});
  // Nothing of it reaches below the insertion's lower edge, where the bone turns forward.
  return smoothIntersect(spur, halfSpace(kSpurRoot - glm::vec3(0.0f, 2.5f, 0.0f), {0.0f, -1.0f, 0.0f}, spur.box()), 1.0f);
}

}  // namespace modelgen
