// Soft wrapping (soft_wrap.h): greedy, word by word, each line measured as it will be drawn.
#include "ui/soft_wrap.h"

namespace ui {

void unwrapSoft(std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') continue;
    const bool before = i > 0 && text[i - 1] == '\n';
    const bool after = i + 1 < text.size() && text[i + 1] == '\n';
    if (!before && !after) text[i] = ' ';
  }
}

namespace {
// Breaks one line [begin, end) of text (no newlines in it) at spaces.
void wrapLine(std::string& text, std::size_t begin, std::size_t end, float width, const MeasureText& measure) {
  std::size_t lineStart = begin;
  std::size_t lastSpace = std::string::npos;  // the last break point on the current line
  for (std::size_t i = begin; i <= end; ++i) {
    if (i < end && text[i] != ' ') continue;
    // text[lineStart, i) is the line so far up to the end of a word.
    if (measure(text.data() + lineStart, text.data() + i) > width && lastSpace != std::string::npos) {
      text[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = std::string::npos;
      --i;  // measure this word again on its new line
      continue;
    }
    if (i < end) lastSpace = i;
  }
}
}  // namespace

void wrapSoft(std::string& text, float width, const MeasureText& measure) {
  unwrapSoft(text);
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    wrapLine(text, begin, end, width, measure);
    begin = end + 1;
  }
}

}  // namespace ui
