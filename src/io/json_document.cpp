// The shared reader machinery. Limits are checked before the parser runs (size, nesting)
// so a hostile file costs little, and every value is checked for type and range before a
// reader builds anything from it.
#include "io/json_document.h"

#include "anatomy/structure.h"
#include "io/message_text.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <set>

namespace io::detail {

using nlohmann::json;

namespace {

// The deepest nesting of arrays and objects, counted outside strings; stops early past limit.
int nestingDepth(const std::string& text, int limit) {
  int depth = 0, deepest = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size() && deepest <= limit; ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

// Line and column (1-based) of byte offset `at` in text.
std::pair<std::size_t, std::size_t> lineAndColumn(const std::string& text, std::size_t at) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

// What went wrong, in our words: the parser's own messages quote its internals ("syntax
// error while parsing object key - invalid literal; last read: ...").
std::string parseErrorText(const json::exception& e, const std::string& text) {
  const std::string what = e.what();
  if (what.find("number overflow") != std::string::npos) return "not valid JSON: a number is too large";
  const auto* parse = dynamic_cast<const json::parse_error*>(&e);
  if (!parse) return "not valid JSON";
  const std::size_t at = parse->byte > 0 ? parse->byte - 1 : 0;
  const auto [line, column] = lineAndColumn(text, at);
  std::string why;
  if (at >= text.size() || text.find_first_not_of(" \t\r\n", at) == std::string::npos)
    why = "the text ends too early (a bracket, brace or quote is not closed)";
  else if (what.find("UTF-8") != std::string::npos)
    why = "the text is not valid UTF-8";
  else if (what.find("control character") != std::string::npos)
    why = "a control character inside a string";
  else
    why = "unexpected character " + quoted(std::string(1, text[at]));
  return "not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + why;
}

// Exact bytes: "1.0 MB; at most 1 MB" would not say why the file was refused.
std::string tooLarge(std::uint64_t size, const DocumentKind& kind) {
  return "the file has " + formatCount(size) + " bytes; a " + kind.noun + " may have at most " +
         formatBytes(kind.maxBytes);
}

bool parseVersion(const json& v, int& major, int& minor) {
  if (v.is_number_unsigned() && v.get<std::uint64_t>() < 1000) {
    major = static_cast<int>(v.get<std::uint64_t>());
    minor = 0;
    return true;
  }
  if (!v.is_string()) return false;
  const std::string& s = v.get_ref<const std::string&>();
  const char* end = s.data() + s.size();
  auto r = std::from_chars(s.data(), end, major);
  if (r.ec != std::errc() || r.ptr == end || *r.ptr != '.' || major < 0 || major > 999) return false;
  r = std::from_chars(r.ptr + 1, end, minor);
  return r.ec == std::errc() && r.ptr == end && minor >= 0 && minor <= 999;
}

void checkFormat(const json& root, const std::string& path, const DocumentKind& kind) {
  const auto format = root.find("format");
  if (format == root.end() || !format->is_string() || *format != kind.format)
    throw LoadError(path, std::string("not an Ankle Atlas ") + kind.noun + " (it needs \"format\": \"" + kind.format +
                              "\")");
  const auto version = root.find("version");
  int major = 0, minor = 0;
  if (version == root.end() || !parseVersion(*version, major, minor) || major < 1)
    throw LoadError(path, "\"version\" must be like \"" + versionText(kind) + "\"");
  if (major > kind.major)
    throw LoadError(path, std::string("this ") + kind.noun + " is version " + std::to_string(major) + "." +
                              std::to_string(minor) + ", made by a newer Ankle Atlas; this one reads version " +
                              std::to_string(kind.major) + " (update the app to open it)");
}

}  // namespace

std::string versionText(const DocumentKind& kind) {
  return std::to_string(kind.major) + "." + std::to_string(kind.minor);
}

double tidyNumber(float value) {
  char buffer[64];
  const auto r = std::to_chars(buffer, buffer + sizeof buffer - 1, value);
  *r.ptr = '\0';
  return std::strtod(buffer, nullptr);
}

bool readAtMost(std::istream& in, std::size_t maxBytes, std::string& text) {
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > maxBytes) return false;
  }
  return true;
}

