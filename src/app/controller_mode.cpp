// The Controller's mode commands: normal, X-ray or section for every view alike (a split
// screen compares two patients in the same light), and moving and turning the section plane.
#include "app/controller.h"

#include "geometry/section_plane.h"

#include <iterator>
#include <string>

namespace app {

void Controller::applyMode(const ui::Command& c) {
  using K = ui::CommandKind;
  switch (c.kind) {
    case K::SetMode: {
      if (c.index < 0 || c.index >= static_cast<int>(std::size(anatomy::kAllViewModes))) return;
      const auto wanted = anatomy::kAllViewModes[c.index];
      const bool off = c.flag && activeView().mode == wanted;
      for (ViewSlot& v : state_.views) v.mode = off ? anatomy::ViewMode::Normal : wanted;
      const bool section = activeView().mode == anatomy::ViewMode::Section;
      setStatus(std::string(anatomy::viewModeLabel(activeView().mode)) + " mode" +
                    (section ? ": Shift+drag moves the plane, Ctrl+Shift+drag turns it" : ""),
                section ? 4.0 : 2.0);
      break;
    }
    case K::MoveSection:
    case K::TurnSection:
      for (ViewSlot& v : state_.views) {
        geometry::SectionParams p = v.section;
        if (c.kind == K::MoveSection) {
          p.offsetMm += c.value;
        } else {
          p.yawDeg += c.value;
          p.tiltDeg += c.value2;
        }
        v.section = geometry::clampSection(p);
      }
      break;
    case K::ResetSection:
      for (ViewSlot& v : state_.views) v.section = geometry::SectionParams();
      break;
    default: break;
  }
}

}  // namespace app
