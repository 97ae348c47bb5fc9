// Calcaneus, talus and the calcific spur, in foot coordinates (layout.h).
#include "modelgen/hindfoot.h"
#include "modelgen/layout.h"
#include "modelgen/shapes.h"
#include "modelgen/tarsal_fits.h"

#include <algorithm>
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
  // Body under the posterior talar facet, and the facet's convex dome: tilted down in front,
  // so from the side the bone humps up under the talar body and falls toward the sinus
  // tarsi as on a real calcaneus (its summit is the bone's highest point; the cadaver
  // height, 42.5 +- 3 mm, caps how high it may rise).
  const Shape body = roundCone(foot(x - 1.0f, 30.0f, -36.0f), foot(x - 4.0f, 37.0f, -8.0f), 13.0f, 13.5f);
  const Shape facet = ellipsoid(foot(x - 1.0f, 46.9f, -13.5f), {14.0f, 7.5f, 12.5f}, pitched(-26.0f));
  // The facet's lateral part, under the talus's lateral process: the real facet is broadest
  // here, and without it the talus hung over an open gap seen from the side.
  const Shape lateralFacet = ellipsoid(foot(x - 10.0f, 47.0f, -16.0f), {5.5f, 6.5f, 9.0f}, pitched(-20.0f));
  // Sustentaculum tali: the medial shelf under the talar neck (middle facet on top).
  const Shape sustentaculum = ellipsoid(kSustentaculumCentre - glm::vec3(2.5f, 0.0f, 0.0f), {7.0f, 4.6f, 14.0f}, pitched(8.0f));
  // Middle talar facet: a low pad on the shelf's upper surface that reaches the talar neck,
  // so the talus rests on the shelf across one joint space (the talus is carved by it).
  // It lies just under the talar neck's own underside (the fitted blank), so the front of
  // the bone stays a few millimetres below the posterior facet's summit.
  const Shape middleFacet = ellipsoid(kSustentaculumCentre + glm::vec3(-1.0f, 0.8f, 1.5f), {5.0f, 4.0f, 6.0f}, pitched(8.0f));
  // Anterior talar facet: the dorsomedial shoulder of the anterior process under the talar
  // head, joining the middle facet to the beak so that from above the front is one piece
  // (without it a notch split off the middle facet as a small horn beside the beak).
  const Shape anteriorFacet = ellipsoid(foot(x + 7.0f, 45.0f, 9.0f), {6.0f, 3.5f, 6.0f}, pitched(-6.0f));
  // Anterior process: narrows and drops below the posterior facet toward the calcaneocuboid
  // face; the plantar ridge ends in the anterior tubercle that the plantar tangent touches.
  // From above it is one broad beak (the Visible Human bone), reaching the cuboid well in
  // front of the talar head's back so the bone is about a third of the foot long.
  const Shape anterior = roundCone(foot(x - 5.0f, 38.0f, -8.0f), foot(x - 9.0f, 38.5f, 15.0f), 11.0f, 9.5f);
  const Shape beak = roundBox(foot(x - 7.0f, 38.5f, 13.0f), {10.5f, 9.5f, 8.5f}, 6.0f, pitched(4.0f));
  const Shape plantar = roundCone(foot(x + 1.0f, 20.0f, -36.0f), foot(x - 8.0f, 33.5f, 13.0f), 8.5f, 6.5f);
  // Bursal projection: the posterosuperior lip, just below the upper parallel pitch line.
  const Shape bursalProjection = ellipsoid(foot(x, 33.0f, -52.0f), {9.5f, 4.0f, 4.8f}, pitched(-20.0f));
  const Shape peronealTrochlea = ellipsoid(foot(x - 14.5f, 29.0f, -18.0f), {3.8f, 3.0f, 5.5f});
  // Superior border behind the facet: slopes down to the bursal projection just under the
  // upper parallel pitch line, so the bone is tall at the back as in a real heel.
  // The lateral wall below the peroneal trochlea bulges down to the lateral process (the
  // real bone is full here, not hollowed like the medial side).
  const Shape lateralWall = ellipsoid(foot(x - 9.0f, 21.0f, -27.0f), {7.0f, 6.5f, 13.0f}, pitched(12.0f));
  const Shape superiorBorder = ellipsoid(foot(x, 41.0f, -34.0f), {11.0f, 6.0f, 17.0f}, pitched(29.0f));
  Shape c = smoothUnion({tuberosity, medialProcess, lateralProcess, body, facet, sustentaculum, anterior, beak, plantar,
                         superiorBorder, lateralWall, anteriorFacet, middleFacet, lateralFacet},
                        6.0f);
  c = smoothUnion(c, bursalProjection, 3.0f);
  // The peroneal trochlea joins with a small blend so it stays distinct: a teacher points
  // to it between the two peroneal tendons. (The facet pad takes the wide blend: with a
  // small one it stood up from the shelf as a fin.)
  c = smoothUnion(c, peronealTrochlea, 2.5f);
  const geometry::Bounds box = c.box();
  c = smoothIntersect(c, halfSpace(kCalcaneocuboidFace, glm::vec3(0.25f, 0.05f, 1.0f), box), 3.5f);
  // In front of the sustentaculum the medial border recedes toward the anterior process
  // (the spring ligament leaves the shelf's front edge here), so from above the anterior
  // end is one beak angled laterally, not a fork.
  c = smoothIntersect(c, halfSpace(foot(13.0f, 44.0f, 5.3f), glm::normalize(glm::vec3(0.5f, 0.0f, 1.0f)), box), 3.0f);
  // The plantar border rises from the anterior tubercle to the joint's lower edge, which
  // stands well above the floor (calcaneal pitch is measured to it).
  c = smoothIntersect(c, halfSpace(foot(x, 35.0f, 22.0f), glm::vec3(0.0f, -0.82f, 0.57f), box), 3.0f);
  // Sinus tarsi / calcaneal sulcus: the groove between the posterior and middle facets,
  // opening laterally into a funnel in front of the posterior facet.
  const Shape sulcus = capsule(foot(x + 14.0f, 52.0f, -1.0f), foot(x - 16.0f, 49.0f, 6.0f), 4.0f);
  const Shape sinusTarsi = capsule(foot(x - 4.0f, 50.0f, 1.0f), foot(x - 20.0f, 47.0f, 8.0f), 7.0f);
  c = smoothSubtract(smoothSubtract(c, sulcus, 3.0f), sinusTarsi, 3.0f);
  // The medial wall is hollow under the sustentaculum (flexor hallucis longus runs there),
  // so the sustentaculum stands out as a shelf.
  const Shape medialHollow = ellipsoid(foot(x + 23.5f, 32.0f, -8.0f), {7.0f, 6.5f, 15.0f}, pitched(12.0f));
  c = smoothSubtract(c, medialHollow, 4.0f);
  // The superior border dips between the bursal projection and the posterior facet, so
  // from the side the heel reads as a rounded posterosuperior corner, a saddle, then the facet.
  const Shape saddle = ellipsoid(foot(x, 51.5f, -36.5f), {16.0f, 7.5f, 7.5f}, pitched(8.0f));
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
    // A wide blend: a narrow one left a crease in front of the bump that shaded as a dark
    // speck where the fat pad meets the bone.
    c = smoothUnion(c, bump, 5.5f);
  }
  return c;
}

