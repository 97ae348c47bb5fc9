// The lesson caption and the camera: the panel reports where it drew the caption, the free
// area the lesson camera frames in ends at the caption's top, and the step's structures land
// above it; a camera the presenter moved is left where it is.
#include "controller_fixture.h"

#include "app/controller.h"

#include <gtest/gtest.h>

#include <glm/glm.hpp>

namespace {
using testsupport::builtIn;
using testsupport::Fixture;
using ui::CommandKind;

// Where the panel drew the caption, as fractions of the window from its top-left corner.
ui::Command captionAt(float x, float y, float width, float height) {
  ui::Command c = ui::makeCommand(CommandKind::LessonCaptionPlaced);
  c.point = glm::vec3(x, y, width);
  c.value = height;
  return c;
}

void openLesson(Fixture& f, const char* name) {
  ui::Command open = ui::makeCommand(CommandKind::OpenLesson);
  open.text = name;
  f.apply(open);
  ASSERT_TRUE(f.state.lesson.active()) << f.state.ui.errorMessage;
  f.controller.tick(30.0f);  // the glide ends
}

// The lowest point of these structures on screen, in normalised device units (-1 bottom).
float lowestNdcY(const Fixture& f, const std::vector<std::string>& ids) {
  const app::ViewSlot& v = f.state.views.front();
  const glm::mat4 vp = v.camera.projection(f.controller.aspect(v)) * v.camera.view();
  float lowest = 2.0f;
  for (const std::string& id : ids) {
    const geometry::Bounds b = builtIn().find(id)->mesh.bounds();
    for (int corner = 0; corner < 8; ++corner) {
      const glm::vec4 clip = vp * glm::vec4((corner & 1) ? b.max.x : b.min.x, (corner & 2) ? b.max.y : b.min.y,
                                            (corner & 4) ? b.max.z : b.min.z, 1.0f);
      lowest = std::min(lowest, clip.y / clip.w);
    }
  }
  return lowest;
}

TEST(LessonCaption, TheFreeAreaEndsAtTheReportedCaptionsTop) {
  Fixture f;
  openLesson(f, "heel_anatomy");
  // A short band: its top 22% of the height up from the bottom.
  f.apply(captionAt(0.01f, 0.78f, 0.98f, 0.21f));
  EXPECT_NEAR(f.controller.freeArea(f.state.views.front()).y0, 0.22f, 1e-4f);
  // A tall card: the model keeps the upper half.
  f.apply(captionAt(0.2f, 0.5f, 0.6f, 0.45f));
  EXPECT_NEAR(f.controller.freeArea(f.state.views.front()).y0, 0.5f, 1e-4f);
  // Without a lesson the caption is not on screen and takes nothing.
  f.apply(ui::makeCommand(CommandKind::LeaveLesson));
  EXPECT_NEAR(f.controller.freeArea(f.state.views.front()).y0, 0.0f, 1e-6f);
}

TEST(LessonCaption, TheStepsStructuresSitAboveTheCaption) {
  Fixture f;
  openLesson(f, "heel_anatomy");
  const std::vector<std::string>& focus = f.state.lesson.lesson->steps[0].focus;
  ASSERT_FALSE(focus.empty());
  for (float top : {0.75f, 0.55f}) {  // a short band, then a tall card
    f.apply(captionAt(0.0f, top, 1.0f, 1.0f - top));
    f.controller.tick(30.0f);
    const float captionTopNdc = 1.0f - 2.0f * top;
    EXPECT_GT(lowestNdcY(f, focus), captionTopNdc) << "caption top at " << top << " of the height";
  }
}

TEST(LessonCaption, ACameraThePresenterMovedStaysWhenTheCaptionChanges) {
  Fixture f;
  openLesson(f, "heel_anatomy");
  f.apply(captionAt(0.0f, 0.75f, 1.0f, 0.25f));
  f.controller.tick(30.0f);
  ui::Command turn = ui::makeCommand(CommandKind::Orbit);
  turn.value = 0.5f;
  f.apply(turn);
  const geometry::OrbitCamera turned = f.state.views.front().camera;
  f.apply(captionAt(0.0f, 0.6f, 1.0f, 0.4f));
  f.controller.tick(30.0f);
  EXPECT_EQ(f.state.views.front().camera.yaw, turned.yaw);
  EXPECT_EQ(f.state.views.front().camera.lensShift, turned.lensShift);
  // The next step frames above the caption again.
  f.apply(ui::makeCommand(CommandKind::LessonStep, 1));
  f.controller.tick(30.0f);
  EXPECT_NE(f.state.views.front().camera.lensShift, turned.lensShift);
}

}  // namespace
