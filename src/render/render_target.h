// Offscreen framebuffers: a multisampled one the scene is drawn into, resolved into a
// single-sample one that the UI draws over and screenshots read back.
#pragma once

#include <epoxy/gl.h>

#include <cstdint>
#include <string>
#include <vector>

namespace render {

class RenderTarget {
 public:
  RenderTarget() = default;
  ~RenderTarget();
  RenderTarget(const RenderTarget&) = delete;
  RenderTarget& operator=(const RenderTarget&) = delete;

  // (Re)creates buffers when the size changes. samples is clamped to what the driver allows.
  bool resize(int width, int height, int samples, std::string& error);
  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }

  void bindScene() const;    // the multisampled framebuffer
  void resolve() const;      // multisampled -> single-sample
  void bindResolved() const;
  // Copies the resolved image to the window's default framebuffer (same size).
  void blitToDefault(int windowWidth, int windowHeight) const;
  // RGBA8, top row first.
  std::vector<std::uint8_t> readPixels() const;

 private:
  void release();
  int width_ = 0, height_ = 0, samples_ = 0;
  GLuint msaaFbo_ = 0, msaaColor_ = 0, msaaDepth_ = 0;
  GLuint resolveFbo_ = 0, resolveColor_ = 0;
};

}  // namespace render
