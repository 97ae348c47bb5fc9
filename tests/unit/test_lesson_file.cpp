// Lesson files: a lesson reads back as written, steps describe whole scenes, and every
// mistake a teacher can make by hand is reported with the step, the field and the reason.
#include "anatomy/structure.h"
#include "io/lesson_file.h"
#include "io/model_loader.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using anatomy::ConditionId;

anatomy::Lesson sampleLesson() {
  anatomy::Lesson lesson;
  lesson.title = "Heel pain";
  lesson.summary = "Two steps.";
  lesson.audience = anatomy::Audience::Patient;
  anatomy::LessonStep first;
  first.title = "The tendon";
  first.text = "Paragraph one.\n\nParagraph two.";
  first.view = geometry::StandardView::Lateral;
  first.highlighted = {"achilles_tendon"};
  first.hidden = {"skin"};
  first.faded = {"soleus", "gastrocnemius_medial_head"};
  first.labelled = {"achilles_tendon", "calcaneus"};
  anatomy::LessonStep second;
  second.title = "A spur";
  second.view = geometry::StandardView::Posterior;
  second.orbit = anatomy::CameraOrbit{45.0f, -12.5f, 1.7f, glm::vec3(12.5f, -3.0f, 40.25f)};
  second.preset = "calcific-spur";
  second.severities = {{ConditionId::CalcificSpur, 0.35f}, {ConditionId::RetrocalcanealBursitis, 0.1f}};
  second.overlays = {anatomy::OverlayKind::Posterior};
  second.isolated = {"calcaneus", "calcific_spur"};
  second.highlighted = {"calcific_spur"};
  second.faded = {"calcaneus"};
  second.labelled = {"calcific_spur"};
  second.focus = {"calcaneus", "calcific_spur"};
  second.mode = anatomy::ViewMode::XRay;
  anatomy::LessonStep third;
  third.title = "In section";
  third.mode = anatomy::ViewMode::Section;
  lesson.steps = {first, second, third};
  return lesson;
}

const std::string kHead = R"("format": "ankle-atlas-lesson", "version": "1.0", "title": "L")";

// A lesson with one step whose members are stepBody; expects a LoadError containing part.
void expectStepRejected(const std::string& stepBody, const std::string& part) {
  const std::string text = "{" + kHead + R"(, "steps": [{"title": "ok"}, {"title": "S")" +
                           (stepBody.empty() ? "" : ", " + stepBody) + "}]}";
  try {
    io::parseLesson(text, "lesson.aalesson");
    ADD_FAILURE() << "accepted: " << text;
  } catch (const io::LoadError& e) {
    EXPECT_EQ(e.path(), "lesson.aalesson");
    EXPECT_NE(e.reason().find(part), std::string::npos) << "reason: " << e.reason() << "\nexpected: " << part;
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
  }
}

std::string reasonFor(const std::string& text) {
  try {
    io::parseLesson(text, "l.aalesson");
  } catch (const io::LoadError& e) {
    return e.reason();
  }
  return "accepted";
}

}  // namespace

TEST(LessonFile, EncodeThenParseGivesTheSameLesson) {
  const std::string text = io::encodeLesson(sampleLesson());
  EXPECT_EQ(io::parseLesson(text, "l.aalesson"), sampleLesson()) << text;
  EXPECT_EQ(io::encodeLesson(io::parseLesson(text, "l.aalesson")), text);
  EXPECT_EQ(text.find("\"orbit\"", text.find("The tendon")), text.find("\"orbit\"")) << "only the second step has one";
  EXPECT_EQ(text.find("\"mode\""), text.find("\"mode\": \"xray\"")) << "a normal step leaves its mode out";
  EXPECT_NE(text.find("\"mode\": \"section\""), std::string::npos);
}

