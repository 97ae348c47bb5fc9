// A verdict's glyph (a check mark, a warning triangle with "!", a cross) drawn as shapes in
// the verdict's colour, so normal, borderline and abnormal differ by shape as well as by
// colour in every palette: in overlays, the measurement table and the readouts.
#pragma once

#include "anatomy/palette.h"

struct ImDrawList;
struct ImVec2;

namespace ui {

// In a square of side `size` with its top-left corner at `topLeft`, on a dark disc.
void drawVerdictGlyph(ImDrawList* list, const ImVec2& topLeft, float size, anatomy::Verdict v, anatomy::Palette palette);
// The glyph as an ImGui item one text line high at the cursor (then SameLine for the text).
void verdictGlyphItem(anatomy::Verdict v, anatomy::Palette palette);

}  // namespace ui
