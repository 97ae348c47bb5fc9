// The command layer without a display: every key and panel action goes through
// app::Controller, which keeps the posed model, measurements and cameras consistent.
#include "controller_fixture.h"

#include "anatomy/heel_region.h"
#include "app/controller.h"
#include "app/label_anchors.h"
#include "app/scene_builder.h"
#include "app/frame_plan.h"
#include "app/key_map.h"
#include "app/view_picking.h"
#include "ui/list_navigation.h"
#include "io/model_loader.h"

#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>

namespace {
using ui::CommandKind;
using testsupport::builtIn;
using testsupport::Fixture;

ui::Command withText(CommandKind kind, const std::string& text) {
  ui::Command c = ui::makeCommand(kind);
  c.text = text;
  return c;
}

ui::Command keyCommand(int key, int mods = 0) {
  const auto c = app::commandForKey({key, mods, false}, app::KeyContext{});
  EXPECT_TRUE(c.has_value()) << "key " << key;
  return c.value_or(ui::makeCommand(CommandKind::Quit));
}

TEST(Controller, UploadsOneCopyOfTheMeshesPerView) {
  Fixture one;
  EXPECT_EQ(one.meshes.meshCount, builtIn().structures.size());
  Fixture two(2);
  EXPECT_EQ(two.meshes.meshCount, 2 * builtIn().structures.size());
}

TEST(Controller, PresetPosesRemeasuresAndUploadsWhatMoved) {
  Fixture f;
  const double pitch = f.measure("calcaneal_pitch_deg");
  f.meshes.updated.clear();
  f.apply(withText(CommandKind::SetPreset, "flat-foot"));
  EXPECT_LT(f.measure("calcaneal_pitch_deg"), pitch - 3.0);  // the numbers follow the pose
  EXPECT_FALSE(f.meshes.updated.empty());                    // skinned soft tissue re-uploaded
  f.apply(withText(CommandKind::SetPreset, "no-such-preset"));
  EXPECT_LT(f.measure("calcaneal_pitch_deg"), pitch - 3.0);  // an unknown preset changes nothing
}

TEST(Controller, SeverityCommandChangesOneCondition) {
  Fixture f;
  ui::Command c = ui::makeCommand(CommandKind::SetSeverity, static_cast<int>(anatomy::ConditionId::CalcificSpur));
  c.value = 1.0f;
  f.apply(c);
  EXPECT_FLOAT_EQ(f.controller.conditions()[anatomy::ConditionId::CalcificSpur], 1.0f);
  EXPECT_GT(f.measure("spur_length_mm"), 10.0);
}

TEST(Controller, PresetKeyCyclesBothWays) {
  Fixture f;
  f.apply(keyCommand(GLFW_KEY_P));
  const anatomy::Conditions first = f.controller.conditions();
  EXPECT_EQ(f.state.ui.statusUntil, 103.0);  // a status line that expires
  f.apply(keyCommand(GLFW_KEY_P));
  EXPECT_FALSE(f.controller.conditions() == first);
  f.apply(keyCommand(GLFW_KEY_P, GLFW_MOD_SHIFT));
  EXPECT_TRUE(f.controller.conditions() == first);
}

TEST(Controller, SelectionHideIsolateAndEscape) {
  Fixture f;
  const int calcaneus = builtIn().indexOf("calcaneus");
  ASSERT_GE(calcaneus, 0);
  f.apply(ui::makeCommand(CommandKind::Select, calcaneus));
  EXPECT_EQ(f.state.display.selected, calcaneus);
  f.apply(keyCommand(GLFW_KEY_I));
  EXPECT_TRUE(f.state.display.isolated);
  EXPECT_EQ(std::count_if(f.state.display.display.begin(), f.state.display.display.end(),
                          [](const anatomy::StructureDisplay& d) { return d.visible; }),
            1);
  f.apply(keyCommand(GLFW_KEY_I));  // I again ends the isolation
  EXPECT_FALSE(f.state.display.isolated);
  f.apply(keyCommand(GLFW_KEY_H));
  EXPECT_FALSE(f.state.display.display[static_cast<std::size_t>(calcaneus)].visible);
  f.apply(keyCommand(GLFW_KEY_ESCAPE));  // first Esc clears the selection
  EXPECT_EQ(f.state.display.selected, -1);
  EXPECT_FALSE(f.state.display.display[static_cast<std::size_t>(calcaneus)].visible);
  f.apply(keyCommand(GLFW_KEY_ESCAPE));  // the second shows everything again
  EXPECT_TRUE(f.state.display.display[static_cast<std::size_t>(calcaneus)].visible);
}

TEST(Controller, OutOfRangeIndicesAreIgnored) {
  Fixture f;
  const anatomy::ViewState before = f.state.display;
  f.apply(ui::makeCommand(CommandKind::SetVisible, 100000));
  f.apply(ui::makeCommand(CommandKind::Isolate, -5));
  f.apply(ui::makeCommand(CommandKind::SetSeverity, 999));
  f.apply(ui::makeCommand(CommandKind::SetOverlay, 999));
  EXPECT_EQ(f.state.display.isolated, before.isolated);
  for (std::size_t i = 0; i < before.display.size(); ++i) EXPECT_TRUE(f.state.display.display[i].visible);
}

TEST(Controller, ViewKeysGlideAndOrbitingLeavesTheStandardView) {
  Fixture f;
  f.apply(keyCommand(GLFW_KEY_3));
  app::ViewSlot& v = f.state.views.front();
  EXPECT_EQ(v.standardView, geometry::StandardView::Posterior);
  EXPECT_TRUE(v.animator.active());  // the camera glides there
  while (f.controller.tick(0.1f)) {
  }
  EXPECT_TRUE(v.atStandardView);
  const float yaw = v.camera.yaw;
  ui::Command orbit = ui::makeCommand(CommandKind::Orbit);
  orbit.value = 0.5f;
  f.apply(orbit);
  EXPECT_FALSE(v.atStandardView);
  EXPECT_NEAR(std::remainder(v.camera.yaw - yaw - 0.5f, 6.2831853f), 0.0f, 1e-4f);
  f.apply(keyCommand(GLFW_KEY_R));  // R returns to the view
  while (f.controller.tick(0.1f)) {
  }
  EXPECT_TRUE(v.atStandardView);
  EXPECT_NEAR(std::remainder(v.camera.yaw - yaw, 6.2831853f), 0.0f, 1e-4f);
}

TEST(Controller, CamerasOfASplitScreenTurnTogether) {
  Fixture f(2);
  ui::Command orbit = ui::makeCommand(CommandKind::Orbit);
  orbit.value = 0.3f;
  orbit.value2 = 0.1f;
  f.apply(orbit);
  EXPECT_FLOAT_EQ(f.state.views[0].camera.yaw, f.state.views[1].camera.yaw);
  EXPECT_FLOAT_EQ(f.state.views[0].camera.pitch, f.state.views[1].camera.pitch);
  EXPECT_FLOAT_EQ(f.controller.aspect(f.state.views[0]), 640.0f / 720.0f);
}

TEST(Controller, OverlayKeyCyclesAndShowsItsView) {
  Fixture f;
  f.apply(keyCommand(GLFW_KEY_O));
  const app::ViewSlot& v = f.state.views.front();
  EXPECT_TRUE(v.overlays[static_cast<std::size_t>(anatomy::OverlayKind::Lateral)]);
  EXPECT_FALSE(f.controller.visibleOverlays(v).empty());
  f.apply(keyCommand(GLFW_KEY_O));
  EXPECT_TRUE(v.overlays[static_cast<std::size_t>(anatomy::OverlayKind::Posterior)]);
  EXPECT_EQ(v.standardView, geometry::StandardView::Posterior);
  f.apply(keyCommand(GLFW_KEY_O));
  f.apply(keyCommand(GLFW_KEY_O));  // whole leg, then off
  EXPECT_TRUE(f.controller.visibleOverlays(v).empty());
}

TEST(Controller, AppCommandsBecomeRequestsForTheWindow) {
  Fixture f;
  f.apply(keyCommand(GLFW_KEY_F12));
  EXPECT_EQ(f.state.screenshotRequests.size(), 1u);
  f.apply(withText(CommandKind::OpenFile, "/tmp/bone.stl"));
  EXPECT_TRUE(f.state.load.pending);
  EXPECT_EQ(f.state.load.path, "/tmp/bone.stl");
  f.apply(keyCommand(GLFW_KEY_EQUAL, GLFW_MOD_CONTROL));
  EXPECT_FLOAT_EQ(f.state.pendingUiScale, 1.25f);
  f.apply(keyCommand(GLFW_KEY_TAB));
  EXPECT_FALSE(f.state.ui.showPanels);
  f.apply(keyCommand(GLFW_KEY_F1));
  EXPECT_TRUE(f.state.ui.showHelp);
  f.apply(keyCommand(GLFW_KEY_Q, GLFW_MOD_CONTROL));
  EXPECT_TRUE(f.state.quit);
}

TEST(Controller, NewModelKeepsTheConditions) {
  Fixture f;
  f.apply(withText(CommandKind::SetPreset, "haglund"));
  const anatomy::Conditions haglund = f.controller.conditions();
  f.controller.setAtlas(builtIn(), io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  EXPECT_TRUE(f.controller.conditions() == haglund);
}

TEST(KeyMap, TextFieldsKeepPlainKeysButNotCtrlShortcuts) {
  app::KeyContext typing;
  typing.textFocused = true;
  EXPECT_FALSE(app::commandForKey({GLFW_KEY_H, 0, false}, typing).has_value());
  const auto quit = app::commandForKey({GLFW_KEY_Q, GLFW_MOD_CONTROL, false}, typing);
  ASSERT_TRUE(quit.has_value());
  EXPECT_EQ(quit->kind, CommandKind::Quit);
}

TEST(KeyMap, OnlyZoomRepeatsWhenHeld) {
  EXPECT_FALSE(app::commandForKey({GLFW_KEY_P, 0, true}, app::KeyContext{}).has_value());
  const auto zoom = app::commandForKey({GLFW_KEY_EQUAL, 0, true}, app::KeyContext{});
  ASSERT_TRUE(zoom.has_value());
  EXPECT_EQ(zoom->kind, CommandKind::Zoom);
  EXPECT_GT(zoom->value, 1.0f);
}

TEST(KeyMap, NumberKeysNameTheStandardViews) {
  for (int i = 0; i < 9; ++i) {
    const auto c = app::commandForKey({GLFW_KEY_1 + i, 0, false}, app::KeyContext{});
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->kind, CommandKind::SetView);
    EXPECT_EQ(c->view, geometry::kAllViews[i]);
  }
  const auto zero = app::commandForKey({GLFW_KEY_0, 0, false}, app::KeyContext{});
  ASSERT_TRUE(zero.has_value());
  EXPECT_EQ(zero->view, geometry::StandardView::HeelPosterolateral);
}

TEST(Controller, HeelPresetsAndSlidersGlideToTheirHeelViewUnlessTurnedOff) {
  Fixture f;
  f.apply(withText(CommandKind::SetPreset, "calcific-spur"));
  EXPECT_TRUE(geometry::isHeelView(f.state.views[0].standardView));
  f.apply(keyCommand(GLFW_KEY_1));
  f.state.ui.glideToHeelViews = false;
  f.apply(withText(CommandKind::SetPreset, "haglund"));
  EXPECT_EQ(f.state.views[0].standardView, geometry::StandardView::Lateral);
  f.state.ui.glideToHeelViews = true;
  ui::Command spur = ui::makeCommand(CommandKind::SetSeverity, static_cast<int>(anatomy::ConditionId::CalcificSpur));
  spur.value = 0.4f;
  f.apply(spur);
  EXPECT_TRUE(geometry::isHeelView(f.state.views[0].standardView));
  f.apply(withText(CommandKind::SetPreset, "flat-foot"));  // not a heel condition: the view stays
  EXPECT_TRUE(geometry::isHeelView(f.state.views[0].standardView));
}

TEST(KeyMap, HeldArrowsOrbitAndShiftPans) {
  EXPECT_FALSE(app::commandForHeldArrows(false, false, false, false, false, 0.016f).has_value());
  const auto orbit = app::commandForHeldArrows(true, false, false, false, false, 0.5f);
  ASSERT_TRUE(orbit.has_value());
  EXPECT_EQ(orbit->kind, CommandKind::Orbit);
  EXPECT_GT(orbit->value, 0.0f);
  const auto pan = app::commandForHeldArrows(false, false, true, false, true, 0.5f);
  ASSERT_TRUE(pan.has_value());
  EXPECT_EQ(pan->kind, CommandKind::Pan);
  EXPECT_LT(pan->value2, 0.0f);
}

}  // namespace