namespace {

// Half-angle at which the trochlea's sides converge backwards (about 5 mm narrower behind).
constexpr float kTrochleaSplayDegrees = 13.0f;
// How far the body's sides lean out below the pulley's edge, from the vertical: medially
// the malleolar facet stands steeper; laterally the fibular facet slopes out further to the
// lateral process. Steeper faces shave off body the real bone has (the shape distance to
// the Visible Human talus rose to 6.4-6.8% with the medial face at 30 degrees; 55 and 60
// keep more of it, within the no-ledge test's 4 mm step per 2 mm of height).
constexpr float kMedialFlareDegrees = 55.0f;
constexpr float kLateralFlareDegrees = 60.0f;

// The trochlea: a pulley about the ankle axis (kTrochleaRadius), wider in front than
// behind (its sides converge backwards), with a shallow median groove. Only its upper
// arc is articular; in front of it the neck begins.
Shape trochlearPulley(const glm::vec3& axisCentre) {
  const Shape cylinder = capsule(axisCentre - glm::vec3(30.0f, 0.0f, 0.0f), axisCentre + glm::vec3(30.0f, 0.0f, 0.0f),
                                 kTrochleaRadius);
  const geometry::Bounds domeBox = cylinder.box();
  const float splay = glm::radians(kTrochleaSplayDegrees);
  const Shape medialSide = halfSpace(axisCentre + glm::vec3(14.5f, 0, 0), {std::cos(splay), 0, -std::sin(splay)}, domeBox);
  const Shape lateralSide = halfSpace(axisCentre - glm::vec3(14.5f, 0, 0), {-std::cos(splay), 0, -std::sin(splay)}, domeBox);
  const Shape front = halfSpace(axisCentre + glm::vec3(0, 0, 9.5f), {0, 0.35f, 1.0f}, domeBox);
  const Shape back = halfSpace(axisCentre - glm::vec3(0, 0, 17.0f), {0, 0.2f, -1.0f}, domeBox);
  const Shape floor = halfSpace(axisCentre - glm::vec3(0, 8.0f, 0), {0, -1.0f, 0}, domeBox);
  Shape dome = smoothIntersect(smoothIntersect(cylinder, medialSide, 4.0f), lateralSide, 4.0f);
  dome = smoothIntersect(smoothIntersect(smoothIntersect(dome, front, 6.0f), back, 6.0f), floor, 6.0f);
  const Shape groove = torus(axisCentre, kTrochleaRadius + 1.4f, 2.2f, frameFromAxes({0, 0, 1}, {1, 0, 0}));
  return smoothSubtract(dome, groove, 2.0f);
}

// Everything of the blank above the ankle axis and behind the neck that lies outside the
// trochlear circle: trimmed so the talus turns under the tibia without catching on it, and
// its upper surface is the pulley's. Blended bounds: a hard one left a serrated crease
// across the back where the circle meets the posterior process.
Shape outsideTrochlea(const glm::vec3& axisCentre) {
  const glm::vec3 c = axisCentre;
  geometry::Bounds box;
  box.extend(c + glm::vec3(-40.0f, 0.0f, -45.0f));
  box.extend(c + glm::vec3(40.0f, 40.0f, 12.0f));
  return Shape(
      [=](const glm::vec3& p) {
        const float r = glm::length(glm::vec2(p.y - c.y, p.z - c.z));
        const float outsideCircle = kTrochleaRadius - r;
        // Behind the pulley the body slopes down to the posterior process instead of
        // ending in a flat shelf level with the ankle axis: kept below a line falling
        // 1.2 mm per mm backwards, and within a slightly larger circle (room for the tibia).
        const float behind = glm::clamp((c.z - 16.0f - p.z) / 5.0f, 0.0f, 1.0f);
        const float aboveSlope = c.y + 10.5f + 1.2f * (p.z - (c.z - 21.0f)) - p.y;
        const float outsideRoom = kTrochleaRadius + 6.0f * behind - r;
        const float slopeKeeps = smoothMin(aboveSlope, outsideRoom, 2.0f);
        const float trim = smoothMax(smoothMax(outsideCircle, c.y + 2.0f - p.y, 3.0f), slopeKeeps, 3.0f);
        return smoothMax(trim, p.z - (c.z + 12.0f), 2.0f);
      },
      box);
}

// The blank beside one of the pulley's converging sides (side +1 medial, -1 lateral), above
// a face that leaves the pulley's edge and slopes out and down (flareDegrees from the
// vertical) to the wider body. A horizontal lower bound left a ledge along the body with a
// crease sharp enough to alias; the real bone's side falls from the trochlear edge (medially
// the malleolar facet, laterally the fibular facet down to the lateral process) without one.
Shape besidePulley(const glm::vec3& axisCentre, float side, float flareDegrees) {
  const glm::vec3 c = axisCentre;
  const float splay = glm::radians(kTrochleaSplayDegrees), flare = glm::radians(flareDegrees);
  const glm::vec3 out(side * std::cos(splay), 0.0f, -std::sin(splay));
  const glm::vec3 edge = c + glm::vec3(side * 14.5f, 2.0f, 0.0f);
  // Normal of the sloped face, pointing up and out into the part that is removed.
  const glm::vec3 upOut = std::cos(flare) * out + std::sin(flare) * glm::vec3(0.0f, 1.0f, 0.0f);
  geometry::Bounds box;
  box.extend(c + glm::vec3(side * 5.0f, -25.0f, -45.0f));
  box.extend(c + glm::vec3(side * 40.0f, 40.0f, 12.0f));
  return Shape(
      [=](const glm::vec3& p) {
        const float beside = smoothMax(-glm::dot(p - edge, out), -glm::dot(p - edge, upOut), 4.0f);
        return smoothMax(beside, p.z - (c.z + 12.0f), 2.0f);
      },
      box);
}

// The neck between the body and the head, narrower and lower than either: the fitted blank,
// being convex, ran straight from the pulley to the head. Measured against the Visible Human
// talus aligned onto this one, the blank was 3-7 mm too full at the sinus tarsi (lateral,
// under the neck), 3 mm too wide on both sides of the neck and 3-4 mm too high on its
// upper surface, in front of the pulley.
Shape neckWaist(Shape t) {
  t = smoothSubtract(t, ellipsoid(foot(-13.0f, 58.0f, 12.0f), {9.0f, 6.0f, 7.0f}), 3.0f);  // sinus tarsi
  t = smoothSubtract(t, ellipsoid(foot(-15.0f, 61.0f, 7.0f), {7.0f, 5.0f, 4.0f}), 2.0f);   // its back wall
  t = smoothSubtract(t, ellipsoid(foot(26.0f, 64.0f, 15.0f), {7.0f, 20.0f, 10.0f}), 3.0f);  // medial side
  t = smoothSubtract(t, ellipsoid(foot(-17.0f, 68.0f, 15.0f), {7.0f, 14.0f, 8.0f}), 3.0f);  // lateral side
  return smoothSubtract(t, ellipsoid(foot(-4.0f, 89.5f, 12.0f), {16.0f, 10.0f, 8.0f}), 3.0f);  // upper surface
}

}  // namespace

