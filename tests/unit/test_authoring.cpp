// Lesson authoring without a display: steps captured from the scene, reordered, reworded
// and deleted; the lesson saved atomically, read back by the lesson reader and played by
// the player shows the same scenes the author captured.
#include "anatomy/view_state.h"
#include "app/controller.h"
#include "io/lesson_file.h"
#include "io/model_loader.h"
#include "render/backend.h"

#include "controller_fixture.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

namespace {
using ui::CommandKind;

using testsupport::builtIn;  // controller_fixture.h

struct Fixture {
  app::AppState state;
  render::NullBackend meshes;
  app::Controller controller{state, meshes, [] { return 0.0; }};
  Fixture() {
    state.viewportWidth = 1280;
    state.viewportHeight = 720;
    controller.setAtlas(builtIn(), io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  }
  void apply(ui::Command c) {
    controller.apply(c);
    controller.tick(30.0f);  // camera glides end
  }
  void apply(CommandKind kind, int index = -1, const std::string& text = {}, float value = 0.0f, bool flag = false) {
    ui::Command c = ui::makeCommand(kind, index);
    c.text = text;
    c.value = value;
    c.flag = flag;
    apply(c);
  }
  int index(const char* id) const { return state.atlas.indexOf(id); }
};

// What a step must bring back: shown/faded structures, outlines, conditions, overlays,
// mode and the camera's direction and distance.
struct Scene {
  std::vector<anatomy::StructureDisplay> display;
  std::vector<int> outlined;
  anatomy::Conditions conditions;
  std::array<bool, anatomy::kOverlayCount> overlays{};
  anatomy::ViewMode mode = anatomy::ViewMode::Normal;
  float yaw = 0.0f, pitch = 0.0f, distance = 0.0f;
};

Scene sceneOf(const app::AppState& s) {
  Scene out;
  out.display = s.display.display;
  for (std::size_t i = 0; i < s.atlas.structures.size(); ++i)
    if (anatomy::isOutlined(s.display, static_cast<int>(i))) out.outlined.push_back(static_cast<int>(i));
  out.conditions = s.conditions;
  const app::ViewSlot& v = s.views.front();
  out.overlays = v.overlays;
  out.mode = v.mode;
  out.yaw = v.camera.yaw;
  out.pitch = v.camera.pitch;
  out.distance = v.camera.distance;
  return out;
}

void expectSameScene(const Scene& a, const Scene& b, const char* what) {
  SCOPED_TRACE(what);
  ASSERT_EQ(a.display.size(), b.display.size());
  for (std::size_t i = 0; i < a.display.size(); ++i) {
    EXPECT_EQ(a.display[i].visible, b.display[i].visible) << i;
    if (a.display[i].visible) {
      EXPECT_NEAR(a.display[i].opacity, b.display[i].opacity, 1e-4f) << i;
    }
  }
  EXPECT_EQ(a.outlined, b.outlined);
  EXPECT_TRUE(a.conditions == b.conditions);
  EXPECT_EQ(a.overlays, b.overlays);
  EXPECT_EQ(a.mode, b.mode);
  EXPECT_NEAR(std::remainder(a.yaw - b.yaw, 6.2831853f), 0.0f, 1e-3f);
  EXPECT_NEAR(a.pitch, b.pitch, 1e-3f);
  EXPECT_NEAR(a.distance / b.distance, 1.0f, 1e-3f);
}

std::string tempPath(const char* name) {
  const std::filesystem::path dir = std::filesystem::path(AA_TEST_OUTPUT_DIR) / "authoring";
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}
}  // namespace

TEST(Authoring, SavedLessonPlaysBackTheCapturedScenes) {
  Fixture f;
  // Step 1: Haglund's from a turned posterior view, skin hidden, fat pad faded, the heel
  // bone outlined, the posterior overlay on.
  ui::Command view = ui::makeCommand(CommandKind::SetView);
  view.view = geometry::StandardView::Posterior;
  f.apply(view);
  f.apply(CommandKind::SetPreset, -1, "haglund");
  f.apply(CommandKind::SetOverlay, static_cast<int>(anatomy::OverlayKind::Posterior), {}, 0.0f, true);
  f.apply(CommandKind::SetVisible, f.index("skin"), {}, 0.0f, false);
  f.apply(CommandKind::SetOpacity, f.index("kager_fat_pad"), {}, anatomy::kFadedOpacity);
  ui::Command turn = ui::makeCommand(CommandKind::Orbit);
  turn.value = 0.4f;
  turn.value2 = 0.15f;
  f.apply(turn);
  f.apply(CommandKind::Zoom, -1, {}, 1.6f);
  f.apply(CommandKind::Select, f.index("calcaneus"));
  f.apply(CommandKind::SetAnkle, -1, {}, 12.0f);  // the heel dropped below a step
  const Scene first = sceneOf(f.state);
  ASSERT_FLOAT_EQ(first.conditions.ankleDeg, 12.0f);
  f.apply(CommandKind::AddLessonStep, -1, "The bump\nAn enlarged posterosuperior prominence.");

  // Step 2: the normal foot from the side in X-ray mode, the tendon and its bursa isolated.
  ui::Command lateral = ui::makeCommand(CommandKind::SetView);
  lateral.view = geometry::StandardView::Lateral;
  f.apply(lateral);
  f.apply(CommandKind::SetPreset, -1, "normal");
  f.apply(CommandKind::SetAnkle, -1, {}, 0.0f);
  f.apply(CommandKind::SetOverlay, static_cast<int>(anatomy::OverlayKind::Posterior), {}, 0.0f, false);
  f.apply(CommandKind::ClearSelection);
  f.apply(CommandKind::Select, f.index("achilles_tendon"));
  f.apply(CommandKind::ToggleSelect, f.index("retrocalcaneal_bursa"));
  f.apply(CommandKind::ToggleIsolate);
  f.state.views.front().mode = anatomy::ViewMode::XRay;
  const Scene second = sceneOf(f.state);
  f.apply(CommandKind::AddLessonStep, 0, "Tendon and bursa\nWhere they meet.");

  // A third step, then reorder and delete: the draft ends as [first, second].
  f.apply(CommandKind::AddLessonStep, 1, "Spare\n");
  ASSERT_EQ(f.state.draft.lesson.steps.size(), 3u);
  f.apply(CommandKind::MoveLessonStep, 1, {}, -1.0f);
  EXPECT_EQ(f.state.draft.lesson.steps[0].title, "Tendon and bursa");
  f.apply(CommandKind::MoveLessonStep, 0, {}, 1.0f);
  f.apply(CommandKind::DeleteLessonStep, 2);
  f.apply(CommandKind::SetLessonStepText, 1, "Tendon and bursa\nWhere they meet, edited.");
  f.apply(CommandKind::SetDraftTitle, -1, "Authored heel lesson");
  ASSERT_EQ(f.state.draft.lesson.steps.size(), 2u);
  EXPECT_EQ(f.state.draft.lesson.steps[1].text, "Where they meet, edited.");

  const std::string path = tempPath("authored");
  std::filesystem::remove(path + ".aalesson");
  f.apply(CommandKind::SaveLesson, -1, path);
  ASSERT_TRUE(f.state.ui.errorMessage.empty()) << f.state.ui.errorMessage;
  ASSERT_EQ(f.state.draft.path, path + ".aalesson");
  const anatomy::Lesson read = io::readLessonFile(f.state.draft.path);
  EXPECT_TRUE(read == f.state.draft.lesson) << "the reader gets back what was written";

  // Something else on screen, then the player opens the file.
  f.apply(CommandKind::SetPreset, -1, "flat-foot");
  f.apply(CommandKind::ShowAll);
  f.apply(CommandKind::OpenLesson, -1, f.state.draft.path);
  ASSERT_TRUE(f.state.lesson.active()) << f.state.ui.errorMessage;
  expectSameScene(sceneOf(f.state), first, "step 1");
  f.apply(CommandKind::LessonStep, 1);
  expectSameScene(sceneOf(f.state), second, "step 2");
}

TEST(Authoring, SavingWithoutStepsOrToABadPlaceSaysWhyAndWritesNothing) {
  Fixture f;
  const std::string path = tempPath("empty.aalesson");
  std::filesystem::remove(path);
  f.apply(CommandKind::SaveLesson, -1, path);
  EXPECT_NE(f.state.ui.errorMessage.find("at least one step"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(path));
  f.state.ui.errorMessage.clear();
  f.apply(CommandKind::AddLessonStep, -1, "Only\n");
  f.apply(CommandKind::SaveLesson, -1, tempPath("no_such_dir/x.aalesson"));
  EXPECT_NE(f.state.ui.errorMessage.find("no_such_dir"), std::string::npos) << f.state.ui.errorMessage;
  EXPECT_TRUE(f.state.draft.path.empty());
}

TEST(Authoring, APanIsCapturedSavedAndPlayedBack) {
  Fixture f;
  ui::Command view = ui::makeCommand(CommandKind::SetView);
  view.view = geometry::StandardView::Posterior;
  f.apply(view);
  const glm::vec3 framed = f.state.views.front().camera.target;
  ui::Command turn = ui::makeCommand(CommandKind::Orbit);
  turn.value = 0.3f;
  f.apply(turn);
  ui::Command pan = ui::makeCommand(CommandKind::Pan);
  pan.value = 140.0f;  // pixels, as a drag
  pan.value2 = -60.0f;
  f.apply(pan);
  const geometry::OrbitCamera authored = f.state.views.front().camera;
  ASSERT_GT(glm::length(authored.target - framed), 5.0f) << "the drag moved what the camera looks at";
  f.apply(CommandKind::AddLessonStep, -1, "Off centre\nThe heel to one side.");
  ASSERT_EQ(f.state.draft.lesson.steps.size(), 1u);
  const auto& orbit = f.state.draft.lesson.steps[0].orbit;
  ASSERT_TRUE(orbit.has_value());
  EXPECT_GT(glm::length(orbit->panMm), 5.0f);

  const std::string path = tempPath("panned.aalesson");
  f.apply(CommandKind::SaveLesson, -1, path);
  ASSERT_TRUE(f.state.ui.errorMessage.empty()) << f.state.ui.errorMessage;
  EXPECT_TRUE(io::readLessonFile(path) == f.state.draft.lesson) << "the pan survives the file";

  f.apply(CommandKind::ResetView);  // back at the view's own framing
  f.apply(CommandKind::OpenLesson, -1, path);
  ASSERT_TRUE(f.state.lesson.active()) << f.state.ui.errorMessage;
  const geometry::OrbitCamera played = f.state.views.front().camera;
  EXPECT_LT(glm::length(played.target - authored.target), 0.05f);
  EXPECT_NEAR(std::remainder(played.yaw - authored.yaw, 6.2831853f), 0.0f, 1e-3f);
  EXPECT_NEAR(played.distance / authored.distance, 1.0f, 1e-3f);
}