namespace {
TEST(FramePlan, EachViewDrawsItsOwnMeshesIntoItsOwnRect) {
  Fixture f(2);
  ui::Command haglund = withText(CommandKind::SetPreset, "haglund");
  f.apply(haglund);
  f.apply(keyCommand(GLFW_KEY_O));  // lateral overlay on
  const auto passes = app::planFrame(f.state, f.controller, 1280, 720, false);
  int scenes = 0, overlays = 0;
  render::NullBackend backend;
  for (const app::PlannedPass& p : passes) {
    if (p.kind == app::PassKind::Overlays) ++overlays;
    if (p.kind != app::PassKind::Scene) continue;
    ++scenes;
    backend.draw(p.frame);
    EXPECT_EQ(p.frame.width, 640);
    EXPECT_FLOAT_EQ(p.frame.viewportRect.x, p.view == 0 ? 0.0f : 0.5f);
    const int count = static_cast<int>(builtIn().structures.size());
    for (const render::DrawItem& item : p.frame.items) {
      EXPECT_GE(item.mesh, p.view * count);
      EXPECT_LT(item.mesh, (p.view + 1) * count);
    }
  }
  EXPECT_EQ(scenes, 2);
  EXPECT_EQ(overlays, 2);
  EXPECT_EQ(backend.frames.size(), 2u);
}

TEST(FramePlan, HiddenStructuresAreNotDrawn) {
  Fixture f;
  const auto all = app::planFrame(f.state, f.controller, 800, 600, false);
  f.apply(ui::makeCommand(CommandKind::Select, builtIn().indexOf("calcaneus")));
  f.apply(keyCommand(GLFW_KEY_H));
  const auto fewer = app::planFrame(f.state, f.controller, 800, 600, false);
  EXPECT_EQ(fewer.front().frame.items.size() + 1, all.front().frame.items.size());
}
}  // namespace

