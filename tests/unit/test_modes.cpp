// X-ray and section modes without a display: --mode and --section-offset, the X and C keys,
// the Controller's mode and plane commands, and what the frame plan asks the renderer for.
#include "app/controller.h"
#include "app/frame_plan.h"
#include "app/key_map.h"
#include "app/options.h"
#include "io/model_loader.h"

#include "controller_fixture.h"

#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <vector>

namespace {
using ui::CommandKind;

std::optional<app::AppOptions> parse(std::vector<const char*> args, int& code, std::string* err = nullptr) {
  args.insert(args.begin(), "ankle-atlas");
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  auto result = app::parseOptions(static_cast<int>(args.size()), args.data(), code);
  testing::internal::GetCapturedStdout();
  const std::string e = testing::internal::GetCapturedStderr();
  if (err) *err = e;
  return result;
}

using testsupport::builtIn;  // controller_fixture.h

struct ModeFixture {
  app::AppState state;
  render::NullBackend meshes;
  app::Controller controller{state, meshes, [] { return 1.0; }};
  explicit ModeFixture(int views = 1) {
    state.viewportWidth = 1280;
    state.viewportHeight = 720;
    state.views.resize(static_cast<std::size_t>(views));
    controller.setAtlas(builtIn(), io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  }
  void key(int k, int mods = 0) {
    const auto c = app::commandForKey({k, mods, false}, app::KeyContext());
    ASSERT_TRUE(c.has_value()) << k;
    controller.apply(*c);
  }
};
}  // namespace

TEST(ModeOptions, ModeAndOffsetAreParsed) {
  int code = -1;
  auto o = parse({}, code);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->mode, anatomy::ViewMode::Normal);
  o = parse({"--mode", "xray"}, code);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->mode, anatomy::ViewMode::XRay);
  o = parse({"--mode", "section", "--section-offset", "-12.5"}, code);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->mode, anatomy::ViewMode::Section);
  EXPECT_FLOAT_EQ(o->sectionOffsetMm, -12.5f);
  // An offset alone means a section; with another mode named, that mode stays.
  o = parse({"--section-offset", "4"}, code);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->mode, anatomy::ViewMode::Section);
  o = parse({"--mode", "xray", "--section-offset", "4"}, code);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->mode, anatomy::ViewMode::XRay);
}

TEST(ModeOptions, BadValuesGiveOneLineAndExitTwo) {
  for (const std::vector<const char*>& args :
       {std::vector<const char*>{"--mode", "ultrasound"}, {"--section-offset", "abc"}, {"--section-offset", "5mm"},
        {"--section-offset", "250"}, {"--section-offset", "nan"}, {"--section-offset", ""}}) {
    int code = -1;
    std::string err;
    EXPECT_FALSE(parse(args, code, &err)) << args[0] << " " << args[1];
    EXPECT_EQ(code, 2) << args[1];
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    EXPECT_NE(err.find(args[0]), std::string::npos) << err;
  }
}

TEST(ModeKeys, XAndCToggleTheirModeForEveryView) {
  ModeFixture f(2);
  f.key(GLFW_KEY_X);
  for (const app::ViewSlot& v : f.state.views) EXPECT_EQ(v.mode, anatomy::ViewMode::XRay);
  f.key(GLFW_KEY_C);
  EXPECT_EQ(f.state.views[1].mode, anatomy::ViewMode::Section);
  f.key(GLFW_KEY_C);
  EXPECT_EQ(f.state.views[0].mode, anatomy::ViewMode::Normal);
  ui::Command set = ui::makeCommand(CommandKind::SetMode, static_cast<int>(anatomy::ViewMode::XRay));
  f.controller.apply(set);
  f.controller.apply(set);  // without the toggle flag it stays
  EXPECT_EQ(f.state.views[0].mode, anatomy::ViewMode::XRay);
}

TEST(ModeCommands, ThePlaneMovesTurnsAndResetsWithinItsRange) {
  ModeFixture f;
  ui::Command move = ui::makeCommand(CommandKind::MoveSection);
  move.value = 6.0f;
  f.controller.apply(move);
  f.controller.apply(move);
  EXPECT_FLOAT_EQ(f.state.views[0].section.offsetMm, 12.0f);
  move.value = 1000.0f;
  f.controller.apply(move);
  EXPECT_FLOAT_EQ(f.state.views[0].section.offsetMm, geometry::kSectionMaxOffsetMm);
  ui::Command turn = ui::makeCommand(CommandKind::TurnSection);
  turn.value = 30.0f;
  turn.value2 = -10.0f;
  f.controller.apply(turn);
  EXPECT_FLOAT_EQ(f.state.views[0].section.yawDeg, 30.0f);
  EXPECT_FLOAT_EQ(f.state.views[0].section.tiltDeg, -10.0f);
  f.controller.apply(ui::makeCommand(CommandKind::ResetSection));
  EXPECT_FLOAT_EQ(f.state.views[0].section.offsetMm, 0.0f);
  EXPECT_FLOAT_EQ(f.state.views[0].section.yawDeg, 0.0f);
}

