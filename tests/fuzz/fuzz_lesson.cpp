// libFuzzer target: io::parseLesson on arbitrary text. It fails only with io::LoadError
// (any other exception escapes and libFuzzer reports it), every message is one line, and
// whatever it accepts, encodeLesson writes so that it reads back equal.
#include "io/lesson_file.h"
#include "io/model_loader.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void broken(const char* promise, const std::string& detail) {
  std::fprintf(stderr, "lesson reader broke a promise: %s\n%s\n", promise, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  anatomy::Lesson lesson;
  try {
    lesson = io::parseLesson(text, "fuzz.aalesson");
  } catch (const io::LoadError& e) {
    if (std::string(e.what()).find('\n') != std::string::npos) broken("messages are one line", e.what());
    return 0;
  }
  if (lesson.steps.empty() || lesson.steps.size() > io::kMaxLessonSteps) broken("1 to 500 steps", text);
  const std::string encoded = io::encodeLesson(lesson);
  try {
    if (!(io::parseLesson(encoded, "encoded.aalesson") == lesson)) broken("a written lesson reads back equal", encoded);
  } catch (const io::LoadError& e) {
    broken("what the writer encodes, the reader accepts", std::string(e.what()) + "\n" + encoded);
  }
  return 0;
}