namespace {
TEST(Controller, ConditionsSurviveAModelThatCannotBePosed) {
  Fixture f;
  f.apply(withText(CommandKind::SetPreset, "flat-foot"));
  const anatomy::Conditions flat = f.controller.conditions();
  anatomy::Atlas bone;  // a user's single bone: no joints, no landmarks
  anatomy::Structure s;
  s.id = "bone";
  s.mesh.positions = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}};
  s.mesh.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
  s.mesh.indices = {0, 1, 2};
  bone.structures.push_back(s);
  f.controller.setAtlas(bone, io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  EXPECT_FALSE(f.controller.canPose());
  f.controller.setAtlas(builtIn(), io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  EXPECT_TRUE(f.controller.conditions() == flat);
  EXPECT_LT(f.measure("navicular_height_mm"), 35.0);
}
}  // namespace

namespace {
glm::vec2 ndcOf(const app::Controller& c, const app::ViewSlot& v, const glm::vec3& p) {
  const glm::vec4 clip = v.camera.projection(c.aspect(v)) * v.camera.view() * glm::vec4(p, 1.0f);
  return glm::vec2(clip) / clip.w;
}

TEST(Picking, AClickOnTheSpurThroughTheSeeThroughTendonSelectsTheSpur) {
  Fixture f;
  f.apply(withText(CommandKind::SetPreset, "calcific-spur"));
  const int spur = builtIn().indexOf("calcific_spur");
  ASSERT_GE(spur, 0) << "the built-in model has a spur structure";
  app::ViewSlot& v = f.state.views.front();
  // Aim at the spur's posed vertices from the posterior view, where the tendon lies in front.
  f.controller.setView(v, geometry::StandardView::Posterior, false);
  const auto& positions = v.posed->positions(spur);
  int hitsOnSpur = 0, tries = 0;
  for (std::size_t i = 0; i < positions.size(); i += std::max<std::size_t>(1, positions.size() / 40)) {
    const glm::vec3 p = glm::vec3(v.posed->transform(spur) * glm::vec4(positions[i], 1.0f));
    const auto hit = app::pickInView(f.state, 0, ndcOf(f.controller, v, p), f.controller.aspect(v));
    ++tries;
    if (hit && app::pickedStructure(f.state, *hit) == spur) ++hitsOnSpur;
  }
  EXPECT_GT(hitsOnSpur, tries / 4) << "of " << tries << " clicks on the spur's outline";
  // With the tendon drawn solid (no spur growing), the same clicks select the tendon or bone.
}

// Issue 10: with the panels open, each heel close-up shows the posterior calcaneus and the
// distal 60 mm of the tendon over at least half the frame's height, the heel's skin whole
// inside the free area, and fills that area to its margin (no loose oblique box).
TEST(Controller, HeelCloseUpsFitTheHeelTightlyBesideThePanels) {
  Fixture f;
  f.state.panelsOnScreen = true;
  f.state.ui.showPanels = true;
  const anatomy::Atlas& atlas = builtIn();
  const std::vector<glm::vec3> heel = anatomy::heelRegionPoints(atlas);
  const geometry::Bounds core = anatomy::heelRegionBounds(atlas);
  ASSERT_FALSE(heel.empty());
  for (geometry::StandardView view : {geometry::StandardView::HeelLateral, geometry::StandardView::HeelPosterior,
                                      geometry::StandardView::HeelPosterolateral}) {
    SCOPED_TRACE(geometry::viewId(view));
    app::ViewSlot& v = f.state.views.front();
    f.controller.setView(v, view, false);
    float left = 1.0f, right = -1.0f, bottom = 1.0f, top = -1.0f, coreBottom = 1.0f, coreTop = -1.0f;
    for (const glm::vec3& p : heel) {
      const glm::vec2 ndc = ndcOf(f.controller, v, p);
      left = std::min(left, ndc.x), right = std::max(right, ndc.x);
      bottom = std::min(bottom, ndc.y), top = std::max(top, ndc.y);
      const bool inCore = glm::all(glm::greaterThanEqual(p, core.min)) && glm::all(glm::lessThanEqual(p, core.max));
      if (inCore) coreBottom = std::min(coreBottom, ndc.y), coreTop = std::max(coreTop, ndc.y);
    }
    const geometry::FreeArea area = f.controller.freeArea(v);
    EXPECT_GE(left, 2.0f * area.x0 - 1.0f - 1e-3f);
    EXPECT_LE(right, 2.0f * area.x1 - 1.0f + 1e-3f);
    EXPECT_GE(bottom, 2.0f * area.y0 - 1.0f - 1e-3f);
    EXPECT_LE(top, 2.0f * area.y1 - 1.0f + 1e-3f);
    EXPECT_GE(coreTop - coreBottom, 1.0f) << "at least half the frame's height (NDC spans 2)";
    // Tight: on one axis the heel spans at least 85% of the free area.
    const float fillX = (right - left) / (2.0f * (area.x1 - area.x0));
    const float fillY = (top - bottom) / (2.0f * (area.y1 - area.y0));
    EXPECT_GE(std::max(fillX, fillY), 0.85f) << "fills " << fillX << " x " << fillY;
  }
}

TEST(Controller, FocusGivesContextAndIsolateReframes) {
  Fixture f;
  const int calcaneus = builtIn().indexOf("calcaneus");
  f.apply(ui::makeCommand(CommandKind::Select, calcaneus));
  f.apply(ui::makeCommand(CommandKind::FocusStructure, -1));
  while (f.controller.tick(0.1f)) {
  }
  app::ViewSlot& v = f.state.views.front();
  EXPECT_FALSE(v.atStandardView);
  const geometry::Bounds b = builtIn().structures[static_cast<std::size_t>(calcaneus)].mesh.bounds();
  const float top = ndcOf(f.controller, v, glm::vec3(b.center().x, b.max.y, b.center().z)).y;
  const float bottom = ndcOf(f.controller, v, glm::vec3(b.center().x, b.min.y, b.center().z)).y;
  const float share = (top - bottom) / 2.0f;  // of the view's height
  EXPECT_GT(share, 0.15f);
  EXPECT_LT(share, 0.5f);
  f.apply(keyCommand(GLFW_KEY_3));
  while (f.controller.tick(0.1f)) {
  }
  const float distance = v.camera.distance;
  f.apply(keyCommand(GLFW_KEY_I));
  while (f.controller.tick(0.1f)) {
  }
  EXPECT_LT(v.camera.distance, distance * 0.8f);  // the isolated bone is framed, closer
  ASSERT_TRUE(v.pivot.has_value());
}
}  // namespace

