// Lesson files (.aalesson): JSON holding an anatomy::Lesson, the script of a guided
// presentation. A teacher writes one by hand, so every message names the step and the
// field. Format: {"format": "ankle-atlas-lesson", "version": "1.1", "title", "summary",
// "audience", "steps": [{"title", "text", "view", "focus", "orbit": {"yaw_deg", "pitch_deg",
// "zoom", "pan_mm"}, "mode", "preset", "severities", "overlays", "highlighted", "faded",
// "labelled", "hidden", "isolated"}]}. "text" may also be a list of paragraphs, joined with
// blank lines. "focus" lists the structures the camera frames (a close-up); "mode" is
// "normal" (the default), "xray" or "section"; "ankle_deg" (optional, -45 to 20, dorsiflexion
// +) poses the ankle; "pan_mm" ([x, y, z], model millimetres) moves what the camera looks at.
// Version 1.1 added "focus", "mode", "faded" and "labelled", 1.2 "pan_mm"; an older reader
// ignores them, so older files read unchanged.
#pragma once

#include "anatomy/lesson.h"

#include <cstddef>
#include <string>

namespace io {

inline constexpr const char* kLessonFormat = "ankle-atlas-lesson";
inline constexpr const char* kLessonExtension = ".aalesson";
inline constexpr int kLessonVersionMajor = 1;
inline constexpr int kLessonVersionMinor = 2;

inline constexpr std::size_t kMaxLessonFileBytes = 2u << 20;
inline constexpr std::size_t kMaxLessonSteps = 500;
inline constexpr std::size_t kMaxLessonTitleBytes = 200;
inline constexpr std::size_t kMaxLessonSummaryBytes = 2000;
inline constexpr std::size_t kMaxStepTextBytes = 8000;
inline constexpr std::size_t kMaxStepParagraphs = 50;
inline constexpr std::size_t kMaxStepIds = 512;
// Orbit ranges: a half turn either way, the poles, and zoom from far to very close.
inline constexpr double kMaxOrbitYawDeg = 180.0;
inline constexpr double kMaxOrbitPitchDeg = 90.0;
inline constexpr double kMinOrbitZoom = 0.25;
inline constexpr double kMaxOrbitZoom = 8.0;
inline constexpr double kMaxOrbitPanMm = 2000.0;  // each axis: far past the whole limb

// Reads a lesson. Throws io::LoadError (model_loader.h), one line "path: step N "field":
// reason", for anything wrong; keys this version does not know are ignored. Structure ids
// are checked for form only: which ids exist depends on the model that is open.
anatomy::Lesson readLessonFile(const std::string& path);
anatomy::Lesson parseLesson(const std::string& text, const std::string& path);

// The lesson as JSON text (fixed key order, empty optional fields left out), for an
// authoring tool and for the round-trip tests.
std::string encodeLesson(const anatomy::Lesson& lesson);

}  // namespace io
