// Patient case files (.aacase): JSON holding an anatomy::CaseRecord, so a clinician can
// save the scene set up for one patient, with notes, and open it again next visit.
// Format: {"format": "ankle-atlas-case", "version": "1.0", "title", "date", "notes",
// "preset", "severities": {condition id: 0-1}, "overlays": [...], "view", "hidden": [...],
// "side": "right"|"left", "fitted": {measure key: value}, "pins": [{"structure", "point":
// [x, y, z], "text"}], "bookmarks": [{"name", "view", "target", "distance", "yaw_deg",
// "pitch_deg"}]}. Version 1.1 added side, fitted, pins and bookmarks: a 1.0 file reads as a
// right case without them, and a 1.0 reader still opens a 1.1 file (it ignores those keys).
// Version 1.2 added "spur_inclination_deg" (0-45), written only when it differs from the
// default (25): older files read with the default, older readers ignore it.
#pragma once

#include "anatomy/case_record.h"

#include <cstddef>
#include <string>

namespace io {

inline constexpr const char* kCaseFormat = "ankle-atlas-case";
inline constexpr const char* kCaseExtension = ".aacase";
inline constexpr int kCaseVersionMajor = 1;
inline constexpr int kCaseVersionMinor = 2;

// Limits: generous for real use, small enough that a broken or hostile file is refused
// quickly with a clear reason.
inline constexpr std::size_t kMaxCaseFileBytes = 1u << 20;
inline constexpr std::size_t kMaxCaseTitleBytes = 200;
inline constexpr std::size_t kMaxCaseNotesBytes = 64u << 10;
inline constexpr std::size_t kMaxCaseHiddenIds = 4096;
inline constexpr std::size_t kMaxCasePins = 200;
inline constexpr std::size_t kMaxCasePinTextBytes = 200;
inline constexpr std::size_t kMaxCaseBookmarks = 100;
inline constexpr double kMaxCaseNumber = 100000.0;  // mm or degrees: far outside any body

// Reads a case file. Throws io::LoadError (model_loader.h), whose message is one line
// "path: reason", for anything wrong: size, JSON, types, ranges, unknown conditions,
// views, presets or overlays, malformed structure ids, a newer major version. Keys this
// version does not know are ignored, so files from newer minor versions still open.
anatomy::CaseRecord readCaseFile(const std::string& path);
// Same from text in memory; path is only used in messages.
anatomy::CaseRecord parseCase(const std::string& text, const std::string& path);

// The case as JSON text (fixed key order; only conditions above zero are listed).
std::string encodeCase(const anatomy::CaseRecord& record);
// Saves atomically (io/atomic_write.h): the old file survives any failure. A record the
// reader would refuse (notes over the limit, a malformed structure id) is not written.
// Throws io::WriteError naming the path and the reason.
void writeCaseFile(const std::string& path, const anatomy::CaseRecord& record);

}  // namespace io