namespace {
ui::Command severity(anatomy::ConditionId id, float value) {
  ui::Command c = ui::makeCommand(CommandKind::SetSeverity, static_cast<int>(id));
  c.value = value;
  return c;
}

TEST(Undo, ConditionsVisibilitySelectionAndViewsComeBack) {
  Fixture f;
  const int talus = builtIn().indexOf("talus");
  f.apply(withText(CommandKind::SetPreset, "haglund"));
  const geometry::StandardView heelView = f.state.views[0].standardView;  // the preset's own
  f.apply(ui::makeCommand(CommandKind::Select, talus));
  f.apply(keyCommand(GLFW_KEY_H));
  f.apply(keyCommand(GLFW_KEY_3));
  EXPECT_FALSE(f.state.display.display[static_cast<std::size_t>(talus)].visible);
  f.apply(keyCommand(GLFW_KEY_Z, GLFW_MOD_CONTROL));  // the view change
  EXPECT_EQ(f.state.views[0].standardView, heelView);
  f.apply(keyCommand(GLFW_KEY_Z, GLFW_MOD_CONTROL));  // the hiding
  EXPECT_TRUE(f.state.display.display[static_cast<std::size_t>(talus)].visible);
  f.apply(keyCommand(GLFW_KEY_Z, GLFW_MOD_CONTROL));  // the selection
  EXPECT_EQ(f.state.display.selected, -1);
  f.apply(keyCommand(GLFW_KEY_Z, GLFW_MOD_CONTROL));  // the preset
  EXPECT_TRUE(f.controller.conditions() == anatomy::Conditions());
  EXPECT_LT(f.measure("ppl_bursal_projection_mm"), 0.0);  // re-posed and re-measured
  f.apply(keyCommand(GLFW_KEY_Z, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT));  // redo brings haglund back
  EXPECT_GT(f.measure("ppl_bursal_projection_mm"), 0.0);
  f.apply(keyCommand(GLFW_KEY_Y, GLFW_MOD_CONTROL));
  EXPECT_EQ(f.state.display.selected, talus);
}

TEST(Undo, ASliderDragIsOneStepAndANewChangeClearsRedo) {
  Fixture f;
  for (int i = 1; i <= 10; ++i) f.apply(severity(anatomy::ConditionId::FlatFoot, 0.1f * static_cast<float>(i)));
  EXPECT_EQ(f.state.undo.size(), 1u);
  f.apply(keyCommand(GLFW_KEY_Z, GLFW_MOD_CONTROL));
  EXPECT_FLOAT_EQ(f.controller.conditions()[anatomy::ConditionId::FlatFoot], 0.0f);
  EXPECT_EQ(f.state.redo.size(), 1u);
  f.apply(severity(anatomy::ConditionId::Haglund, 0.5f));
  EXPECT_TRUE(f.state.redo.empty());
  ui::Command orbit = ui::makeCommand(CommandKind::Orbit);  // continuous camera moves are not steps
  orbit.value = 0.2f;
  f.apply(orbit);
  EXPECT_EQ(f.state.undo.size(), 1u);
}

// The spur's second control (issue 10): a drag of its slider is one undo step, and the
// readout is re-measured from the re-posed model.
TEST(Undo, SpurInclinationIsAConditionChange) {
  Fixture f;
  f.apply(severity(anatomy::ConditionId::CalcificSpur, 1.0f));
  const std::size_t before = f.state.undo.size();
  for (float deg : {30.0f, 35.0f, 40.0f}) {
    ui::Command c = ui::makeCommand(CommandKind::SetSpurInclination);
    c.value = deg;
    f.apply(c);
  }
  EXPECT_EQ(f.state.undo.size(), before + 1);
  EXPECT_FLOAT_EQ(f.controller.conditions().spurInclinationDeg, 40.0f);
  EXPECT_NEAR(f.measure("spur_inclination_deg"), 40.0, 2.0);
  ui::Command beyond = ui::makeCommand(CommandKind::SetSpurInclination);
  beyond.value = 90.0f;
  f.apply(beyond);
  EXPECT_FLOAT_EQ(f.controller.conditions().spurInclinationDeg, anatomy::kSpurInclinationMaxDeg) << "clamped";
  f.apply(keyCommand(GLFW_KEY_Z, GLFW_MOD_CONTROL));
  EXPECT_FLOAT_EQ(f.controller.conditions().spurInclinationDeg, anatomy::kSpurInclinationDefaultDeg);
  EXPECT_NEAR(f.measure("spur_inclination_deg"), anatomy::kSpurInclinationDefaultDeg, 2.0);
}

TEST(Bookmarks, ACameraComesBack) {
  Fixture f;
  f.apply(keyCommand(GLFW_KEY_3));
  while (f.controller.tick(0.1f)) {
  }
  const geometry::OrbitCamera saved = f.state.views[0].camera;
  f.apply(keyCommand(GLFW_KEY_B, GLFW_MOD_CONTROL));
  ASSERT_EQ(f.state.bookmarks.size(), 1u);
  f.apply(keyCommand(GLFW_KEY_1));
  while (f.controller.tick(0.1f)) {
  }
  f.apply(ui::makeCommand(CommandKind::GoToBookmark, 0));
  while (f.controller.tick(0.1f)) {
  }
  EXPECT_NEAR(f.state.views[0].camera.yaw, saved.yaw, 1e-4f);
  EXPECT_NEAR(f.state.views[0].camera.distance, saved.distance, 1e-3f);
  f.apply(ui::makeCommand(CommandKind::DeleteBookmark, 0));
  EXPECT_TRUE(f.state.bookmarks.empty());
}

TEST(MultiSelection, CtrlClickBuildsASelectionThatHideAndIsolateUse) {
  Fixture f;
  const int talus = builtIn().indexOf("talus"), calcaneus = builtIn().indexOf("calcaneus");
  f.apply(ui::makeCommand(CommandKind::Select, talus));
  f.apply(ui::makeCommand(CommandKind::ToggleSelect, calcaneus));
  EXPECT_EQ(anatomy::selection(f.state.display), (std::vector<int>{talus, calcaneus}));
  f.apply(keyCommand(GLFW_KEY_I));
  int shown = 0;
  for (std::size_t i = 0; i < builtIn().structures.size(); ++i) shown += f.state.display.display[i].visible ? 1 : 0;
  EXPECT_EQ(shown, 2);
  f.apply(keyCommand(GLFW_KEY_I));
  f.apply(ui::makeCommand(CommandKind::FadeSelection));
  EXPECT_LT(f.state.display.display[static_cast<std::size_t>(calcaneus)].opacity, 0.5f);
  EXPECT_LT(f.state.display.display[static_cast<std::size_t>(talus)].opacity, 0.5f);
  f.apply(keyCommand(GLFW_KEY_H));
  EXPECT_FALSE(f.state.display.display[static_cast<std::size_t>(talus)].visible);
  EXPECT_FALSE(f.state.display.display[static_cast<std::size_t>(calcaneus)].visible);
  f.apply(ui::makeCommand(CommandKind::ToggleSelect, talus));  // out again
  EXPECT_EQ(anatomy::selection(f.state.display), (std::vector<int>{calcaneus}));
  f.apply(ui::makeCommand(CommandKind::Select, talus));  // a plain click starts over
  EXPECT_EQ(anatomy::selection(f.state.display), (std::vector<int>{talus}));
}

TEST(LessonPlayer, StepsSetTheSceneAndLeavingRestoresIt) {
  Fixture f;
  f.apply(withText(CommandKind::SetPreset, "flat-foot"));
  const anatomy::Conditions before = f.controller.conditions();
  f.apply(withText(CommandKind::OpenLesson, "achilles_insertion"));
  ASSERT_TRUE(f.state.lesson.active()) << f.state.ui.errorMessage;
  const anatomy::Lesson& lesson = *f.state.lesson.lesson;
  EXPECT_EQ(f.state.lesson.step, 0);
  EXPECT_TRUE(f.controller.conditions() == lesson.steps[0].conditions());
  app::KeyContext playing;
  playing.lessonPlaying = true;
  for (int key : {GLFW_KEY_RIGHT, GLFW_KEY_PAGE_DOWN, GLFW_KEY_SPACE}) {
    const auto c = app::commandForKey({key, 0, false}, playing);
    ASSERT_TRUE(c.has_value());
    f.apply(*c);
  }
  EXPECT_EQ(f.state.lesson.step, 3);
  EXPECT_TRUE(f.controller.conditions() == lesson.steps[3].conditions());
  for (const std::string& id : lesson.steps[3].hidden)
    EXPECT_FALSE(f.state.display.display[static_cast<std::size_t>(builtIn().indexOf(id))].visible) << id;
  f.apply(*app::commandForKey({GLFW_KEY_END, 0, false}, playing));
  EXPECT_EQ(f.state.lesson.step, static_cast<int>(lesson.steps.size()) - 1);
  f.apply(*app::commandForKey({GLFW_KEY_PAGE_UP, 0, false}, playing));
  EXPECT_EQ(f.state.lesson.step, static_cast<int>(lesson.steps.size()) - 2);
  f.apply(*app::commandForKey({GLFW_KEY_ESCAPE, 0, false}, playing));
  EXPECT_FALSE(f.state.lesson.active());
  EXPECT_TRUE(f.controller.conditions() == before);
}

TEST(LessonPlayer, AMissingOrBrokenLessonLeavesTheSceneAsItWas) {
  Fixture f;
  f.apply(withText(CommandKind::OpenLesson, "no_such_lesson"));
  EXPECT_FALSE(f.state.lesson.active());
  EXPECT_NE(f.state.ui.errorMessage.find("no_such_lesson"), std::string::npos);
  const std::string broken = std::string(AA_TEST_OUTPUT_DIR) + "/broken.aalesson";
  std::FILE* file = std::fopen(broken.c_str(), "w");
  ASSERT_NE(file, nullptr);
  std::fputs("{\"format\": \"ankle-atlas-lesson\", \"version\": \"1.0\", \"steps\": 7}", file);
  std::fclose(file);
  f.apply(withText(CommandKind::OpenLesson, broken));
  EXPECT_FALSE(f.state.lesson.active());
  EXPECT_NE(f.state.ui.errorMessage.find("broken.aalesson"), std::string::npos) << f.state.ui.errorMessage;
}
}  // namespace

