// The scene as drawn and picked follows the posed model: rigid transforms go into the
// draw items of both limbs, picking tests the posed vertices, and the overlays of the
// built-in model show what --measure prints for every preset.
#include "anatomy/measure_all.h"
#include "anatomy/overlays.h"
#include "anatomy/posed_model.h"
#include "app/scene_builder.h"
#include "io/model_loader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>

namespace {
struct PosedScene {
  anatomy::Atlas atlas;
  std::unique_ptr<anatomy::PosedModel> posed;
  std::vector<geometry::Bounds> bounds;
};

// The built-in model posed as a flat foot.
PosedScene& flatFootScene() {
  static PosedScene scene = [] {
    PosedScene s;
    io::LoadOptions load;
    load.isolate = false;
    s.atlas = io::loadModel(std::string(AA_SOURCE_DIR) + "/models/foot_ankle.glb", load, nullptr);
    s.atlas.builtIn = true;
    s.posed = std::make_unique<anatomy::PosedModel>(s.atlas);
    s.posed->update(*anatomy::presetConditions("flat-foot"));
    for (std::size_t i = 0; i < s.atlas.structures.size(); ++i) {
      geometry::Bounds b;
      for (const glm::vec3& p : s.posed->positions(static_cast<int>(i))) b.extend(p);
      s.bounds.push_back(b);
    }
    return s;
  }();
  return scene;
}

app::SceneOptions posedOptions(PosedScene& s, bool bothLimbs) {
  app::SceneOptions o;
  o.bothLimbs = bothLimbs;
  o.posed = s.posed.get();
  o.posedBounds = &s.bounds;
  return o;
}
}  // namespace

TEST(PosedScene, DrawItemsCarryThePoseOnBothLimbs) {
  PosedScene& s = flatFootScene();
  ASSERT_TRUE(s.posed->canPose());
  const int mt1 = s.atlas.indexOf("metatarsal_1");
  ASSERT_GE(mt1, 0);
  ASSERT_NE(s.posed->transform(mt1), glm::mat4(1.0f)) << "flat foot moves the first metatarsal";
  const anatomy::ViewState view = anatomy::makeViewState(s.atlas);
  const auto cam = geometry::cameraForView(geometry::StandardView::WholeLeg, s.atlas.bounds(), 1.5f);
  const render::FrameDesc frame = app::buildFrame(s.atlas, view, cam, 320, 200, posedOptions(s, true));
  int seen = 0;
  for (const render::DrawItem& item : frame.items) {
    if (item.mesh != mt1) continue;
    const glm::mat4 expected = seen == 0 ? s.posed->transform(mt1) : app::leftLimbTransform() * s.posed->transform(mt1);
    EXPECT_EQ(item.model, expected) << "limb " << seen;
    ++seen;
  }
  EXPECT_EQ(seen, 2);
}

TEST(PosedScene, ClicksFindThePosedStructure) {
  PosedScene& s = flatFootScene();
  const int mt1 = s.atlas.indexOf("metatarsal_1");
  const anatomy::ViewState view = anatomy::makeViewState(s.atlas);
  const auto targets = app::pickTargets(s.atlas, view, posedOptions(s, false), 0.5f);
  for (const geometry::PickTarget& t : targets) {
    if (t.id == mt1) {
      EXPECT_EQ(t.positions, &s.posed->positions(mt1));
    }
  }
  // A ray from the medial side through the navicular, which sinks in a flat foot, hits
  // that bone where it is drawn, not where it rests.
  const int navicular = s.atlas.indexOf("navicular");
  ASSERT_GE(navicular, 0);
  const glm::vec3 tuberosity = s.posed->landmarks().at("navicular_tuberosity");
  geometry::Ray ray;
  ray.origin = tuberosity + glm::vec3(300.0f, -1.0f, 0.0f);
  ray.direction = glm::vec3(-1.0f, 0.0f, 0.0f);
  const geometry::Mesh& restMesh = s.atlas.structures[static_cast<std::size_t>(navicular)].mesh;
  EXPECT_FALSE(geometry::intersectMesh(ray, restMesh.positions, restMesh.indices))
      << "the unposed bone lies elsewhere, so only posed picking can find it here";
  const auto hit = geometry::pickNearest(ray, targets);
  ASSERT_TRUE(hit);
  EXPECT_EQ(app::structureFromPickId(s.atlas, hit->id), navicular);
}

TEST(PosedScene, OverlaysOfEveryPresetShowTheMeasuredValues) {
  PosedScene& s = flatFootScene();
  anatomy::PosedModel posed(s.atlas);
  for (const anatomy::Preset& preset : anatomy::presets()) {
    SCOPED_TRACE(preset.id);
    posed.update(*anatomy::presetConditions(preset.id));
    std::map<std::string, float> measured;
    for (const anatomy::Measurement& m : anatomy::measureAll(posed)) measured[m.key] = m.value;
    for (anatomy::OverlayKind kind : anatomy::kAllOverlays) {
      const anatomy::Overlay overlay = anatomy::buildOverlay(kind, posed.landmarks()).value();
      EXPECT_FALSE(overlay.paths.empty());
      for (const anatomy::OverlayValue& v : overlay.values) {
        if (v.key == anatomy::kAchillesPullKey) continue;  // not a --measure key
        ASSERT_TRUE(measured.count(v.key)) << v.key;
        EXPECT_NEAR(v.value, measured[v.key], 1e-3f) << v.key;
        EXPECT_EQ(v.verdict, anatomy::verdictFor(v.key, measured[v.key])) << v.key;
      }
      for (const anatomy::OverlayArc& arc : overlay.arcs) {
        if (arc.key == anatomy::kAchillesPullKey) continue;
        const float value = measured.at(arc.key);
        // Angle arcs span the unsigned angle; the HKA arc the medial angle itself.
        EXPECT_NEAR(arc.degrees, arc.key == "hka_deg" ? value : std::abs(value), 0.05f) << arc.key;
      }
    }
  }
}
