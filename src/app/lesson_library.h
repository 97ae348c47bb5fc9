// The shipped lessons (models/lessons in the source tree, share/ankle-atlas/lessons when
// installed) and how a lesson is named on the command line: a file's base name or a path.
#pragma once

#include <string>
#include <vector>

namespace app {

struct LessonEntry {
  std::string name;  // base name, "achilles_insertion"
  std::string path;
  std::string title;  // "" when the file does not read
  std::string audience;  // "student", "patient" or ""
  std::string error;     // why the file does not read ("" when it does)
};

std::string shippedLessonsDir();  // "" when none is found
// Sorted by name; unreadable files are listed with an empty title.
std::vector<LessonEntry> shippedLessons();
// A path as given when it names a file, else the shipped lesson of that base name; "" when neither.
std::string resolveLesson(const std::string& nameOrPath);
// The patient lesson that explains a preset ("haglund" -> "haglund_bursitis_patient"), and the
// one on looking after the heel; "" for an unknown preset.
std::string patientLessonFor(const std::string& presetId);
inline constexpr const char* kSelfCarePatientLesson = "treatment_self_care_patient";

}  // namespace app
