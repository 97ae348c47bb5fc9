#include "io/bounded_io.h"

#include <assimp/DefaultIOSystem.h>
#include <assimp/IOStream.hpp>

#include <filesystem>

namespace io::detail {

namespace {

namespace fs = std::filesystem;

fs::path resolved(const fs::path& p) {
  std::error_code ec;
  const fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return ec ? fs::path() : r;
}

// Both already resolved; the folder itself counts as inside.
bool within(const fs::path& p, const fs::path& folder) {
  if (p.empty() || folder.empty()) return false;
  const fs::path rel = p.lexically_relative(folder);
  return !rel.empty() && *rel.begin() != "..";
}

// Reads through to Assimp's own stream, but never more than `limit` bytes in all.
class BoundedStream : public Assimp::IOStream {
 public:
  BoundedStream(Assimp::IOStream* inner, std::uint64_t limit, std::string name, BoundedIoReport& report)
      : inner_(inner), limit_(limit), name_(std::move(name)), report_(report) {}
  ~BoundedStream() override { delete inner_; }
  size_t Read(void* buffer, size_t size, size_t count) override {
    if (size == 0 || count == 0) return 0;
    const std::uint64_t left = limit_ - std::min(limit_, read_);
    size_t allowed = count;
    if (static_cast<std::uint64_t>(size) * count > left) {
      allowed = static_cast<size_t>(left / size);
      if (report_.tooLarge.empty()) report_.tooLarge = name_;
    }
    const size_t got = allowed > 0 ? inner_->Read(buffer, size, allowed) : 0;
    read_ += static_cast<std::uint64_t>(got) * size;
    return got;
  }
  size_t Write(const void*, size_t, size_t) override { return 0; }  // importing never writes
  aiReturn Seek(size_t offset, aiOrigin origin) override { return inner_->Seek(offset, origin); }
  size_t Tell() const override { return inner_->Tell(); }
  size_t FileSize() const override { return inner_->FileSize(); }
  void Flush() override {}

 private:
  Assimp::IOStream* inner_;
  std::uint64_t limit_;
  std::uint64_t read_ = 0;
  std::string name_;
  BoundedIoReport& report_;
};

class BoundedIoSystem : public Assimp::DefaultIOSystem {
 public:
  BoundedIoSystem(const std::string& modelPath, std::uint64_t maxFileBytes, BoundedIoReport& report)
      : model_(resolved(modelPath)), folder_(resolved(fs::path(modelPath).parent_path().empty()
                                                          ? fs::path(".")
                                                          : fs::path(modelPath).parent_path())),
        maxFileBytes_(maxFileBytes), report_(report) {}

  bool Exists(const char* file) const override { return allowed(file) && DefaultIOSystem::Exists(file); }

  Assimp::IOStream* Open(const char* file, const char* mode) override {
    if (!file || !mode || mode[0] != 'r') return nullptr;  // importing only reads
    if (!allowed(file)) {
      if (report_.outsideFolder.empty()) report_.outsideFolder = file;
      return nullptr;
    }
    Assimp::IOStream* inner = DefaultIOSystem::Open(file, mode);
    if (!inner) return nullptr;
    if (inner->FileSize() > maxFileBytes_) {
      if (report_.tooLarge.empty()) report_.tooLarge = file;
      delete inner;
      return nullptr;
    }
    return new BoundedStream(inner, maxFileBytes_, file, report_);
  }

  void Close(Assimp::IOStream* stream) override { delete stream; }

 private:
  bool allowed(const char* file) const {
    if (!file) return false;
    const fs::path p = resolved(file);
    // The model itself is allowed even when it is a link from elsewhere.
    return !p.empty() && (p == model_ || within(p, folder_));
  }

  fs::path model_, folder_;
  std::uint64_t maxFileBytes_;
  BoundedIoReport& report_;
};

}  // namespace

bool insideFolder(const std::string& path, const std::string& folder) {
  return within(resolved(path), resolved(folder));
}

Assimp::IOSystem* makeBoundedIoSystem(const std::string& modelPath, std::uint64_t maxFileBytes,
                                      BoundedIoReport& report) {
  return new BoundedIoSystem(modelPath, maxFileBytes, report);
}

}  // namespace io::detail