TEST(LessonFile, ModeFadedAndLabelledAreRead) {
  const anatomy::Lesson l = io::parseLesson("{" + kHead + R"(, "steps": [
      {"title": "A", "mode": "xray", "faded": ["skin", "soleus"], "labelled": ["talus"]},
      {"title": "B", "mode": "section"}, {"title": "C", "mode": "normal"}, {"title": "D"}]})",
                                            "l.aalesson");
  ASSERT_EQ(l.steps.size(), 4u);
  EXPECT_EQ(l.steps[0].mode, anatomy::ViewMode::XRay);
  EXPECT_EQ(l.steps[0].faded, (std::vector<std::string>{"skin", "soleus"}));
  EXPECT_EQ(l.steps[0].labelled, (std::vector<std::string>{"talus"}));
  EXPECT_TRUE(l.steps[0].focus.empty()) << "no focus: the view's own framing";
  EXPECT_EQ(l.steps[1].mode, anatomy::ViewMode::Section);
  EXPECT_EQ(l.steps[2].mode, anatomy::ViewMode::Normal);
  EXPECT_EQ(l.steps[3].mode, anatomy::ViewMode::Normal) << "no mode: the normal rendering";
  EXPECT_TRUE(l.steps[3].faded.empty());
  anatomy::LessonStep renamed = l.steps[3];
  renamed.title = "C";
  EXPECT_EQ(l.steps[2], renamed) << "\"normal\" and no mode are the same step";
}

TEST(LessonFile, ViewModeIdsReadBack) {
  for (anatomy::ViewMode m : anatomy::kAllViewModes) EXPECT_EQ(anatomy::parseViewMode(anatomy::viewModeId(m)), m);
  EXPECT_EQ(anatomy::parseViewMode("x-ray"), anatomy::ViewMode::XRay);
  EXPECT_FALSE(anatomy::parseViewMode("XRAY").has_value());
  EXPECT_FALSE(anatomy::parseViewMode("").has_value());
}

TEST(LessonFile, OlderLessonsWithoutTheNewFieldsStillRead) {
  const anatomy::Lesson l = io::parseLesson(R"({"format": "ankle-atlas-lesson", "version": "1.0", "title": "Old",
      "steps": [{"title": "S", "view": "lateral", "hidden": ["skin"]}]})",
                                            "old.aalesson");
  EXPECT_EQ(l.steps.at(0).mode, anatomy::ViewMode::Normal);
  EXPECT_TRUE(l.steps.at(0).labelled.empty());
  // A 1.1 orbit has no pan: the camera looks where the view's framing puts it.
  const anatomy::Lesson turned = io::parseLesson(R"({"format": "ankle-atlas-lesson", "version": "1.1", "title": "Old",
      "steps": [{"title": "S", "view": "lateral", "orbit": {"yaw_deg": 20, "zoom": 1.5}}]})",
                                                 "turned.aalesson");
  ASSERT_TRUE(turned.steps.at(0).orbit.has_value());
  EXPECT_EQ(turned.steps.at(0).orbit->panMm, glm::vec3(0.0f));
  EXPECT_FLOAT_EQ(turned.steps.at(0).orbit->zoom, 1.5f);
}

TEST(LessonFile, OrbitPanReadsAndIsChecked) {
  const anatomy::Lesson l = io::parseLesson(R"({"format": "ankle-atlas-lesson", "version": "1.2", "title": "Pan",
      "steps": [{"title": "S", "view": "lateral", "orbit": {"pan_mm": [10, -4.5, 0.25]}}]})",
                                            "pan.aalesson");
  EXPECT_EQ(l.steps.at(0).orbit->panMm, glm::vec3(10.0f, -4.5f, 0.25f));
  const std::string text = io::encodeLesson(l);
  EXPECT_NE(text.find("\"pan_mm\""), std::string::npos) << text;
  EXPECT_TRUE(io::parseLesson(text, "again.aalesson") == l);
  expectStepRejected(R"("view": "lateral", "orbit": {"pan_mm": [1, 2]})", "step 2 \"orbit\" \"pan_mm\": needs three numbers");
  expectStepRejected(R"("view": "lateral", "orbit": {"pan_mm": [1, 2, 3, 4]})", "\"pan_mm\"");
  expectStepRejected(R"("view": "lateral", "orbit": {"pan_mm": [1, 2, 5000]})", "pan_mm is 5000, expected -2000 to 2000");
  expectStepRejected(R"("view": "lateral", "orbit": {"pan_mm": "left"})", "\"pan_mm\": must be a list");
}

TEST(LessonFile, StepsShowThePresetWithTheirSeveritiesOnTop) {
  const anatomy::Lesson lesson = sampleLesson();
  const anatomy::Conditions c = lesson.steps[1].conditions();
  EXPECT_EQ(c[ConditionId::CalcificSpur], 0.35f) << "the step's value replaces the preset's 1.0";
  EXPECT_EQ(c[ConditionId::TendonCalcification], 0.5f) << "from the calcific-spur preset";
  EXPECT_FALSE(lesson.steps[0].conditions().any()) << "no preset: a normal foot";
}

