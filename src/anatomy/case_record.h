// A patient case as the app saves it: who and when (free text), the notes, and the scene
// the clinician set up to explain it (conditions, overlays, view, hidden structures).
// Pure data; io/case_file.h reads and writes it as a .aacase file.
#pragma once

#include "anatomy/conditions.h"
#include "anatomy/overlays.h"
#include "geometry/camera.h"

#include <string>
#include <vector>

namespace anatomy {

struct CaseRecord {
  std::string title;  // patient label or case name, free text; may be empty
  std::string date;   // "YYYY-MM-DD", or empty when not given
  std::string notes;  // free text, several paragraphs allowed
  // The preset the clinician started from, kept so the UI can show it as chosen; the
  // severities below are the whole truth and are not recomputed from it. "" for none.
  std::string preset;
  Conditions conditions;
  std::vector<OverlayKind> overlays;  // in the order they were switched on, no repeats
  geometry::StandardView view = geometry::StandardView::Lateral;
  std::vector<std::string> hidden;  // structure ids (well-formed, not checked against a model)

  bool operator==(const CaseRecord& o) const {
    return title == o.title && date == o.date && notes == o.notes && preset == o.preset &&
           conditions == o.conditions && overlays == o.overlays && view == o.view && hidden == o.hidden;
  }
};

}  // namespace anatomy
