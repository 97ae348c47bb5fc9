// The lessons shipped in models/lessons: each parses, and every structure it names exists
// in the built-in model, so a lesson never points at something the viewer cannot show.
#include "io/lesson_file.h"
#include "io/model_loader.h"
#include "model_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> shippedLessons() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(fs::path(AA_SOURCE_DIR) / "models/lessons"))
    if (entry.path().extension() == io::kLessonExtension) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

void expectInModel(const std::vector<std::string>& ids, const std::string& where) {
  for (const std::string& id : ids) EXPECT_GE(modeltest::model().indexOf(id), 0) << where << ": no structure '" << id << "'";
}

}  // namespace

TEST(ShippedLessons, ParseAndNameOnlyStructuresOfTheBuiltInModel) {
  const std::vector<fs::path> lessons = shippedLessons();
  ASSERT_FALSE(lessons.empty()) << "models/lessons holds no " << io::kLessonExtension << " file";
  for (const fs::path& path : lessons) {
    anatomy::Lesson lesson;
    try {
      lesson = io::readLessonFile(path.string());
    } catch (const io::LoadError& e) {
      ADD_FAILURE() << e.what();
      continue;
    }
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
      const anatomy::LessonStep& s = lesson.steps[i];
      const std::string where = path.filename().string() + " step " + std::to_string(i + 1);
      expectInModel(s.highlighted, where);
      expectInModel(s.hidden, where);
      expectInModel(s.isolated, where);
      EXPECT_FALSE(s.text.empty()) << where << " has no text";
    }
  }
}

TEST(ShippedLessons, AchillesInsertionLessonTeachesTheHeel) {
  const anatomy::Lesson lesson =
      io::readLessonFile((fs::path(AA_SOURCE_DIR) / "models/lessons/achilles_insertion.aalesson").string());
  EXPECT_GE(lesson.steps.size(), 5u);
  EXPECT_LE(lesson.steps.size(), 8u);
  bool showsSpur = false, showsAlignment = false;
  for (const anatomy::LessonStep& s : lesson.steps) {
    EXPECT_TRUE(s.view.has_value()) << s.title << ": a presenter should not depend on where the camera was";
    showsSpur |= s.conditions()[anatomy::ConditionId::CalcificSpur] > 0.5f;
    showsAlignment |= !s.overlays.empty();
  }
  EXPECT_TRUE(showsSpur);
  EXPECT_TRUE(showsAlignment);
}