namespace {
TEST(KeyboardList, UpDownMoveThroughTheSearchAndStopAtTheEnds) {
  const auto listed = ui::listedStructures(builtIn(), "cune");
  ASSERT_EQ(listed.size(), 3u);  // the three cuneiforms
  int cursor = ui::moveListCursor(listed, -1, 1);
  EXPECT_EQ(cursor, listed[0]);
  cursor = ui::moveListCursor(listed, cursor, 1);
  cursor = ui::moveListCursor(listed, cursor, 1);
  cursor = ui::moveListCursor(listed, cursor, 1);
  EXPECT_EQ(cursor, listed[2]);
  EXPECT_EQ(ui::moveListCursor(listed, -1, -1), listed[2]);
  EXPECT_EQ(ui::moveListCursor({}, 3, 1), -1);
  EXPECT_EQ(ui::listedStructures(builtIn(), "").size(), builtIn().structures.size());
}

TEST(Controller, CtrlFFocusesSearchAndEscClosesHelpFirst) {
  Fixture f;
  f.state.ui.showPanels = false;
  f.apply(keyCommand(GLFW_KEY_F, GLFW_MOD_CONTROL));
  EXPECT_TRUE(f.state.ui.focusSearch);
  EXPECT_TRUE(f.state.ui.showPanels);
  f.apply(ui::makeCommand(CommandKind::Select, builtIn().indexOf("talus")));
  f.apply(keyCommand(GLFW_KEY_F1));
  f.apply(keyCommand(GLFW_KEY_ESCAPE));
  EXPECT_FALSE(f.state.ui.showHelp);
  EXPECT_GE(f.state.display.selected, 0);  // the first Esc only closed Help
  f.apply(keyCommand(GLFW_KEY_ESCAPE));
  EXPECT_EQ(f.state.display.selected, -1);
}

TEST(KeyboardList, SearchThenDownDownEnterSelects) {
  Fixture f;
  f.state.ui.search = "cune";
  app::KeyContext searching;
  searching.searching = true;
  searching.textFocused = true;
  for (int key : {GLFW_KEY_DOWN, GLFW_KEY_DOWN, GLFW_KEY_ENTER}) {
    const auto c = app::commandForKey({key, 0, false}, searching);
    ASSERT_TRUE(c.has_value()) << key;
    f.apply(*c);
  }
  EXPECT_EQ(f.state.display.selected, ui::listedStructures(builtIn(), "cune")[1]);
  f.state.ui.listCursor = -1;
  f.state.ui.search = "talus";
  f.apply(*app::commandForKey({GLFW_KEY_ENTER, 0, false}, searching));  // Enter alone: the first match
  EXPECT_EQ(f.state.display.selected, builtIn().indexOf("talus"));
}

TEST(Controller, OpeningAModelClearsTheSearch) {
  ui::UiState state;
  state.search = "talus";
  state.listCursor = 4;
  ui::resetAfterLoad(state);
  EXPECT_TRUE(state.search.empty());
  EXPECT_EQ(state.listCursor, -1);
}
}  // namespace

