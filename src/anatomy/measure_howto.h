// One line per measurement saying how it is taken (which lines, which points), for the
// hover tip on an overlay and the Explain tab, and the mechanical axis deviation put in
// words (medial or lateral of the knee). Pure text, from the definitions in REFERENCE.md.
#pragma once

#include <string>
#include <string_view>

namespace anatomy {

// "" for keys without a description.
std::string_view howMeasured(std::string_view key);
// "passes 8.0 mm medial of the knee centre" (positive values are lateral, as mad_mm).
std::string axisDeviationWords(float madMm);
// "MAD 8.0 mm medial": the short form for a tag.
std::string axisDeviationTag(float madMm);

}  // namespace anatomy
