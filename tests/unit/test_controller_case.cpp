// Patient cases through the Controller: the shipped examples open, a case saved reopens as
// it was, a bad file leaves the open case alone, and a left case is the right one mirrored
// (model, overlays, cameras) while measuring exactly like its right twin.
#include "app/controller.h"
#include "app/frame_plan.h"
#include "io/case_file.h"
#include "io/model_loader.h"

#include "test_support.h"

#include "controller_fixture.h"

#include <gtest/gtest.h>
#include <glm/glm.hpp>

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

using testsupport::builtIn;  // controller_fixture.h

struct Fixture {
  app::AppState state;
  render::NullBackend meshes;
  app::Controller controller{state, meshes};
  Fixture() {
    state.viewportWidth = 1280;
    state.viewportHeight = 720;
    controller.setAtlas(builtIn(), io::LoadReport(), anatomy::Conditions(), geometry::StandardView::Lateral);
  }
};

std::vector<fs::path> shippedCases() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(AA_SOURCE_DIR) / "models" / "cases"))
    if (e.path().extension() == io::kCaseExtension) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

anatomy::CaseRecord presetCase(const anatomy::Preset& p, anatomy::Side side, geometry::StandardView view) {
  anatomy::CaseRecord c;
  c.preset = p.id;
  c.conditions = *anatomy::presetConditions(p.id);
  c.side = side;
  c.view = view;
  c.overlays = {anatomy::OverlayKind::Lateral, anatomy::OverlayKind::Posterior, anatomy::OverlayKind::WholeLeg};
  return c;
}

}  // namespace

TEST(ShippedCases, OnePerPresetAndEveryIdExists) {
  const std::vector<fs::path> files = shippedCases();
  ASSERT_EQ(files.size(), anatomy::presets().size());
  for (const anatomy::Preset& p : anatomy::presets()) {
    const fs::path path = fs::path(AA_SOURCE_DIR) / "models" / "cases" / (std::string(p.id) + io::kCaseExtension);
    SCOPED_TRACE(path.string());
    const anatomy::CaseRecord c = io::readCaseFile(path.string());  // throws (fails) when unreadable
    EXPECT_EQ(c.preset, p.id);
    EXPECT_EQ(c.conditions, *anatomy::presetConditions(p.id)) << "the example shows its preset";
    EXPECT_EQ(c.title.rfind("Example: ", 0), 0u) << c.title;
    EXPECT_FALSE(c.notes.empty());
    EXPECT_TRUE(geometry::isHeelView(c.view));
    ASSERT_FALSE(c.pins.empty());
    for (const anatomy::CasePin& pin : c.pins) {
      EXPECT_GE(builtIn().indexOf(pin.structure), 0) << pin.structure;
      EXPECT_FALSE(pin.text.empty());
    }
    for (const std::string& id : c.hidden) EXPECT_GE(builtIn().indexOf(id), 0) << id;
  }
}

TEST(ControllerCase, OpenShowsTheCaseAndSaveReopensIt) {
  Fixture f;
  const std::string example = std::string(AA_SOURCE_DIR) + "/models/cases/haglund.aacase";
  ASSERT_TRUE(f.controller.openCase(example));
  EXPECT_EQ(f.state.caseDoc.path, example);
  EXPECT_GT(f.controller.conditions()[anatomy::ConditionId::Haglund], 0.9f);
  EXPECT_EQ(f.controller.activeView().standardView, geometry::StandardView::HeelLateral);
  EXPECT_FALSE(f.controller.caseHasUnsavedChanges());

  f.controller.setSide(anatomy::Side::Left);
  ui::Command hide = ui::makeCommand(ui::CommandKind::SetVisible);
  hide.index = builtIn().indexOf("skin");
  hide.flag = false;
  f.controller.apply(hide);
  f.state.caseDoc.record.notes = "Seen again.";
  f.state.caseDoc.dirty = true;
  EXPECT_TRUE(f.controller.caseHasUnsavedChanges());
  const std::string saved = testsupport::outputPath("controller_saved.aacase");
  ASSERT_TRUE(f.controller.saveCase(saved));
  EXPECT_FALSE(f.controller.caseHasUnsavedChanges());

  Fixture g;
  ASSERT_TRUE(g.controller.openCase(saved));
  EXPECT_EQ(g.controller.currentCase(), f.controller.currentCase());
  EXPECT_EQ(g.controller.side(), anatomy::Side::Left);
  EXPECT_EQ(g.state.caseDoc.record.notes, "Seen again.");
  EXPECT_EQ(g.controller.currentCase().hidden, std::vector<std::string>{"skin"});
}