TEST(Controller, LabelKeyCyclesTheLabelModes) {
  Fixture f;
  EXPECT_TRUE(app::labelledStructures(f.state).empty());  // the lesson's own: none outside a lesson
  f.apply(keyCommand(GLFW_KEY_L));
  EXPECT_EQ(f.state.ui.labelMode, ui::LabelMode::All);
  const std::vector<int> all = app::labelledStructures(f.state);
  EXPECT_GT(all.size(), 10u);
  for (int i : all) EXPECT_TRUE(anatomy::isShown(f.state.display, i));
  f.apply(keyCommand(GLFW_KEY_L));
  EXPECT_EQ(f.state.ui.labelMode, ui::LabelMode::Selected);
  const int calcaneus = f.state.atlas.indexOf("calcaneus");
  f.apply(ui::makeCommand(CommandKind::Select, calcaneus));
  EXPECT_EQ(app::labelledStructures(f.state), std::vector<int>{calcaneus});
  f.apply(keyCommand(GLFW_KEY_L));
  EXPECT_TRUE(app::labelledStructures(f.state).empty());
  f.apply(keyCommand(GLFW_KEY_L));
  EXPECT_EQ(f.state.ui.labelMode, ui::LabelMode::Lesson);
}

TEST(Controller, LabelAnchorsLieOnTheirStructuresAndHiddenOnesAreMarked) {
  Fixture f;
  f.apply(ui::makeCommand(CommandKind::SetLabelMode, static_cast<int>(ui::LabelMode::Selected)));
  const int count = static_cast<int>(f.state.atlas.structures.size());
  for (int i = 0; i < count; ++i)
    if (anatomy::isShown(f.state.display, i)) f.state.display.alsoSelected.push_back(i);
  const app::ViewSlot& v = f.state.views.front();
  const std::vector<app::LabelAnchor> anchors = app::labelAnchors(f.state, 0, f.controller.aspect(v));
  ASSERT_GT(anchors.size(), 10u);
  const auto targets = app::pickTargets(f.state.atlas, f.state.display, app::sceneOptionsFor(v, 0, f.state.atlas), 0.0f);
  int hidden = 0;
  for (const app::LabelAnchor& a : anchors) {
    const auto t = std::find_if(targets.begin(), targets.end(), [&](const geometry::PickTarget& x) { return x.id == a.structure; });
    ASSERT_NE(t, targets.end());
    const geometry::Bounds b = t->localBounds.transformed(t->model);
    EXPECT_TRUE(glm::all(glm::greaterThanEqual(a.point, b.min - glm::vec3(1.0f))) &&
                glm::all(glm::lessThanEqual(a.point, b.max + glm::vec3(1.0f))))
        << f.state.atlas.structures[static_cast<std::size_t>(a.structure)].id;
    hidden += a.visible ? 0 : 1;
  }
  // From the side, the structures on the inner side of the foot lie behind the bones.
  EXPECT_GT(hidden, 0);
  EXPECT_LT(hidden, static_cast<int>(anchors.size()));
  // In "all" mode hidden anchors are left out.
  f.apply(ui::makeCommand(CommandKind::SetLabelMode, static_cast<int>(ui::LabelMode::All)));
  for (const app::LabelAnchor& a : app::labelAnchors(f.state, 0, f.controller.aspect(v))) EXPECT_TRUE(a.visible);
}