TEST(LessonFile, TextMayBeAListOfParagraphs) {
  const anatomy::Lesson l = io::parseLesson(
      "{" + kHead + R"(, "steps": [{"title": "T", "text": ["One.", "Two."], "future_key": {"x": 1}}]})", "l.aalesson");
  ASSERT_EQ(l.steps.size(), 1u);
  EXPECT_EQ(l.steps[0].text, "One.\n\nTwo.");
  EXPECT_FALSE(l.steps[0].view.has_value());
}

TEST(LessonFile, StepMistakesNameTheStepAndField) {
  expectStepRejected(R"("severities": {"haglund": 1.7})", "step 2: severity of 'haglund' is 1.7, expected 0 to 1");
  expectStepRejected(R"("severities": {"bunion": 0.5})", "step 2: unknown condition 'bunion'");
  expectStepRejected(R"("view": "top")", "step 2 \"view\": unknown view 'top'");
  expectStepRejected(R"("preset": "sprain")", "step 2 \"preset\": unknown preset 'sprain'");
  expectStepRejected(R"("overlays": ["medial"])", "step 2 \"overlays\": unknown overlay 'medial'");
  expectStepRejected(R"("hidden": ["Calcaneus"])", "step 2 \"hidden\": 'Calcaneus' is not a structure id");
  expectStepRejected(R"("highlighted": ["a__b"])", "step 2 \"highlighted\": 'a__b' is not a structure id");
  expectStepRejected(R"("isolated": "calcaneus")", "step 2 \"isolated\": must be a list");
  expectStepRejected(R"("hidden": ["skin"], "highlighted": ["skin"])", "step 2: 'skin' is both highlighted and hidden");
  expectStepRejected(R"("hidden": ["skin"], "isolated": ["skin"])", "step 2: 'skin' is both isolated and hidden");
  expectStepRejected(R"("isolated": ["talus"], "highlighted": ["tibia"])", "'tibia' is highlighted but not among the isolated");
  expectStepRejected(R"("orbit": {"yaw_deg": 10})", "step 2: an \"orbit\" needs a \"view\"");
  expectStepRejected(R"("mode": "mri")", "step 2 \"mode\": unknown mode 'mri' (use normal, xray or section)");
  expectStepRejected(R"("mode": 2)", "step 2 \"mode\": must be text, not a number");
  expectStepRejected(R"("faded": ["Skin"])", "step 2 \"faded\": 'Skin' is not a structure id");
  expectStepRejected(R"("labelled": "talus")", "step 2 \"labelled\": must be a list");
  expectStepRejected(R"("labelled": ["talus", "talus"])", "step 2 \"labelled\": structure 'talus' is listed twice");
  expectStepRejected(R"("hidden": ["skin"], "faded": ["skin"])", "step 2: 'skin' is both faded and hidden");
  expectStepRejected(R"("hidden": ["skin"], "labelled": ["skin"])", "step 2: 'skin' is labelled but hidden");
  expectStepRejected(R"("highlighted": ["talus"], "faded": ["talus"])",
                     "step 2: 'talus' is both highlighted and faded");
  expectStepRejected(R"("isolated": ["talus"], "faded": ["tibia"])", "'tibia' is faded but not among the isolated");
  expectStepRejected(R"("isolated": ["talus"], "labelled": ["tibia"])",
                     "'tibia' is labelled but not among the isolated");
  expectStepRejected(R"("focus": ["talus"])", "step 2: a \"focus\" needs a \"view\" to look from");
  expectStepRejected(R"("view": "lateral", "focus": ["talus"], "hidden": ["talus"])", "'talus' is in focus but hidden");
  expectStepRejected(R"("view": "lateral", "focus": ["tibia"], "isolated": ["talus"])",
                     "'tibia' is in focus but not among the isolated");
  expectStepRejected(R"("view": "lateral", "focus": "talus")", "step 2 \"focus\": must be a list");
  expectStepRejected(R"("view": "lateral", "orbit": {"yaw_deg": 400})",
                     "step 2 \"orbit\": yaw_deg is 400, expected -180 to 180");
  expectStepRejected(R"("view": "lateral", "orbit": {"zoom": 0})", "zoom is 0, expected 0.25 to 8");
  expectStepRejected(R"("view": "lateral", "orbit": [1, 2])", "step 2 \"orbit\": must be an object");
  expectStepRejected(R"("text": 5)", "step 2 \"text\": must be text, not a number");
  expectStepRejected(R"("text": ["a", 5])", "step 2 \"text\": must be text, not a number");
  expectStepRejected(R"("text": ")" + std::string(io::kMaxStepTextBytes + 1, 'x') + "\"",
                     "step 2 \"text\": is 8,001 bytes long");
  expectStepRejected(R"("text": [")" + std::string(5000, 'x') + R"(", ")" + std::string(5000, 'y') + "\"]",
                     "step 2 \"text\": is longer than 8000 bytes");
}