TEST(ControllerCase, ACaseWithBookmarksOpensWithoutUnsavedChanges) {
  anatomy::CaseRecord c;
  anatomy::CaseBookmark b;
  b.name = "Spur, close";
  b.view = geometry::StandardView::HeelLateral;
  b.target = {-80.1f, 30.3f, -57.7f};
  b.distance = 173.3f;
  b.yawDeg = -83.7f;  // not exact in radians
  b.pitchDeg = 11.1f;
  c.bookmarks = {b};
  const std::string path = testsupport::outputPath("bookmarked.aacase");
  io::writeCaseFile(path, c);
  Fixture f;
  ASSERT_TRUE(f.controller.openCase(path));
  ASSERT_EQ(f.state.bookmarks.size(), 1u);
  EXPECT_NEAR(f.state.bookmarks[0].camera.yaw, glm::radians(-83.7f), 1e-6f);
  EXPECT_FALSE(f.controller.caseHasUnsavedChanges());
  f.state.bookmarks[0].camera.distance = 120.0f;
  EXPECT_TRUE(f.controller.caseHasUnsavedChanges());
  EXPECT_EQ(f.controller.currentCase().bookmarks[0].distance, 120.0f);
}

TEST(ControllerCase, ABadFileLeavesTheOpenCaseAlone) {
  Fixture f;
  const std::string example = std::string(AA_SOURCE_DIR) + "/models/cases/bursitis.aacase";
  ASSERT_TRUE(f.controller.openCase(example));
  const anatomy::CaseRecord before = f.controller.currentCase();
  const std::string bad = testsupport::outputPath("future.aacase");
  for (const std::string& text : {std::string(R"({"format": "ankle-atlas-case", "version": "2.0"})"),
                                 io::encodeCase(before).substr(0, 60), std::string("not json")}) {
    std::ofstream(bad, std::ios::trunc) << text;
    f.state.ui.errorMessage.clear();
    EXPECT_FALSE(f.controller.openCase(bad));
    EXPECT_NE(f.state.ui.errorMessage.find(bad), std::string::npos) << f.state.ui.errorMessage;
    EXPECT_EQ(f.state.ui.errorMessage.find('\n'), std::string::npos);
    EXPECT_EQ(f.state.caseDoc.path, example);
    EXPECT_EQ(f.controller.currentCase(), before);
  }
}

TEST(ControllerCase, SaveWithoutAPathAsksForOneAndNewCaseIsNormal) {
  Fixture f;
  f.controller.newCase();
  EXPECT_FALSE(f.controller.saveCase());
  EXPECT_FALSE(f.state.ui.errorMessage.empty());
  EXPECT_FALSE(f.controller.conditions().any());
}