TEST(Controller, ALabelWhoseMiddleIsHiddenMovesToWhereItsStructureShows) {
  // The spur grows from the back of the calcaneus: from the side its middle lies in the
  // bone, but its beak shows, and the label is put there instead of being drawn dimmed.
  Fixture f;
  f.apply(withText(CommandKind::SetPreset, "calcific-spur"));
  f.apply(ui::makeCommand(CommandKind::SetLabelMode, static_cast<int>(ui::LabelMode::Selected)));
  const int spur = f.state.atlas.indexOf("calcific_spur");
  ASSERT_GE(spur, 0);
  f.apply(ui::makeCommand(CommandKind::Select, spur));
  for (geometry::StandardView view : {geometry::StandardView::Lateral, geometry::StandardView::HeelLateral}) {
    ui::Command go = ui::makeCommand(CommandKind::SetView);
    go.view = view;
    f.apply(go);
    while (f.controller.tick(0.1f)) {
    }
    const app::ViewSlot& v = f.state.views.front();
    const std::vector<app::LabelAnchor> anchors = app::labelAnchors(f.state, 0, f.controller.aspect(v));
    ASSERT_EQ(anchors.size(), 1u);
    EXPECT_TRUE(anchors[0].visible) << geometry::viewLabel(view);
    // The point is on the spur, and nothing opaque lies in front of it.
    const auto targets = app::pickTargets(f.state.atlas, f.state.display, app::sceneOptionsFor(v, 0, f.state.atlas), 0.0f);
    const auto own = std::find_if(targets.begin(), targets.end(), [&](const geometry::PickTarget& t) { return t.id == spur; });
    ASSERT_NE(own, targets.end());
    const geometry::Bounds b = own->localBounds.transformed(own->model);
    EXPECT_TRUE(glm::all(glm::greaterThanEqual(anchors[0].point, b.min - glm::vec3(1.0f))) &&
                glm::all(glm::lessThanEqual(anchors[0].point, b.max + glm::vec3(1.0f))));
  }
}

