#include "app/lesson_library.h"

#include "app/model_source.h"
#include "io/lesson_file.h"
#include "io/model_loader.h"

#include <algorithm>
#include <filesystem>
#include <utility>

namespace app {

namespace fs = std::filesystem;

std::string shippedLessonsDir() {
  const std::string model = builtInModelPath();
  if (model.empty()) return {};
  const fs::path models = fs::path(model).parent_path();
  for (const fs::path& dir : {models / "lessons", models.parent_path() / "lessons"}) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return dir.string();
  }
  return {};
}

std::vector<LessonEntry> shippedLessons() {
  std::vector<LessonEntry> out;
  const std::string dir = shippedLessonsDir();
  if (dir.empty()) return out;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != io::kLessonExtension || !e.is_regular_file(ec)) continue;
    LessonEntry entry{e.path().stem().string(), e.path().string(), {}, {}, {}};
    try {
      const anatomy::Lesson lesson = io::readLessonFile(entry.path);
      entry.title = lesson.title;
      entry.audience = lesson.audience == anatomy::Audience::Patient   ? "patient"
                       : lesson.audience == anatomy::Audience::Student ? "student"
                                                                       : "";
    } catch (const io::LoadError& error) {
      entry.error = error.what();  // listed, greyed out, with the reason
    }
    out.push_back(entry);
  }
  std::sort(out.begin(), out.end(), [](const LessonEntry& a, const LessonEntry& b) { return a.name < b.name; });
  return out;
}

std::string resolveLesson(const std::string& nameOrPath) {
  std::error_code ec;
  if (nameOrPath.find('/') != std::string::npos || fs::path(nameOrPath).extension() == io::kLessonExtension)
    return nameOrPath;  // a path: reading it says what is wrong with it
  const std::string dir = shippedLessonsDir();
  if (dir.empty()) return {};
  const fs::path file = fs::path(dir) / (nameOrPath + io::kLessonExtension);
  return fs::is_regular_file(file, ec) ? file.string() : std::string();
}

std::string patientLessonFor(const std::string& presetId) {
  static const std::pair<const char*, const char*> kLessons[] = {
      {"normal", "heel_anatomy_patient"},
      {"flat-foot", "knee_to_heel_patient"},
      {"pronation", "knee_to_heel_patient"},
      {"genu-valgum", "knee_to_heel_patient"},
      {"haglund", "haglund_bursitis_patient"},
      {"bursitis", "haglund_bursitis_patient"},
      {"calcific-spur", "calcific_spur_patient"},
      {"insertional-tendinopathy", "achilles_insertion_patient"},
      {"rupture", "rupture_vs_tendinopathy_patient"},
  };
  for (const auto& [preset, lesson] : kLessons)
    if (presetId == preset) return lesson;
  return {};
}

}  // namespace app
