// An error about one file: the message is "path: reason", one line a person can act on;
// the parts stay available for a pop-up that shows them apart.
#pragma once

#include <stdexcept>
#include <string>

namespace io {

// text with every control character (line breaks, tabs, terminal escape codes, C1 codes)
// and every byte that is not UTF-8 written as a visible escape (\n, \x1b, \u009b), so a
// message built from a hostile file name stays one line and cannot drive the terminal.
std::string printable(const std::string& text);

// An error about one file. what() holds both parts made printable; path() and reason()
// are the raw parts.
class FileError : public std::runtime_error {
 public:
  FileError(std::string path, std::string reason)
      : std::runtime_error(printable(path) + ": " + printable(reason)), path_(std::move(path)), reason_(std::move(reason)) {}
  const std::string& path() const { return path_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string path_;
  std::string reason_;
};

}  // namespace io
