#include "io/message_text.h"

#include "io/file_error.h"

#include <cstdio>

namespace io::detail {

namespace {

// Length of a valid UTF-8 sequence starting at s[i], or 0 when it is not one.
std::size_t utf8SequenceLength(const std::string& s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t n = 0;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c >= 0xE0 && c <= 0xEF) n = 3;
  else if (c >= 0xF0 && c <= 0xF4) n = 4;
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  return n;
}

}  // namespace

}  // namespace io::detail

namespace io {

std::string printable(const std::string& text) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
    } else if (c == '\n' || c == '\t' || c == '\r') {
      out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r";
      ++i;
    } else if (const std::size_t n = c >= 0x80 ? detail::utf8SequenceLength(text, i) : 0; n > 0) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      if (c == 0xC2 && second < 0xA0)  // U+0080..U+009F: C1 controls such as CSI
        out += std::string("\\u00") + kHex[second >> 4] + kHex[second & 15];
      else
        out += text.substr(i, n);
      i += n;
    } else {
      out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
      ++i;
    }
  }
  return out;
}

}  // namespace io

namespace io::detail {

std::string oneLine(const std::string& text, std::size_t maxLength) {
  std::string out;
  bool pendingSpace = false;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      pendingSpace = !out.empty();
      ++i;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    if (c >= 0x80) {
      const std::size_t n = utf8SequenceLength(text, i);
      out += n ? text.substr(i, n) : std::string("?");
      i += n ? n : 1;
    } else {
      out += (c < 0x20 || c == 0x7F) ? '?' : static_cast<char>(c);
      ++i;
    }
  }
  if (out.size() > maxLength) {
    std::size_t cut = maxLength > 3 ? maxLength - 3 : 0;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    out = out.substr(0, cut) + "...";
  }
  return out;
}

std::string formatBytes(std::uint64_t bytes) {
  static const char* const kUnits[] = {"KB", "MB", "GB", "TB"};
  if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  double value = static_cast<double>(bytes) / 1024.0;
  int unit = 0;
  while (value >= 1024.0 && unit < 3) {
    value /= 1024.0;
    ++unit;
  }
  char buf[32];
  const bool whole = value >= 100.0 || value == static_cast<double>(static_cast<std::uint64_t>(value));
  std::snprintf(buf, sizeof buf, whole ? "%.0f %s" : "%.1f %s", value, kUnits[unit]);
  return buf;
}

std::string formatCount(std::uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace io::detail
