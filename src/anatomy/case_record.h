// A patient case as the app saves it: who and when (free text), the notes, and the scene
// the clinician set up to explain it (side, conditions, fitted numbers, overlays, view,
// hidden structures, pins, camera bookmarks). Pure data; io/case_file.h reads and writes it.
#pragma once

#include "anatomy/conditions.h"
#include "anatomy/fit.h"
#include "anatomy/overlays.h"
#include "anatomy/structure.h"
#include "geometry/camera.h"

#include <glm/vec3.hpp>

#include <string>
#include <vector>

namespace anatomy {

// A short note pinned to a point of a structure. The point is in the built-in model's own
// coordinates (a right limb, before a left case's mirror), so a pin on the lateral heel
// stays on the lateral heel when the case's side changes.
struct CasePin {
  std::string structure;  // structure id (well-formed, not checked against a model)
  glm::vec3 point{0.0f};  // mm
  std::string text;       // one line
  bool operator==(const CasePin& o) const { return structure == o.structure && point == o.point && text == o.text; }
};

// A saved camera: the standard view it started from and where it looked from.
struct CaseBookmark {
  std::string name;
  geometry::StandardView view = geometry::StandardView::Lateral;
  glm::vec3 target{0.0f};
  float distance = 500.0f;
  float yawDeg = 0.0f, pitchDeg = 0.0f;
  bool operator==(const CaseBookmark& o) const {
    return name == o.name && view == o.view && target == o.target && distance == o.distance && yawDeg == o.yawDeg &&
           pitchDeg == o.pitchDeg;
  }
};

struct CaseRecord {
  std::string title;  // patient label or case name, free text; may be empty
  std::string date;   // "YYYY-MM-DD", or empty when not given
  std::string notes;  // free text, several paragraphs allowed
  // The preset the clinician started from, kept so the UI can show it as chosen; the
  // severities below are the whole truth and are not recomputed from it. "" for none.
  std::string preset;
  Side side = Side::Right;  // Right or Left (a left case shows the model mirrored)
  Conditions conditions;
  // What the patient's radiograph or exam showed ("your numbers"), one per key, in the
  // --measure order (inMeasureOrder). Kept to show and refit later; the severities above
  // are what the case shows.
  std::vector<FitTarget> fitted;
  std::vector<OverlayKind> overlays;  // in the order they were switched on, no repeats
  geometry::StandardView view = geometry::StandardView::Lateral;
  std::vector<std::string> hidden;  // structure ids (well-formed, not checked against a model)
  std::vector<CasePin> pins;
  std::vector<CaseBookmark> bookmarks;

  bool operator==(const CaseRecord& o) const {
    const auto sameFit = [](const std::vector<FitTarget>& a, const std::vector<FitTarget>& b) {
      if (a.size() != b.size()) return false;
      for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].key != b[i].key || a[i].value != b[i].value) return false;
      return true;
    };
    return title == o.title && date == o.date && notes == o.notes && preset == o.preset && side == o.side &&
           conditions == o.conditions && sameFit(fitted, o.fitted) && overlays == o.overlays && view == o.view &&
           hidden == o.hidden && pins == o.pins && bookmarks == o.bookmarks;
  }
};

// The targets sorted into the --measure key order (unknown keys last, as they were), so
// a record reads back from its file equal to itself.
std::vector<FitTarget> inMeasureOrder(std::vector<FitTarget> targets);

}  // namespace anatomy