Shape talusShape(const Shape& calcaneus) {
  const glm::vec3 axisCentre = foot(0.0f, kAnkleCentre.y, 0.0f);
  // The blank fitted to a real talus (tarsal_fits.h) gives the head, neck, lateral process
  // with its fibular facet and the posterior process; the pulley replaces its upper arc.
  // Raised 3 mm so its upper surface meets the pulley (whose circle the tibia fits).
  const Shape blank = tarsalBlank(talusFit(), 1.0f, 1.0f, {0.0f, 3.0f, 0.0f});
  Shape t = smoothSubtract(blank, outsideTrochlea(axisCentre), 1.0f);
  t = smoothSubtract(t, besidePulley(axisCentre, 1.0f, kMedialFlareDegrees), 2.0f);
  t = smoothSubtract(t, besidePulley(axisCentre, -1.0f, kLateralFlareDegrees), 2.0f);
  t = smoothUnion(t, trochlearPulley(axisCentre), 2.0f);
  // The head: a rounded ball pointing forward, medially and down along the medial column,
  // for the navicular to cup.
  const glm::vec3 dir = -medialColumnDirection();
  t = smoothUnion(t, ellipsoid(foot(kTalarHeadCentre) + glm::vec3(0.0f, 1.5f, 1.0f), {12.0f, 8.0f, 11.0f}, frameFromAxes(dir, {0, 1, 0})), 3.0f);
  // Sulcus tali: the groove under the neck that roofs the sinus tarsi, between the
  // posterior and the middle calcaneal facets, widening laterally.
  t = smoothSubtract(t, roundCone(foot(9.0f, 56.0f, -3.0f), foot(-22.0f, 53.0f, 8.0f), 4.9f, 9.8f), 2.0f);
  t = neckWaist(t);
  // Flexor hallucis longus runs in a groove between the two posterior tubercles.
  t = smoothSubtract(t, capsule(kFhlTalarGroove[0], kFhlTalarGroove[1], 2.6f), 1.0f);
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
