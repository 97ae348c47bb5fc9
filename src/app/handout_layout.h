// The patient handout as data: what it says (from the case, its measurements and the
// condition cards' plain wording) and where each piece goes on an A4 page, as boxes and
// runs of text in points. Pure, so the page is unit-tested without cairo or OpenGL;
// handout_render.h draws it.
#pragma once

#include "anatomy/case_record.h"
#include "anatomy/measure_all.h"
#include "anatomy/measurement_ranges.h"

#include <functional>
#include <string>
#include <vector>

namespace app {

struct HandoutMeasure {
  std::string name;    // "Calcaneal pitch"
  std::string value;   // "23.1°"
  std::string normal;  // "normal 20-30"
  std::string words;   // "normal", "lower than normal", "higher than normal"
  anatomy::Verdict verdict = anatomy::Verdict::Unknown;
};

struct HandoutSection {
  std::string heading;
  std::vector<std::string> paragraphs;  // each wrapped on its own
  bool bullets = false;
};

struct HandoutContent {
  std::string title = "About your heel";
  std::string patientLabel;
  std::string date;  // as printed, "7 December 2026"
  std::string normalCaption = "A normal heel", caseCaption = "Your heel";
  std::vector<std::string> pins;  // numbered on the picture in this order
  std::vector<HandoutMeasure> measures;
  std::vector<HandoutSection> sections;  // what is happening, what helps, when to see a doctor, notes
  std::string footer;
};

// The content for a case: its conditions' patient wording and safety notes, and its
// measurements (those with a normal range) in plain words.
HandoutContent handoutContent(const anatomy::CaseRecord& record, const std::vector<anatomy::Measurement>& measured,
                              const std::string& date);

struct Rgb {
  float r = 0.0f, g = 0.0f, b = 0.0f;
};

struct TextRun {
  float x = 0.0f, y = 0.0f;  // baseline start, points from the page's top left
  std::string text;
  float size = 10.0f;
  bool bold = false;
  Rgb colour;
};

enum class BoxKind { NormalPicture, CasePicture, Rule, Panel };

struct PageBox {
  BoxKind kind = BoxKind::Rule;
  float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
  Rgb colour;
};

inline constexpr float kA4WidthPt = 595.276f, kA4HeightPt = 841.89f;
// The pictures' shape (width / height); they are rendered at this aspect ratio.
inline constexpr float kHandoutPictureAspect = 1.25f;

struct HandoutPage {
  float width = kA4WidthPt, height = kA4HeightPt;
  std::vector<PageBox> boxes;
  std::vector<TextRun> texts;
  float textScale = 1.0f;  // below 1 when the text was made smaller to fit one page
  bool fits = true;        // false: even the smallest text ran past the page (the rest is left off)
};

// Width of text in points at a size, as the drawing code's font measures it.
using TextWidth = std::function<float(const std::string& text, float size, bool bold)>;

HandoutPage layoutHandout(const HandoutContent& content, const TextWidth& width);

// Greedy wrap at spaces; a word longer than the line gets a line of its own.
std::vector<std::string> wrapText(const std::string& text, float maxWidth, float size, bool bold,
                                  const TextWidth& width);

}  // namespace app
