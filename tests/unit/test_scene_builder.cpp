#include "app/scene_builder.h"

#include <gtest/gtest.h>

namespace {
anatomy::Atlas twoBoxAtlas(bool builtIn) {
  anatomy::Atlas a;
  a.builtIn = builtIn;
  const auto addBox = [&](const char* id, anatomy::Category c, glm::vec3 lo, glm::vec3 hi) {
    anatomy::Structure s;
    s.id = id;
    s.name = id;
    s.category = c;
    for (int i = 0; i < 8; ++i)
      s.mesh.positions.emplace_back((i & 1) ? hi.x : lo.x, (i & 2) ? hi.y : lo.y, (i & 4) ? hi.z : lo.z);
    s.mesh.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
    geometry::computeNormals(s.mesh);
    a.structures.push_back(s);
  };
  addBox("calcaneus", anatomy::Category::Bone, {-120, 0, -20}, {-60, 60, 60});
  addBox("femur", anatomy::Category::Bone, {-110, 450, -20}, {-70, 900, 20});
  addBox("skin", anatomy::Category::Skin, {-130, -2, -30}, {-50, 910, 70});
  return a;
}
}  // namespace

TEST(SceneBuilder, HiddenStructuresAreNotDrawnAndMirrorDoublesItems) {
  const anatomy::Atlas a = twoBoxAtlas(true);
  anatomy::ViewState v = anatomy::makeViewState(a);
  anatomy::setVisible(v, 1, false);
  v.selected = 0;
  const auto cam = geometry::cameraForView(geometry::StandardView::Lateral, a.bounds(), 1.5f);
  const auto one = app::buildFrame(a, v, cam, 300, 200, {false});
  ASSERT_EQ(one.items.size(), 2u);
  EXPECT_TRUE(one.items[0].selected);
  EXPECT_LT(one.items[1].opacity, 1.0f);  // skin translucent
  const auto two = app::buildFrame(a, v, cam, 300, 200, {true});
  ASSERT_EQ(two.items.size(), 4u);
  EXPECT_LT(glm::determinant(glm::mat3(two.items[2].model)), 0.0f);
}

TEST(SceneBuilder, PickingSkipsFaintSkinButFindsMirroredLimb) {
  const anatomy::Atlas a = twoBoxAtlas(true);
  const anatomy::ViewState v = anatomy::makeViewState(a);
  geometry::Ray r;
  r.origin = {90, 30, 200};  // in front of the mirrored (left) calcaneus
  r.direction = {0, 0, -1};
  const auto hit = geometry::pickNearest(r, app::pickTargets(a, v, {true}, 0.5f));
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(app::structureFromPickId(a, hit->id), 0);
  EXPECT_FALSE(geometry::pickNearest(r, app::pickTargets(a, v, {false}, 0.5f)).has_value());
}

TEST(SceneBuilder, CloseViewsFrameTheFootAndWholeLegFramesBothLimbs) {
  const anatomy::Atlas a = twoBoxAtlas(true);
  const anatomy::ViewState v = anatomy::makeViewState(a);
  const geometry::Bounds foot = app::framingBounds(a, v, geometry::StandardView::Lateral);
  EXPECT_LE(foot.max.y, 150.0f);
  const geometry::Bounds leg = app::framingBounds(a, v, geometry::StandardView::WholeLeg);
  EXPECT_GE(leg.max.y, 900.0f);
  EXPECT_GE(leg.max.x, 120.0f);  // mirrored left limb included
  const anatomy::Atlas user = twoBoxAtlas(false);
  EXPECT_GE(app::framingBounds(user, v, geometry::StandardView::Lateral).max.y, 900.0f);
}
