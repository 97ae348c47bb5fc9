// What the case and lesson readers share: reading a file with a size limit, parsing JSON
// with a nesting limit, checking the format name and version, and typed access to fields.
// Every failure is one LoadError "path: where: why" on one line that a person can act on.
#pragma once

#include "anatomy/conditions.h"
#include "anatomy/overlays.h"
#include "geometry/camera.h"
#include "io/model_loader.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <istream>
#include <string>
#include <utility>
#include <vector>

namespace io::detail {

// A JSON file format of ours: {"format": name, "version": "MAJOR.MINOR", ...}. A file with a
// newer minor version is read (unknown keys are ignored); a newer major version is refused.
struct DocumentKind {
  const char* format;  // "ankle-atlas-case"
  const char* noun;    // "case file", used in messages
  int major;
  int minor;
  std::size_t maxBytes;
};

inline constexpr int kMaxJsonDepth = 32;

// Appends the stream's bytes to text in 64 kB blocks; false as soon as text holds more than
// maxBytes (bounded even if the file grows while it is read). Check in.bad() afterwards.
bool readAtMost(std::istream& in, std::size_t maxBytes, std::string& text);
std::string readDocumentFile(const std::string& path, const DocumentKind& kind);
// Parses JSON text of one of our files with the checks every reader shares: no NUL byte
// (the parser would stop there and ignore the rest), at most maxDepth levels of nesting
// (checked before parsing, so deep input costs nothing), and a failure described in our
// words with line and column. Throws LoadError(path, prefix + reason).
nlohmann::json parseJsonText(const std::string& text, const std::string& path, const std::string& prefix = "",
                             int maxDepth = kMaxJsonDepth);
// Parses and checks "format" and "version"; the root is then known to be an object.
nlohmann::json parseDocument(const std::string& text, const std::string& path, const DocumentKind& kind);
// The text the writers put in "version".
std::string versionText(const DocumentKind& kind);

// Shortest decimal that reads back as the same float (0.3f is written 0.3, not 0.30000001).
double tidyNumber(float value);

// Free text may hold line breaks and tabs (Multiline) or not (SingleLine); other control
// characters are refused either way.
enum class TextKind { SingleLine, Multiline };

class FieldReader {
 public:
  explicit FieldReader(std::string path) : path_(std::move(path)) {}

  [[noreturn]] void fail(const std::string& where, const std::string& why) const;

  // The member, or nullptr when it is absent or null (both mean "not given").
  static const nlohmann::json* find(const nlohmann::json& object, const char* key);
  const nlohmann::json& object(const nlohmann::json& v, const std::string& where) const;
  const nlohmann::json& array(const nlohmann::json& v, const std::string& where, std::size_t maxItems) const;
  std::string text(const nlohmann::json& v, const std::string& where, std::size_t maxLength, TextKind kind) const;
  // A finite number in [lo, hi]; the message reads "<where>: <what> is 1.7, expected 0 to 1".
  float number(const nlohmann::json& v, const std::string& where, const std::string& what, double lo,
               double hi) const;

  // Domain fields, each checked against the tables in anatomy/ and geometry/.
  geometry::StandardView view(const nlohmann::json& v, const std::string& where) const;
  std::string preset(const nlohmann::json& v, const std::string& where) const;  // canonical id
  std::vector<anatomy::OverlayKind> overlays(const nlohmann::json& v, const std::string& where) const;
  // {"condition_id": severity, ...} in ConditionId order; unknown ids and repeats are errors.
  std::vector<std::pair<anatomy::ConditionId, float>> severities(const nlohmann::json& v, const std::string& where) const;
  // Well-formed structure ids (anatomy::isWellFormedId), no repeats.
  std::vector<std::string> ids(const nlohmann::json& v, const std::string& where, std::size_t maxItems) const;

 private:
  std::string path_;
};

// "step 3 \"title\"" style field names for messages.
std::string field(const std::string& prefix, const char* key);
// User text quoted for a message: 'flat_fot', one line, shortened.
std::string quoted(const std::string& userText);
// What a value is, for "must be text, not a number".
std::string typeText(const nlohmann::json& v);
// A number as a message shows it: 1.7, 1e+30.
std::string numberText(double v);

}  // namespace io::detail
