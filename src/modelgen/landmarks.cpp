// Landmarks for every measurement in REFERENCE.md, found on the generated meshes (extreme
// vertices, tangent points, section centres) or on the fields, with the morph deltas of
// those that move when a pathology grows.
#include "modelgen/generator.h"
#include "anatomy/landmark_ids.h"
#include "modelgen/hindfoot.h"
#include "modelgen/landmark_tools.h"
#include "modelgen/leg.h"
#include "modelgen/midfoot.h"
#include "modelgen/soft_tissue.h"

#include <cmath>
#include <limits>

namespace modelgen {

namespace {

using anatomy::Landmark;

Landmark make(std::string id, const glm::vec3& p, std::string structure) {
  Landmark l;
  l.id = std::move(id);
  l.position = p;
  l.structureId = std::move(structure);
  return l;
}

// A landmark found the same way on the rest mesh and on the mesh with one morph applied.
Landmark morphing(std::string id, const geometry::Mesh& mesh, const std::string& structure, const std::string& target,
                  const std::function<glm::vec3(const std::vector<glm::vec3>&)>& locate) {
  Landmark l = make(std::move(id), locate(mesh.positions), structure);
  l.morphs.push_back({target, locate(morphedPositions(mesh, target)) - l.position});
  return l;
}

void calcaneusLandmarks(const anatomy::Atlas& atlas, const BoneShapes& bones, std::vector<Landmark>& out) {
  const geometry::Mesh& c = meshOf(atlas, "calcaneus");
  const PlantarTangent plantar = plantarTangent(c.positions);
  out.push_back(make(anatomy::lm::kCalcanealTuberosityPlantar, plantar.posterior, "calcaneus"));
  out.push_back(make(anatomy::lm::kCalcaneusPlantarTangentPosterior, plantar.posterior, "calcaneus"));
  out.push_back(make(anatomy::lm::kCalcaneusPlantarTangentAnterior, plantar.anterior, "calcaneus"));
  out.push_back(make(anatomy::lm::kPplLowerPosterior, plantar.posterior, "calcaneus"));
  out.push_back(make(anatomy::lm::kPplLowerAnterior, plantar.anterior, "calcaneus"));
  out.push_back(make(anatomy::lm::kCalcaneocuboidInferior, calcaneocuboidInferior(c.positions), "calcaneus"));
  out.push_back(make(anatomy::lm::kPplUpperFacetLip, posteriorFacetLip(c.positions, bones.talus), "calcaneus"));
  out.push_back(morphing(anatomy::lm::kCalcaneusPosterosuperiorProminence, c, "calcaneus", "haglund_prominence",
                         [](const std::vector<glm::vec3>& p) { return posteriorTangent(p).prominence; }));
  out.push_back(morphing(anatomy::lm::kCalcaneusPosteriorTangentPoint, c, "calcaneus", "haglund_prominence",
                         [](const std::vector<glm::vec3>& p) { return posteriorTangent(p).tuberosity; }));
  out.push_back(make(anatomy::lm::kCalcaneusBisectorTop, sectionCentreX(c.positions, foot(0, 40.0f, 0).y, -28.0f), "calcaneus"));
  out.push_back(make(anatomy::lm::kCalcaneusBisectorBottom, sectionCentreX(c.positions, foot(0, 20.0f, 0).y, -28.0f), "calcaneus"));
}

// The vertex furthest along dir among those inside a box given in foot coordinates.
glm::vec3 extremeInFootBox(const std::vector<glm::vec3>& points, const glm::vec3& dir, const glm::vec3& lo,
                           const glm::vec3& hi) {
  std::vector<glm::vec3> inside;
  for (const glm::vec3& p : points) {
    const glm::vec3 f(p.x - kAnkleCentre.x, p.y, p.z - kAnkleCentre.z);
    if (glm::all(glm::greaterThanEqual(f, lo)) && glm::all(glm::lessThanEqual(f, hi))) inside.push_back(p);
  }
  return extremePoint(inside, dir);
}

// The parts of the calcaneus a teacher points to (medial is +x, anterior +z).
void calcaneusPartLandmarks(const anatomy::Atlas& atlas, std::vector<Landmark>& out) {
  const std::vector<glm::vec3>& c = meshOf(atlas, "calcaneus").positions;
  const std::vector<glm::vec3>& talus = meshOf(atlas, "talus").positions;
  const glm::vec3 shelf = extremeInFootBox(c, {1, 0, 0}, {-40, 36, -12}, {40, 56, 14});
  out.push_back(make(anatomy::lm::kSustentaculumTali, shelf, "calcaneus"));
  // Middle talar facet: where the talus rests on the shelf, the vertex of its upper part
  // nearest the talus (on the meshes: the carved talus field is no true distance there).
  glm::vec3 facet = shelf;
  float nearest = std::numeric_limits<float>::max();
  for (const glm::vec3& p : c) {
    if (p.x <= shelf.x - 8.0f || p.y <= shelf.y || std::abs(p.z - shelf.z) >= 8.0f) continue;
    for (const glm::vec3& q : talus) {
      const float d = glm::distance(p, q);
      if (d < nearest) nearest = d, facet = p;
    }
  }
  out.push_back(make(anatomy::lm::kCalcaneusMiddleTalarFacet, facet, "calcaneus"));
  out.push_back(make(anatomy::lm::kPeronealTrochlea, extremeInFootBox(c, {-1, 0, 0}, {-40, 24, -26}, {0, 34, -10}), "calcaneus"));
  const glm::vec3 downMedial = glm::normalize(glm::vec3(1, -1, 0)), downLateral = glm::normalize(glm::vec3(-1, -1, 0));
  out.push_back(make(anatomy::lm::kCalcaneusMedialProcess, extremeInFootBox(c, downMedial, {-40, 0, -60}, {40, 40, -30}), "calcaneus"));
  out.push_back(make(anatomy::lm::kCalcaneusLateralProcess, extremeInFootBox(c, downLateral, {-40, 0, -60}, {40, 40, -30}), "calcaneus"));
  out.push_back(make(anatomy::lm::kCalcaneusAnteriorProcess, extremeInFootBox(c, {0, 0.3f, 1}, {-40, 30, -20}, {40, 60, 40}), "calcaneus"));
}

void tendonLandmarks(const anatomy::Atlas& atlas, const BoneShapes& bones, const SoftShapes& soft,
                     std::vector<Landmark>& out) {
  const glm::vec3 inside = foot(kCalcaneusMidlineX, kInsertionCentre.y, -40.0f);
  out.push_back(make(anatomy::lm::kAchillesInsertionCentre, surfacePoint(bones.calcaneus, inside, {0, 0, -1}), "calcaneus"));
  out.push_back(make(anatomy::lm::kAchillesOrigin, foot(kCalcaneusMidlineX + kTendonStations.back().x, kTendonStations.back().y,
                                             kTendonStations.back().z),
                     "achilles_tendon"));
  struct Level {
    const char* name;
    float y;
    const Shape* full;
    const char* target;
  };
  const Level levels[] = {{"insertion", 32.0f, &soft.achillesInsertional, "insertional_thickening"},
                          {"midportion", 80.0f, &soft.achillesMidportion, "midportion_thickening"}};
  for (const Level& lv : levels) {
    const glm::vec3 centre = tendonCentreAt(lv.y);
    for (const auto& [side, dir] : {std::pair<const char*, glm::vec3>{"anterior", {0, 0, 1}}, {"posterior", {0, 0, -1}}}) {
      Landmark l = make(std::string("achilles_") + lv.name + "_" + side, surfacePoint(soft.achilles, centre, dir),
                        "achilles_tendon");
      l.morphs.push_back({lv.target, surfacePoint(*lv.full, centre, dir) - l.position});
      out.push_back(l);
    }
  }
  const geometry::Mesh& spur = meshOf(atlas, "calcific_spur");
  const glm::vec3 spurDir = spurDirection();
  out.push_back(make(anatomy::lm::kSpurBase, spurBase(bones.calcaneus), "calcaneus"));
  // Where a full-grown spur's axis ends: its inclination can be read before it grows.
  out.push_back(make(anatomy::lm::kSpurAxisEnd, kSpurTip, "calcaneus"));
  out.push_back(morphing(anatomy::lm::kSpurTip, spur, "calcific_spur", "spur_growth",
                         [spurDir](const std::vector<glm::vec3>& p) { return extremePoint(p, spurDir); }));
}

void bursaLandmarks(const anatomy::Atlas& atlas, std::vector<Landmark>& out) {
  struct Bursa {
    const char* id;
    const char* prefix;
    const char* target;
  };
  const Bursa bursae[] = {{"retrocalcaneal_bursa", "retrocalcaneal_bursa", "retrocalcaneal_bursitis"},
                          {"superficial_calcaneal_bursa", "superficial_bursa", "superficial_bursitis"}};
  const std::pair<const char*, glm::vec3> sides[] = {{"anterior", {0, 0, 1}}, {"posterior", {0, 0, -1}},
                                                     {"superior", {0, 1, 0}}, {"inferior", {0, -1, 0}},
                                                     {"medial", {1, 0, 0}},   {"lateral", {-1, 0, 0}}};
  for (const Bursa& b : bursae) {
    const geometry::Mesh& m = meshOf(atlas, b.id);
    out.push_back(morphing(std::string(b.prefix) + "_centre", m, b.id, b.target,
                           [](const std::vector<glm::vec3>& p) { return centroid(p); }));
    for (const auto& [side, dir] : sides) {
      const glm::vec3 d = dir;
      out.push_back(morphing(std::string(b.prefix) + "_" + side, m, b.id, b.target,
                             [d](const std::vector<glm::vec3>& p) { return extremePoint(p, d); }));
    }
  }
}

void limbLandmarks(const anatomy::Atlas& atlas, std::vector<Landmark>& out) {
  out.push_back(make(anatomy::lm::kFemoralHeadCentre, kHipCentre, "femur"));
  out.push_back(make(anatomy::lm::kKneeCentre, kKneeCentre, "tibia"));
  out.push_back(make(anatomy::lm::kAnkleCentre, kAnkleCentre, "tibia"));
  const geometry::Mesh& tibia = meshOf(atlas, "tibia");
  const geometry::Mesh& femur = meshOf(atlas, "femur");
  out.push_back(make(anatomy::lm::kMedialMalleolusTip, lowestPoint(tibia.positions, kAnkleCentre.x + 8.0f, 1e9f), "tibia"));
  out.push_back(make(anatomy::lm::kLateralMalleolusTip, lowestPoint(meshOf(atlas, "fibula").positions, -1e9f, 1e9f), "fibula"));
  out.push_back(make(anatomy::lm::kMedialFemoralCondyleMedialPoint, extremePoint(femur.positions, {1, 0, 0}, 0.0f, 520.0f), "femur"));
  out.push_back(make(anatomy::lm::kTibiaAxisDistal, sectionCentre(tibia.positions, kAnkleCentre.y + 60.0f), "tibia"));
  out.push_back(make(anatomy::lm::kTibiaAxisProximal, sectionCentre(tibia.positions, kAnkleCentre.y + 150.0f), "tibia"));
}

void footLandmarks(const anatomy::Atlas& atlas, const BoneShapes& bones, std::vector<Landmark>& out) {
  out.push_back(make(anatomy::lm::kTalusBodyCentre, foot(medialColumn(140.0f)), "talus"));
  out.push_back(make(anatomy::lm::kTalusHeadCentre, foot(kTalarHeadCentre), "talus"));
  out.push_back(make(anatomy::lm::kMetatarsal1BaseCentre, foot(firstMetatarsalBase()), "metatarsal_1"));
  out.push_back(make(anatomy::lm::kMetatarsal1HeadCentre, foot(kFirstMetatarsalHead), "metatarsal_1"));
  const glm::vec3 tuberosityDir = glm::normalize(glm::vec3(1.0f, -0.35f, 0.0f));
  out.push_back(make(anatomy::lm::kNavicularTuberosity, surfacePoint(bones.navicular, foot(kNavicularTuberosityCentre), tuberosityDir),
                     "navicular"));
  const geometry::Mesh& skin = meshOf(atlas, "skin");
  out.push_back(make(anatomy::lm::kHeelSkinPosterior, extremePoint(skin.positions, {0, 0, -1}, 0.0f, 60.0f), "skin"));
  out.push_back(make(anatomy::lm::kToeTipSkin, extremePoint(skin.positions, {0, 0, 1}, 0.0f, 60.0f), "skin"));
}

}  // namespace

std::vector<anatomy::Landmark> computeLandmarks(const anatomy::Atlas& atlas, const BoneShapes& bones,
                                                const SoftShapes& soft) {
  std::vector<Landmark> out;
  calcaneusLandmarks(atlas, bones, out);
  calcaneusPartLandmarks(atlas, out);
  tendonLandmarks(atlas, bones, soft, out);
  bursaLandmarks(atlas, out);
  limbLandmarks(atlas, out);
  footLandmarks(atlas, bones, out);
  return out;
}

}  // namespace modelgen