TEST(LessonFile, LessonLevelMistakesAreNamed) {
  const std::string head = R"("format": "ankle-atlas-lesson", "version": "1.0")";
  EXPECT_EQ(reasonFor("{" + head + R"(, "steps": [{"title": "a"}]})"), "the lesson needs a \"title\"");
  EXPECT_EQ(reasonFor("{" + head + R"(, "title": "  ", "steps": [{"title": "a"}]})"), "\"title\": must not be empty");
  EXPECT_EQ(reasonFor("{" + kHead + "}"), "the lesson needs \"steps\"");
  EXPECT_EQ(reasonFor("{" + kHead + R"(, "steps": []})"), "\"steps\": the lesson has no steps");
  EXPECT_EQ(reasonFor("{" + kHead + R"(, "steps": [{"text": "no title"}]})"), "step 1: needs a \"title\"");
  EXPECT_EQ(reasonFor("{" + kHead + R"(, "steps": [3]})"), "step 1: must be an object {...}, not a number");
  EXPECT_EQ(reasonFor("{" + kHead + R"(, "audience": "everyone", "steps": [{"title": "a"}]})"),
            "\"audience\": 'everyone' is not student, patient or any");
  EXPECT_NE(reasonFor(R"({"format": "ankle-atlas-lesson", "version": "3.1"})").find("this lesson file is version 3.1"),
            std::string::npos);
  EXPECT_NE(reasonFor(R"({"format": "ankle-atlas-case", "version": "1.0"})").find("not an Ankle Atlas lesson file"),
            std::string::npos);
}

TEST(LessonFile, StepCountIsLimited) {
  std::string steps;
  for (std::size_t i = 0; i <= io::kMaxLessonSteps; ++i) steps += std::string(i ? "," : "") + R"({"title": "s"})";
  EXPECT_EQ(reasonFor("{" + kHead + ", \"steps\": [" + steps + "]}"), "\"steps\": has 501 entries; the limit is 500");
}

TEST(LessonFile, StructureIdFormatIsWhatMakeIdProduces) {
  for (const char* name : {"Left Gastrocnemius (medial head)", "Metatarsal 1", "1st toe", "x"})
    EXPECT_TRUE(anatomy::isWellFormedId(anatomy::makeId(name))) << name;
  for (const char* bad : {"", "_skin", "skin_", "a__b", "Skin", "skin-1", "skin 1", "ß"})
    EXPECT_FALSE(anatomy::isWellFormedId(bad)) << bad;
  EXPECT_TRUE(anatomy::isWellFormedId(std::string(anatomy::kMaxIdLength, 'a')));
  EXPECT_FALSE(anatomy::isWellFormedId(std::string(anatomy::kMaxIdLength + 1, 'a')));
}

// What an authoring tool saves must play back the same: each shipped lesson and each fuzz
// seed, read and written again, reads back equal, and writing is then a fixed point.
TEST(LessonFile, ShippedLessonsAndSeedsSurviveTheWriter) {
  namespace fs = std::filesystem;
  std::size_t files = 0;
  for (const char* dir : {"models/lessons", "tests/fuzz/seeds/lesson"})
    for (const auto& entry : fs::directory_iterator(fs::path(AA_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != io::kLessonExtension) continue;
      ++files;
      const anatomy::Lesson lesson = io::readLessonFile(entry.path().string());
      const std::string written = io::encodeLesson(lesson);
      const anatomy::Lesson again = io::parseLesson(written, "written.aalesson");
      EXPECT_EQ(again, lesson) << entry.path();
      EXPECT_EQ(io::encodeLesson(again), written) << entry.path();
    }
  EXPECT_GE(files, 3u);
}