// For every preset: the left case draws the mirror image, measures the same, mirrors its
// overlays, and looks at the same side of the foot from the mirrored place.
TEST(ControllerCase, LeftCaseIsTheMirrorOfItsRightTwinForEveryPreset) {
  using geometry::StandardView;
  Fixture right, left;  // showCase sets the whole scene, so one of each serves every case
  for (const anatomy::Preset& p : anatomy::presets()) {
    for (StandardView view : {StandardView::Lateral, StandardView::Posterior, StandardView::WholeLeg,
                              StandardView::HeelPosterolateral}) {
      SCOPED_TRACE(std::string(p.id) + " " + geometry::viewId(view));
      right.controller.showCase(presetCase(p, anatomy::Side::Right, view), "", false);
      left.controller.showCase(presetCase(p, anatomy::Side::Left, view), "", false);
      const app::ViewSlot &r = right.controller.activeView(), &l = left.controller.activeView();
      ASSERT_EQ(r.measurements.size(), l.measurements.size());
      for (std::size_t i = 0; i < r.measurements.size(); ++i) {
        EXPECT_EQ(r.measurements[i].key, l.measurements[i].key);
        EXPECT_EQ(r.measurements[i].value, l.measurements[i].value) << r.measurements[i].key;
      }
      // The camera: the mirror image of the right twin's.
      const glm::vec3 re = r.camera.eye(), le = l.camera.eye();
      EXPECT_NEAR(le.x, -re.x, 1e-2f);
      EXPECT_NEAR(le.y, re.y, 1e-2f);
      EXPECT_NEAR(le.z, re.z, 1e-2f);
      // Overlays: same values, mirrored geometry.
      const auto ro = right.controller.visibleOverlays(r), lo = left.controller.visibleOverlays(l);
      ASSERT_EQ(ro.size(), lo.size());
      for (std::size_t k = 0; k < ro.size(); ++k) {
        ASSERT_EQ(ro[k].paths.size(), lo[k].paths.size());
        for (std::size_t i = 0; i < ro[k].paths.size(); ++i)
          for (std::size_t j = 0; j < ro[k].paths[i].points.size(); ++j) {
            const glm::vec3 a = ro[k].paths[i].points[j], b = lo[k].paths[i].points[j];
            EXPECT_EQ(b, glm::vec3(-a.x, a.y, a.z));
          }
        ASSERT_EQ(ro[k].values.size(), lo[k].values.size());
        for (std::size_t i = 0; i < ro[k].values.size(); ++i) EXPECT_EQ(ro[k].values[i].value, lo[k].values[i].value);
      }
      // The model: each drawn item's matrix is the right twin's, mirrored (so its winding
      // flips and the renderer turns its front faces round).
      const auto rp = app::planFrame(right.state, right.controller, 640, 360, false);
      const auto lp = app::planFrame(left.state, left.controller, 640, 360, false);
      ASSERT_EQ(rp.front().frame.items.size(), lp.front().frame.items.size());
      const glm::mat4 mirror = glm::mat4(glm::vec4(-1, 0, 0, 0), glm::vec4(0, 1, 0, 0), glm::vec4(0, 0, 1, 0), glm::vec4(0, 0, 0, 1));
      for (std::size_t i = 0; i < rp.front().frame.items.size(); ++i) {
        const glm::mat4 a = mirror * rp.front().frame.items[i].model, b = lp.front().frame.items[i].model;
        for (int c = 0; c < 4; ++c)
          for (int row = 0; row < 4; ++row) EXPECT_NEAR(a[c][row], b[c][row], 1e-4f);
      }
    }
  }
}

TEST(ControllerCase, FitKeepsTheNumbersInTheCase) {
  Fixture f;
  const anatomy::FitResult fit = f.controller.fitCase({{"calcaneal_pitch_deg", 16.0f}});
  ASSERT_EQ(fit.outcomes.size(), 1u);
  EXPECT_LT(fit.outcomes[0].achieved, 18.0f) << "a low pitch: flatter than the normal model";
  EXPECT_GT(f.controller.conditions()[anatomy::ConditionId::FlatFoot], 0.0f);
  ASSERT_EQ(f.controller.currentCase().fitted.size(), 1u);
  EXPECT_TRUE(f.controller.caseHasUnsavedChanges());
}

// A shipped example is never overwritten by Save: the user is sent to Save As, the file
// keeps its bytes, and the copy saved elsewhere is an ordinary case that Save then updates.
TEST(ControllerCase, SaveNeverOverwritesAShippedExample) {
  Fixture f;
  const std::string example = std::string(AA_SOURCE_DIR) + "/models/cases/bursitis.aacase";
  const auto bytes = [](const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string before = bytes(example);
  ASSERT_TRUE(f.controller.openCase(example));
  EXPECT_TRUE(f.state.caseDoc.example);
  f.state.caseDoc.record.notes = "Changed in the example.";
  f.state.caseDoc.dirty = true;
  EXPECT_FALSE(f.controller.saveCase(""));
  EXPECT_NE(f.state.ui.errorMessage.find("Save As"), std::string::npos) << f.state.ui.errorMessage;
  EXPECT_EQ(bytes(example), before);

  const std::string mine = testsupport::outputPath("from_example.aacase");
  ASSERT_TRUE(f.controller.saveCase(mine));
  EXPECT_FALSE(f.state.caseDoc.example);
  f.state.caseDoc.record.notes = "Second visit.";
  f.state.caseDoc.dirty = true;
  EXPECT_TRUE(f.controller.saveCase(""));
  EXPECT_NE(bytes(mine).find("Second visit."), std::string::npos);
  EXPECT_EQ(bytes(example), before);
}
