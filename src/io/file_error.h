// An error about one file: the message is "path: reason", one line a person can act on;
// the parts stay available for a pop-up that shows them apart.
#pragma once

#include <stdexcept>
#include <string>

namespace io {

class FileError : public std::runtime_error {
 public:
  FileError(std::string path, std::string reason)
      : std::runtime_error(path + ": " + reason), path_(std::move(path)), reason_(std::move(reason)) {}
  const std::string& path() const { return path_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string path_;
  std::string reason_;
};

}  // namespace io
