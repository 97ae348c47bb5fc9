// How the scene is drawn: the normal shaded model, a radiograph-like X-ray, or a clipped
// section. Lessons (and later the app's modes) name one; the renderers for X-ray and
// section are separate work, so this is only the shared vocabulary.
#pragma once

#include <optional>
#include <string_view>

namespace anatomy {

enum class ViewMode { Normal, XRay, Section };
inline constexpr ViewMode kAllViewModes[] = {ViewMode::Normal, ViewMode::XRay, ViewMode::Section};

// "normal", "xray", "section": the words a lesson file and the command line use.
constexpr const char* viewModeId(ViewMode m) {
  switch (m) {
    case ViewMode::XRay: return "xray";
    case ViewMode::Section: return "section";
    default: return "normal";
  }
}

constexpr const char* viewModeLabel(ViewMode m) {
  switch (m) {
    case ViewMode::XRay: return "X-ray";
    case ViewMode::Section: return "Section";
    default: return "Normal";
  }
}

// Exact ids only; "x-ray" is also accepted because people write it that way.
inline std::optional<ViewMode> parseViewMode(std::string_view id) {
  if (id == "x-ray") return ViewMode::XRay;
  for (ViewMode m : kAllViewModes)
    if (id == viewModeId(m)) return m;
  return std::nullopt;
}

}  // namespace anatomy