std::string readDocumentFile(const std::string& path, const DocumentKind& kind) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    const int err = errno;
    if (err == ENOENT || err == ENOTDIR) throw LoadError(path, std::string("no such ") + kind.noun);
    throw LoadError(path, std::string("the file cannot be examined (") + std::strerror(err) + ")");
  }
  if (!S_ISREG(st.st_mode)) throw LoadError(path, std::string("this is not a ") + kind.noun + " (not a regular file)");
  if (static_cast<std::uint64_t>(st.st_size) > kind.maxBytes)
    throw LoadError(path, tooLarge(static_cast<std::uint64_t>(st.st_size), kind));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LoadError(path, "the file cannot be opened");
  std::string text;
  if (!readAtMost(in, kind.maxBytes, text))
    throw LoadError(path, std::string("the file is larger than a ") + kind.noun + " may be (" +
                              formatBytes(kind.maxBytes) + ")");
  if (in.bad()) throw LoadError(path, "the file cannot be read");
  return text;
}

json parseJsonText(const std::string& text, const std::string& path, const std::string& prefix, int maxDepth) {
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    const auto [line, column] = lineAndColumn(text, nul);
    throw LoadError(path, prefix + "not a text file (a NUL byte at line " + std::to_string(line) + ", column " +
                              std::to_string(column) + ")");
  }
  if (nestingDepth(text, maxDepth) > maxDepth)
    throw LoadError(path, prefix + "the JSON is nested more than " + std::to_string(maxDepth) + " levels deep");
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    throw LoadError(path, prefix + parseErrorText(e, text));
  }
}

json parseDocument(const std::string& text, const std::string& path, const DocumentKind& kind) {
  if (text.size() > kind.maxBytes)
    throw LoadError(path, tooLarge(text.size(), kind));
  const json root = parseJsonText(text, path);
  if (!root.is_object()) throw LoadError(path, std::string("not an Ankle Atlas ") + kind.noun + " (no JSON object)");
  checkFormat(root, path, kind);
  return root;
}

std::string typeText(const json& v) {
  switch (v.type()) {
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true/false";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    case json::value_t::null: return "null";
    default: return "a number";
  }
}

std::string quoted(const std::string& userText) { return "'" + oneLine(userText, 60) + "'"; }

std::string numberText(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

std::string field(const std::string& prefix, const char* key) {
  return prefix.empty() ? "\"" + std::string(key) + "\"" : prefix + " \"" + key + "\"";
}

void FieldReader::fail(const std::string& where, const std::string& why) const {
  throw LoadError(path_, where.empty() ? why : where + ": " + why);
}

const json* FieldReader::find(const json& object, const char* key) {
  const auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

const json& FieldReader::object(const json& v, const std::string& where) const {
  if (!v.is_object()) fail(where, "must be an object {...}, not " + typeText(v));
  return v;
}

const json& FieldReader::array(const json& v, const std::string& where, std::size_t maxItems) const {
  if (!v.is_array()) fail(where, "must be a list [...], not " + typeText(v));
  if (v.size() > maxItems)
    fail(where, "has " + std::to_string(v.size()) + " entries; the limit is " + std::to_string(maxItems));
  return v;
}

std::string FieldReader::text(const json& v, const std::string& where, std::size_t maxLength, TextKind kind) const {
  if (!v.is_string()) fail(where, "must be text, not " + typeText(v));
  const std::string& s = v.get_ref<const std::string&>();
  if (s.size() > maxLength)
    fail(where, "is " + formatCount(s.size()) + " bytes long; the limit is " + formatCount(maxLength));
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const bool breakOrTab = c == '\n' || c == '\t' || c == '\r';
    if ((c < 0x20 || c == 0x7F) && !(breakOrTab && kind == TextKind::Multiline))
      fail(where, kind == TextKind::SingleLine ? "must be one line without control characters"
                                               : "contains a control character");
  }
  return s;
}

float FieldReader::number(const json& v, const std::string& where, const std::string& what, double lo,
                          double hi) const {
  if (!v.is_number()) fail(where, what + " must be a number, not " + typeText(v));
  const double d = v.get<double>();
  if (!std::isfinite(d)) fail(where, what + " is not a finite number");
  if (d < lo || d > hi) fail(where, what + " is " + numberText(d) + ", expected " + numberText(lo) + " to " + numberText(hi));
  return static_cast<float>(d);
}

}  // namespace io::detail
