// Soft wrapping for a multi-line text box that does not wrap by itself (ImGui 1.86's
// InputTextMultiline): spaces where a line would overflow become newlines, and back again.
// A space and a newline are one byte each, so the text and the cursor keep their positions.
// A blank line separates paragraphs and is never touched; a single newline is a wrap.
#pragma once

#include <functional>
#include <string>

namespace ui {

// Width of text[begin, end) when drawn (pixels).
using MeasureText = std::function<float(const char* begin, const char* end)>;

// Joins wrapped lines back into paragraphs: a newline without another beside it becomes a space.
void unwrapSoft(std::string& text);

// Unwraps, then breaks each paragraph at spaces so no line is wider than width (a single
// word wider than that stays on its own line).
void wrapSoft(std::string& text, float width, const MeasureText& measure);

// The text as kept in a lesson: paragraphs with the wraps taken out.
inline std::string unwrappedCopy(std::string text) {
  unwrapSoft(text);
  return text;
}

}  // namespace ui
