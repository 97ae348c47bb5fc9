// A guided lesson for presentation mode: a title and an ordered list of steps, each with a
// heading, the words to show and the scene to set (view, conditions, overlays, drawing mode,
// which structures to highlight, fade, label, hide or isolate, and an optional camera
// focus and orbit). Pure data; io/lesson_file.h reads it from a .aalesson file.
#pragma once

#include "anatomy/conditions.h"
#include "anatomy/overlays.h"
#include "anatomy/view_mode.h"
#include "geometry/camera.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace anatomy {

enum class Audience { Any, Student, Patient };

// Turns the camera away from the step's standard view: yaw and pitch are added to the
// view's own angles (degrees, the conventions of geometry/camera.h), zoom > 1 moves closer,
// and panMm moves what the camera looks at (model millimetres), as a pan in the window does.
struct CameraOrbit {
  float yawDeg = 0.0f;
  float pitchDeg = 0.0f;
  float zoom = 1.0f;
  glm::vec3 panMm{0.0f};
  bool operator==(const CameraOrbit& o) const {
    return yawDeg == o.yawDeg && pitchDeg == o.pitchDeg && zoom == o.zoom && panMm == o.panMm;
  }
};

// A step describes the whole scene, so a presenter can jump to any step and see the same
// thing: conditions are the preset's (none: a normal foot) with the listed severities on
// top, overlays not listed are off, the mode is normal unless given, nothing is faded or
// labelled unless listed, and every structure not hidden (or outside a non-empty isolate
// list) is shown. Only the camera carries over when no view is given.
struct LessonStep {
  std::string title;
  std::string text;  // paragraphs separated by blank lines
  std::optional<geometry::StandardView> view;
  std::string preset;                                  // "" for a normal foot
  std::vector<std::pair<ConditionId, float>> severities;  // file order, each condition once
  std::vector<OverlayKind> overlays;
  std::vector<std::string> highlighted, hidden, isolated;  // structure ids
  std::vector<std::string> faded;     // drawn see-through, for context around the subject
  std::vector<std::string> labelled;  // named on the model with a leader line
  // What the camera frames, from the view's direction: a close-up of the heel names the heel's
  // structures here, since zooming into the whole model's frame would close in on the ankle.
  // Empty: the view's own framing. The orbit then turns and zooms from this framing.
  std::vector<std::string> focus;
  ViewMode mode = ViewMode::Normal;
  std::optional<CameraOrbit> orbit;  // only together with a view
  float ankleDeg = 0.0f;  // the ankle's pose, dorsiflexion + (anatomy/motion.h); 0 neutral

  // The severities this step shows (preset, then the listed ones on top).
  Conditions conditions() const {
    Conditions c = preset.empty() ? Conditions{} : presetConditions(preset).value_or(Conditions{});
    for (const auto& [id, severity] : severities) c.set(id, severity);
    c.ankleDeg = ankleDeg;
    return c;
  }
  bool operator==(const LessonStep& o) const {
    return title == o.title && text == o.text && view == o.view && preset == o.preset &&
           severities == o.severities && overlays == o.overlays && highlighted == o.highlighted &&
           hidden == o.hidden && isolated == o.isolated && faded == o.faded && labelled == o.labelled &&
           focus == o.focus && mode == o.mode && orbit == o.orbit && ankleDeg == o.ankleDeg;
  }
};

struct Lesson {
  std::string title;
  std::string summary;  // one or two sentences for a lesson list; may be empty
  Audience audience = Audience::Any;
  std::vector<LessonStep> steps;  // at least one
  bool operator==(const Lesson& o) const {
    return title == o.title && summary == o.summary && audience == o.audience && steps == o.steps;
  }
};

}  // namespace anatomy
