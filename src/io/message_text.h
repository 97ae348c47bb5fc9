// Small text helpers for error messages: every reason the loader gives is one printable line
// (it ends up after "path: " on stderr, in a popup and in JSON), and sizes read like "1.3 GB".
#pragma once

#include <cstdint>
#include <string>

namespace io::detail {

// Collapses whitespace and line breaks to single spaces, replaces control characters and
// invalid UTF-8 with '?', trims, and shortens to maxLength bytes with "...".
std::string oneLine(const std::string& text, std::size_t maxLength = 300);

// 0 -> "0 bytes", 2048 -> "2 KB", 512 MiB -> "512 MB", 1.3 GiB -> "1.3 GB".
std::string formatBytes(std::uint64_t bytes);

// 20000000 -> "20,000,000".
std::string formatCount(std::uint64_t n);

}  // namespace io::detail
