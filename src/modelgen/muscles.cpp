// Triceps surae as smooth bellies: the two gastrocnemius heads from the femoral condyles
// and the soleus from the upper tibia and fibula, all converging on the Achilles tendon.
#include "modelgen/layout.h"
#include "modelgen/shapes.h"

namespace modelgen {

using namespace geometry::sdf;

namespace {

Shape belly(const std::vector<glm::vec3>& path, const std::vector<float>& radii, float widen, float flatten) {
  // Bellies are broad side to side and flatter front to back.
  Shape chain = taperedChain(path, radii, 10.0f);
  const glm::vec3 centre = chain.box().center();
  return scaled(chain, centre, {widen, 1.0f, flatten});
}

Shape keepOffBones(const Shape& muscle, const BoneShapes& bones) {
  Shape m = muscle;
  for (const Shape& b : {bones.tibia, bones.fibula, bones.femur}) m = smoothSubtract(m, offset(b, 1.0f), 2.0f);
  return m;
}

}  // namespace

void muscleShapes(const BoneShapes& bones, SoftShapes& soft) {
  const Shape medialHead = belly({{-62.0f, 478.0f, -30.0f}, {-60.0f, 420.0f, -58.0f}, {-63.0f, 340.0f, -76.0f},
                                  {-68.0f, 270.0f, -74.0f}, {-72.0f, 222.0f, -66.0f}},
                                 {9.0f, 17.0f, 21.0f, 14.0f, 4.0f}, 1.3f, 0.8f);
  const Shape lateralHead = belly({{-100.0f, 478.0f, -30.0f}, {-100.0f, 420.0f, -55.0f}, {-95.0f, 350.0f, -70.0f},
                                   {-86.0f, 290.0f, -70.0f}, {-80.0f, 245.0f, -66.0f}},
                                  {8.5f, 15.0f, 17.0f, 10.0f, 4.0f}, 1.3f, 0.8f);
  const Shape soleus = belly({{-100.0f, 395.0f, -22.0f}, {-88.0f, 340.0f, -40.0f}, {-80.0f, 250.0f, -48.0f},
                              {-78.0f, 170.0f, -45.0f}, {-79.0f, 110.0f, -50.0f}},
                             {8.0f, 20.0f, 24.0f, 16.0f, 5.0f}, 1.15f, 0.8f);
  soft.soleus = keepOffBones(smoothSubtract(soleus, offset(soft.achillesEnvelope, 0.5f), 1.0f), bones);
  soft.gastrocnemiusMedial = keepOffBones(smoothSubtract(medialHead, offset(soft.soleus, 0.5f), 2.0f), bones);
  soft.gastrocnemiusLateral = keepOffBones(
      smoothSubtract(smoothSubtract(lateralHead, offset(soft.soleus, 0.5f), 2.0f), offset(soft.gastrocnemiusMedial, 0.5f), 2.0f),
      bones);
}

}  // namespace modelgen