TEST(ModeFramePlan, EachModeAsksForItsStyleAndKeepsTheOverlays) {
  ModeFixture f;
  ui::Command overlay = ui::makeCommand(CommandKind::SetOverlay, 0);
  overlay.flag = true;
  f.controller.apply(overlay);
  for (anatomy::ViewMode m : anatomy::kAllViewModes) {
    f.controller.apply(ui::makeCommand(CommandKind::SetMode, static_cast<int>(m)));
    const auto passes = app::planFrame(f.state, f.controller, 480, 270, false);
    ASSERT_EQ(passes.size(), 2u) << anatomy::viewModeId(m);
    EXPECT_EQ(passes[1].kind, app::PassKind::Overlays) << anatomy::viewModeId(m);
    const render::SceneStyle want = m == anatomy::ViewMode::XRay      ? render::SceneStyle::XRay
                                    : m == anatomy::ViewMode::Section ? render::SceneStyle::Section
                                                                      : render::SceneStyle::Shaded;
    EXPECT_EQ(passes[0].frame.style, want);
  }
}

TEST(ModeFramePlan, TheSectionPlanePassesThroughTheAchillesAndCutsTheCameraSide) {
  ModeFixture f;
  f.controller.apply(ui::makeCommand(CommandKind::SetMode, static_cast<int>(anatomy::ViewMode::Section)));
  const glm::vec3 anchor = app::sectionAnchor(builtIn());
  const anatomy::Structure* tendon = builtIn().find("achilles_tendon");
  ASSERT_NE(tendon, nullptr);
  const geometry::Bounds b = tendon->mesh.bounds();
  EXPECT_GE(anchor.x, b.min.x);  // within the tendon's width
  EXPECT_LE(anchor.x, b.max.x);
  for (float offset : {0.0f, 8.0f}) {
    f.state.views[0].section.offsetMm = offset;
    const glm::vec4 plane = app::planFrame(f.state, f.controller, 480, 270, false)[0].frame.sectionPlane;
    EXPECT_NEAR(std::abs(geometry::planeDistance(plane, anchor)), offset, 1e-3f);
    const glm::vec3 eye = glm::vec3(glm::inverse(f.state.views[0].camera.view())[3]);
    EXPECT_LT(geometry::planeDistance(plane, eye), 0.0f);
  }
}

TEST(ModeFramePlan, FromBehindTheCutIsCoronal) {
  ModeFixture f;
  f.controller.apply(ui::makeCommand(CommandKind::SetMode, static_cast<int>(anatomy::ViewMode::Section)));
  ui::Command view = ui::makeCommand(CommandKind::SetView);
  view.view = geometry::StandardView::HeelPosterior;
  f.controller.apply(view);
  const glm::vec4 plane = app::planFrame(f.state, f.controller, 480, 270, false)[0].frame.sectionPlane;
  EXPECT_NEAR(std::abs(plane.z), 1.0f, 1e-4f);  // its normal runs front to back
  EXPECT_NEAR(geometry::planeDistance(plane, app::sectionAnchor(builtIn())), 0.0f, 1e-3f);
}

TEST(ModeCommands, UndoAndLeavingALessonBringTheModeBack) {
  ModeFixture f;
  f.key(GLFW_KEY_X);
  EXPECT_EQ(f.state.views[0].mode, anatomy::ViewMode::XRay);
  f.key(GLFW_KEY_Z, GLFW_MOD_CONTROL);
  EXPECT_EQ(f.state.views[0].mode, anatomy::ViewMode::Normal);
  // A lesson step in section mode; Esc leaves the lesson and the normal view returns.
  anatomy::Lesson lesson;
  lesson.title = "t";
  anatomy::LessonStep step;
  step.title = "cut";
  step.mode = anatomy::ViewMode::Section;
  lesson.steps.push_back(step);
  f.controller.startLesson(lesson, "", false);
  f.controller.goToLessonStep(0, false);
  EXPECT_EQ(f.state.views[0].mode, anatomy::ViewMode::Section);
  f.controller.apply(ui::makeCommand(CommandKind::LeaveLesson));
  EXPECT_EQ(f.state.views[0].mode, anatomy::ViewMode::Normal);
}
