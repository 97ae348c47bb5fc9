// Compare view, ghost outline, patient mode and the pen at the command level, and the
// everyday wording of measurements and presets.
#include "controller_fixture.h"

#include "anatomy/plain_words.h"
#include "app/key_map.h"
#include "app/lesson_library.h"
#include "geometry/silhouette.h"

#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

namespace {
using testsupport::Fixture;
using ui::CommandKind;

ui::Command flagged(CommandKind kind, bool flag) {
  ui::Command c = ui::makeCommand(kind);
  c.flag = flag;
  return c;
}

ui::Command preset(const std::string& id) {
  ui::Command c = ui::makeCommand(CommandKind::SetPreset);
  c.text = id;
  return c;
}

float measured(const app::ViewSlot& v, const std::string& key) {
  for (const anatomy::Measurement& m : v.measurements)
    if (m.key == key) return m.value;
  ADD_FAILURE() << "no " << key;
  return 0.0f;
}

TEST(Compare, SplitsIntoANormalLeftAndTheCaseRight) {
  Fixture f;
  f.apply(preset("flat-foot"));
  f.apply(flagged(CommandKind::SetCompare, true));
  ASSERT_EQ(f.state.views.size(), 2u);
  const app::ViewSlot& left = f.state.views[0];
  const app::ViewSlot& right = f.state.views[1];
  EXPECT_TRUE(left.showsNormal);
  EXPECT_FALSE(right.showsNormal);
  EXPECT_FLOAT_EQ(left.rect.width, 0.5f);
  EXPECT_FLOAT_EQ(right.rect.x, 0.5f);
  EXPECT_EQ(left.label, "Normal heel");
  EXPECT_FALSE(right.label.empty());
  EXPECT_EQ(f.meshes.meshCount, 2 * testsupport::builtIn().structures.size());
  // The left side is posed normal, the right one flat.
  EXPECT_GT(measured(left, "calcaneal_pitch_deg"), measured(right, "calcaneal_pitch_deg") + 3.0f);
  EXPECT_EQ(&f.controller.activeView(), &f.state.views[1]);  // the panels show the case
}

TEST(Compare, ConditionsChangeOnlyTheCaseSide) {
  Fixture f;
  f.apply(flagged(CommandKind::SetCompare, true));
  const float normalPitch = measured(f.state.views[0], "calcaneal_pitch_deg");
  f.apply(preset("flat-foot"));
  EXPECT_FLOAT_EQ(measured(f.state.views[0], "calcaneal_pitch_deg"), normalPitch);
  EXPECT_LT(measured(f.state.views[1], "calcaneal_pitch_deg"), normalPitch - 3.0f);
}

TEST(Compare, CamerasTurnTogether) {
  Fixture f;
  f.apply(ui::makeCommand(CommandKind::ToggleCompare));
  ui::Command orbit = ui::makeCommand(CommandKind::Orbit);
  orbit.value = 0.4f;
  f.apply(orbit);
  EXPECT_FLOAT_EQ(f.state.views[0].camera.yaw, f.state.views[1].camera.yaw);
  EXPECT_FALSE(f.state.views[0].atStandardView);
}

TEST(Compare, TurningItOffKeepsTheCase) {
  Fixture f;
  f.apply(preset("haglund"));
  f.apply(flagged(CommandKind::SetCompare, true));
  f.apply(flagged(CommandKind::SetCompare, false));
  ASSERT_EQ(f.state.views.size(), 1u);
  EXPECT_FALSE(f.state.views[0].showsNormal);
  EXPECT_FLOAT_EQ(f.state.views[0].rect.width, 1.0f);
  EXPECT_TRUE(f.state.views[0].label.empty());
  EXPECT_GT(measured(f.state.views[0], "haglund_bump_mm"), 0.0f);
  EXPECT_EQ(f.meshes.meshCount, testsupport::builtIn().structures.size());
}

TEST(Compare, EachSideIsUploadedAsPosedAfterTheSplit) {
  Fixture f;
  f.apply(preset("flat-foot"));
  f.meshes.updated.clear();
  f.apply(flagged(CommandKind::SetCompare, true));
  const int count = static_cast<int>(testsupport::builtIn().structures.size());
  // The case (view 1) gets every posed structure again after the GPU copies were remade.
  const auto caseUploads = std::count_if(f.meshes.updated.begin(), f.meshes.updated.end(), [&](int m) { return m >= count; });
  EXPECT_GE(caseUploads, count);
}

TEST(Ghost, OutlinesOnlyWhatTheCaseChanges) {
  Fixture f;
  f.apply(flagged(CommandKind::SetGhost, true));
  EXPECT_TRUE(f.state.compare.ghost);
  EXPECT_TRUE(f.state.compare.differsFromNormal.empty());  // normal: nothing differs
  EXPECT_TRUE(f.controller.ghostOutline(0).empty());
  f.apply(preset("haglund"));
  const std::vector<int>& differs = f.state.compare.differsFromNormal;
  const int calcaneus = testsupport::builtIn().indexOf("calcaneus");
  ASSERT_GE(calcaneus, 0);
  EXPECT_NE(std::find(differs.begin(), differs.end(), calcaneus), differs.end());
  const int talus = testsupport::builtIn().indexOf("talus");
  EXPECT_EQ(std::find(differs.begin(), differs.end(), talus), differs.end());  // Haglund leaves the talus alone
  EXPECT_GT(f.controller.ghostOutline(0).size(), 50u);
}

TEST(Ghost, HiddenStructuresAreNotOutlined) {
  Fixture f;
  f.apply(preset("haglund"));
  f.apply(ui::makeCommand(CommandKind::ToggleGhost));
  const std::size_t all = f.controller.ghostOutline(0).size();
  for (int i : f.state.compare.differsFromNormal) {
    ui::Command hide = ui::makeCommand(CommandKind::SetVisible, i);
    hide.flag = false;
    f.apply(hide);
  }
  EXPECT_GT(all, 0u);
  EXPECT_TRUE(f.controller.ghostOutline(0).empty());
}

TEST(Ghost, NotDrawnOnTheNormalSideOfACompare) {
  Fixture f;
  f.apply(preset("haglund"));
  f.apply(flagged(CommandKind::SetCompare, true));
  f.apply(flagged(CommandKind::SetGhost, true));
  EXPECT_TRUE(f.controller.ghostOutline(0).empty());
  EXPECT_FALSE(f.controller.ghostOutline(1).empty());
}

TEST(PatientMode, PlainWordsLargeTypeAndBack) {
  Fixture f;
  f.state.ui.uiScale = 1.0f;
  f.apply(ui::makeCommand(CommandKind::TogglePatientMode));
  EXPECT_TRUE(f.state.ui.patientMode);
  EXPECT_TRUE(f.state.ui.patientWording);
  EXPECT_GE(f.state.pendingUiScale, 1.5f);
  f.state.ui.uiScale = f.state.pendingUiScale;
  f.apply(flagged(CommandKind::SetCompare, true));
  EXPECT_EQ(f.state.views[1].label, "Your heel");
  f.apply(ui::makeCommand(CommandKind::TogglePatientMode));
  EXPECT_FALSE(f.state.ui.patientMode);
  EXPECT_FLOAT_EQ(f.state.pendingUiScale, 1.0f);
  EXPECT_EQ(f.state.views[1].label, "This case");
}

TEST(Pen, StrokesGrowAndClear) {
  Fixture f;
  f.apply(ui::makeCommand(CommandKind::TogglePen));
  EXPECT_TRUE(f.state.compare.drawing);
  for (int i = 0; i < 5; ++i) {
    ui::Command p = ui::makeCommand(CommandKind::PenPoint, 0);
    p.point = glm::vec3(10.0f * i, 20.0f, 0.0f);
    p.flag = i == 0 || i == 3;
    f.apply(p);
  }
  ASSERT_EQ(f.state.compare.strokes.size(), 2u);
  EXPECT_EQ(f.state.compare.strokes[0].points.size(), 3u);
  EXPECT_EQ(f.state.compare.strokes[1].points.size(), 2u);
  f.apply(ui::makeCommand(CommandKind::ClearStrokes));
  EXPECT_TRUE(f.state.compare.strokes.empty());
}

TEST(CompareKeys, KeysReachTheCommands) {
  const auto kind = [](int key) { return app::commandForKey({key, 0, false}, app::KeyContext{})->kind; };
  EXPECT_EQ(kind(GLFW_KEY_V), CommandKind::ToggleCompare);
  EXPECT_EQ(kind(GLFW_KEY_G), CommandKind::ToggleGhost);
  EXPECT_EQ(kind(GLFW_KEY_F6), CommandKind::TogglePatientMode);
  EXPECT_EQ(kind(GLFW_KEY_W), CommandKind::TogglePen);
  EXPECT_EQ(kind(GLFW_KEY_E), CommandKind::ClearStrokes);
}

TEST(Silhouette, ACubeSeenFromTheFrontHasItsFourEdges) {
  // A unit cube with split (unshared) vertices per face, as a mesh with seams has.
  std::vector<glm::vec3> p;
  std::vector<std::uint32_t> idx;
  const auto quad = [&](glm::vec3 a, glm::vec3 b, glm::vec3 c, glm::vec3 d) {
    const auto base = static_cast<std::uint32_t>(p.size());
    p.insert(p.end(), {a, b, c, d});
    idx.insert(idx.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
  };
  quad({0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1});  // +z
  quad({1, 0, 0}, {0, 0, 0}, {0, 1, 0}, {1, 1, 0});  // -z
  quad({1, 0, 1}, {1, 0, 0}, {1, 1, 0}, {1, 1, 1});  // +x
  quad({0, 0, 0}, {0, 0, 1}, {0, 1, 1}, {0, 1, 0});  // -x
  quad({0, 1, 1}, {1, 1, 1}, {1, 1, 0}, {0, 1, 0});  // +y
  quad({0, 0, 0}, {1, 0, 0}, {1, 0, 1}, {0, 0, 1});  // -y
  const geometry::EdgeAdjacency adj = geometry::buildEdgeAdjacency(p, idx);
  EXPECT_EQ(adj.edges.size(), 18u);  // 12 cube edges + 6 face diagonals, seams welded
  const auto outline = geometry::silhouetteEdges(p, idx, adj, {}, {0, 0, -1}, true);
  EXPECT_EQ(outline.size(), 4u);  // looking straight at +z: the square's rim
  for (const auto& [a, b] : outline) EXPECT_TRUE((a.z == 1.0f && b.z == 1.0f) || (a.z == 0.0f && b.z == 0.0f));
  const auto corner = geometry::silhouetteEdges(p, idx, adj, {3, 3, 3}, {}, false);
  EXPECT_EQ(corner.size(), 6u);  // from a corner: a hexagon
}

TEST(PlainWords, MeasurementsInEverydayWords) {
  const anatomy::MeasurementRange* pitch = anatomy::findRange("calcaneal_pitch_deg");
  ASSERT_NE(pitch, nullptr);
  EXPECT_EQ(anatomy::plainComparison(*pitch, 25.0f), "normal");
  EXPECT_EQ(anatomy::plainComparison(*pitch, 12.0f), "flatter than normal");
  EXPECT_EQ(anatomy::plainComparison(*pitch, 35.0f), "steeper than normal");
  const std::string line = anatomy::plainLine(*pitch, 12.0f);
  EXPECT_NE(line.find("heel bone"), std::string::npos) << line;
  EXPECT_NE(line.find("20-30"), std::string::npos) << line;
  EXPECT_EQ(line.find("pitch"), std::string::npos) << "no jargon: " << line;
  const anatomy::MeasurementRange* bursa = anatomy::findRange("bursa_ap_mm");
  ASSERT_NE(bursa, nullptr);
  EXPECT_EQ(anatomy::plainComparison(*bursa, 4.0f), "swollen");
}

// The handout and the patient panel print every readout: each needs everyday words.
TEST(PlainWords, EveryReadoutHasEverydayWords) {
  for (const std::string& key : anatomy::measurementKeys())
    if (anatomy::findRange(key)) {
      EXPECT_FALSE(anatomy::plainName(key).empty()) << key;
    }
  const anatomy::MeasurementRange* mad = anatomy::findRange("mad_mm");
  ASSERT_NE(mad, nullptr);
  EXPECT_EQ(anatomy::plainComparison(*mad, 20.0f), "further outside than usual (toward knock knees)");
  EXPECT_EQ(anatomy::plainComparison(*mad, -30.0f), "further inside than usual (toward bow legs)");
}

TEST(PlainWords, EveryPresetHasAPlainNameAndAPatientLesson) {
  for (const anatomy::Preset& p : anatomy::presets()) {
    EXPECT_FALSE(anatomy::plainPresetName(p.id).empty()) << p.id;
    const std::string lesson = app::patientLessonFor(p.id);
    EXPECT_FALSE(lesson.empty()) << p.id;
    EXPECT_FALSE(app::resolveLesson(lesson).empty()) << lesson << " is not shipped";
  }
  EXPECT_FALSE(app::resolveLesson(app::kSelfCarePatientLesson).empty());
}

}  // namespace

namespace {

ui::Command withPath(CommandKind kind, const std::string& text, bool flag = false) {
  ui::Command c = ui::makeCommand(kind);
  c.text = text;
  c.flag = flag;
  return c;
}

TEST(CaseCommands, AnEditedCaseAsksBeforeItIsReplacedOrTheAppQuits) {
  Fixture f;
  f.state.caseDoc.path = "/tmp/some.aacase";  // a case is open...
  f.state.caseDoc.record = f.controller.currentCase();
  f.apply(preset("rupture"));  // ...and edited
  ASSERT_TRUE(f.controller.caseHasUnsavedChanges());
  f.apply(ui::makeCommand(CommandKind::NewCase));
  EXPECT_EQ(f.state.ui.unsavedPendingKind, static_cast<int>(CommandKind::NewCase));
  EXPECT_GT(f.state.conditions[anatomy::ConditionId::AchillesRupture], 0.0f) << "nothing dropped yet";
  f.state.ui.unsavedPendingKind = -1;
  f.apply(ui::makeCommand(CommandKind::Quit));
  EXPECT_FALSE(f.state.quit);
  EXPECT_EQ(f.state.ui.unsavedPendingKind, static_cast<int>(CommandKind::Quit));
  f.apply(withPath(CommandKind::NewCase, "", true));  // "Don't save"
  EXPECT_EQ(f.state.conditions[anatomy::ConditionId::AchillesRupture], 0.0f);
  EXPECT_TRUE(f.state.caseDoc.path.empty());
  f.apply(ui::makeCommand(CommandKind::Quit));  // nothing edited now
  EXPECT_TRUE(f.state.quit);
}

TEST(CaseCommands, WithoutACaseNothingAsks) {
  Fixture f;
  f.apply(preset("haglund"));
  f.apply(ui::makeCommand(CommandKind::Quit));
  EXPECT_TRUE(f.state.quit);
  EXPECT_EQ(f.state.ui.unsavedPendingKind, -1);
}

TEST(CaseCommands, PinsAreAddedOnTheRightFootModelAndRemoved) {
  Fixture f;
  const int calcaneus = testsupport::builtIn().indexOf("calcaneus");
  ui::Command pin = ui::makeCommand(CommandKind::AddPin, calcaneus);
  pin.point = glm::vec3(12.0f, 30.0f, -40.0f);
  pin.text = "sore\nhere";
  f.state.ui.pinning = true;
  f.apply(pin);
  ASSERT_EQ(f.state.caseDoc.record.pins.size(), 1u);
  EXPECT_EQ(f.state.caseDoc.record.pins[0].structure, "calcaneus");
  EXPECT_EQ(f.state.caseDoc.record.pins[0].text, "sore here") << "one line";
  EXPECT_FALSE(f.state.ui.pinning);
  EXPECT_TRUE(f.controller.caseHasUnsavedChanges());
  f.controller.setSide(anatomy::Side::Left);
  f.apply(pin);  // clicked on the mirrored model: kept where it is on the right one
  ASSERT_EQ(f.state.caseDoc.record.pins.size(), 2u);
  EXPECT_FLOAT_EQ(f.state.caseDoc.record.pins[1].point.x, -12.0f);
  f.apply(ui::makeCommand(CommandKind::RemovePin, 0));
  ASSERT_EQ(f.state.caseDoc.record.pins.size(), 1u);
  EXPECT_FLOAT_EQ(f.state.caseDoc.record.pins[0].point.x, -12.0f);
  f.apply(ui::makeCommand(CommandKind::AddPin, 9999));  // no such structure: nothing
  EXPECT_EQ(f.state.caseDoc.record.pins.size(), 1u);
}

TEST(CaseCommands, ExportHandoutIsARequestForTheWindow) {
  Fixture f;
  f.apply(withPath(CommandKind::ExportHandout, "/tmp/h.pdf"));
  ASSERT_EQ(f.state.handoutRequests.size(), 1u);
  EXPECT_EQ(f.state.handoutRequests[0], "/tmp/h.pdf");
}

TEST(CaseCommands, CompareKeepsTheSideOfALeftCase) {
  Fixture f;
  f.controller.setSide(anatomy::Side::Left);
  f.apply(flagged(CommandKind::SetCompare, true));
  ASSERT_EQ(f.state.views.size(), 2u);
  EXPECT_TRUE(f.state.views[0].mirrored);
  EXPECT_TRUE(f.state.views[1].mirrored);
}

}  // namespace

namespace {

TEST(FitForm, FitsTheTickedNumbersAndReportsEachOne) {
  Fixture f;
  ui::Command fit = ui::makeCommand(CommandKind::FitNumbers);
  fit.text = "side=left\ncalcaneal_pitch_deg=15.000000\nfowler_philip_deg=200\n";
  f.apply(fit);
  ASSERT_EQ(f.state.ui.fitReport.size(), 2u);
  EXPECT_NE(f.state.ui.fitReport[0].find("Calcaneal pitch"), std::string::npos);
  EXPECT_NE(f.state.ui.fitReport[0].find("reached"), std::string::npos) << f.state.ui.fitReport[0];
  EXPECT_NE(f.state.ui.fitReport[1].find("not reached"), std::string::npos) << "200 deg is beyond any heel";
  EXPECT_NEAR(measured(f.state.views[0], "calcaneal_pitch_deg"), 15.0f, 1.0f);
  EXPECT_EQ(f.controller.side(), anatomy::Side::Left);
  EXPECT_EQ(f.state.caseDoc.record.fitted.size(), 2u) << "the numbers are kept in the case";
}

TEST(FitForm, BadLinesAndAnEmptyFormSaySo) {
  Fixture f;
  ui::Command fit = ui::makeCommand(CommandKind::FitNumbers);
  fit.text = "no_such_key=3\n";
  f.apply(fit);
  ASSERT_EQ(f.state.ui.fitReport.size(), 1u);
  EXPECT_NE(f.state.ui.fitReport[0].find("no_such_key"), std::string::npos) << f.state.ui.fitReport[0];
  fit.text = "side=right\n";
  f.apply(fit);
  ASSERT_EQ(f.state.ui.fitReport.size(), 1u);
  EXPECT_NE(f.state.ui.fitReport[0].find("Tick"), std::string::npos);
}

}  // namespace