TEST(Controller, PresentationKeyTucksPanelsAwayAndLeavingRestoresThem) {
  Fixture f;
  f.state.ui.uiScale = 1.25f;
  f.apply(keyCommand(GLFW_KEY_F5));
  EXPECT_TRUE(f.state.ui.presentation);
  EXPECT_FALSE(f.state.ui.showPanels);
  EXPECT_GE(f.state.pendingUiScale, 2.0f);
  f.state.ui.uiScale = f.state.pendingUiScale;  // as the window does between frames
  f.apply(keyCommand(GLFW_KEY_F5));
  EXPECT_FALSE(f.state.ui.presentation);
  EXPECT_TRUE(f.state.ui.showPanels);
  EXPECT_FLOAT_EQ(f.state.pendingUiScale, 1.25f);
}

TEST(Controller, PaletteKeyCyclesThePalettes) {
  Fixture f;
  EXPECT_EQ(f.state.ui.palette, anatomy::Palette::Default);
  f.apply(keyCommand(GLFW_KEY_K));
  EXPECT_EQ(f.state.ui.palette, anatomy::Palette::HighContrast);
  f.apply(keyCommand(GLFW_KEY_K));
  EXPECT_EQ(f.state.ui.palette, anatomy::Palette::ColourBlind);
  f.apply(keyCommand(GLFW_KEY_K));
  EXPECT_EQ(f.state.ui.palette, anatomy::Palette::Default);
  f.apply(ui::makeCommand(CommandKind::SetPalette, 2));
  EXPECT_EQ(f.state.ui.palette, anatomy::Palette::ColourBlind);
}
