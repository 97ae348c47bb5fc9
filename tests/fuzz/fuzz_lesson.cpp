// libFuzzer target: io::parseLesson on arbitrary text, with the promises of
// fuzz_round_trip.h, and an accepted lesson has 1 to kMaxLessonSteps steps.
#include "fuzz_round_trip.h"
#include "io/lesson_file.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::checkRoundTrip(
      "lesson", std::string(reinterpret_cast<const char*>(data), size), ".aalesson", io::parseLesson,
      io::encodeLesson, [](const anatomy::Lesson& lesson, const std::string& text) {
        if (lesson.steps.empty() || lesson.steps.size() > io::kMaxLessonSteps) fuzz::broken("lesson", "1 to 500 steps", text);
      });
  return 0;
}
