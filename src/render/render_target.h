// Offscreen framebuffers: a multisampled one the scene is drawn into, resolved into a
// single-sample one that the UI draws over and screenshots read back. While the view is
// moving the scene may instead go to a smaller single-sample buffer that is scaled up
// into the same place (see DynamicResolution); still frames are always full quality.
#pragma once

#include "render/dynamic_resolution.h"

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

  // Whether the next frames show a changing view (camera moving, slider dragged): they
  // may then be drawn at reduced resolution. Off by default; screenshots leave it off.
  void setInteractive(bool interactive) { interactive_ = interactive; }
  // How long the last whole frame took (input to display), so moving views can step
  // their resolution down or up; ignored while not interactive.
  void reportFrameTime(double ms) { dynamic_.frameTime(ms); }
  // Fixes the level of moving frames (1-7, see DynamicResolution) until frame times move it.
  void setMovingLevel(int level) { dynamic_.setLevel(level); }
  // The quality the last bindScene() chose, and whether it is below full (a moving view).
  const SceneQuality& quality() const { return quality_; }
  bool reduced() const { return usingReduced_; }
  const DynamicResolution& dynamicResolution() const { return dynamic_; }

  void bindScene();          // the framebuffer this frame's scene is drawn into
  void resolve() const;      // scene -> single-sample, full size
  void bindResolved() const;
  // Puts this frame's scene (not resolved yet) into the window's default framebuffer. A
  // reduced scene is scaled straight into the window: resolving it to full size first
  // and copying that would cost a second full-screen pass on a software renderer.
  void presentToDefault(int windowWidth, int windowHeight) const;
  // RGBA8, top row first.
  std::vector<std::uint8_t> readPixels() const;

 private:
  void release();
  void releaseReduced();
  void resolveReduced() const;  // multisampled reduced scene -> its single-sample copy
  unsigned int reducedSource() const { return reducedResolveFbo_ ? reducedResolveFbo_ : reducedFbo_; }
  bool ensureReduced(int width, int height, int samples);
  int width_ = 0, height_ = 0, samples_ = 0;
  unsigned int msaaFbo_ = 0, msaaColor_ = 0, msaaDepth_ = 0;
  unsigned int resolveFbo_ = 0, resolveColor_ = 0;
  // The reduced-resolution scene buffer for moving views.
  unsigned int reducedFbo_ = 0, reducedColor_ = 0, reducedDepth_ = 0;
  // With multisampling, resolved here before being scaled up (a blit cannot do both).
  unsigned int reducedResolveFbo_ = 0, reducedResolveColor_ = 0;
  int reducedWidth_ = 0, reducedHeight_ = 0, reducedSamples_ = 0;
  bool usingReduced_ = false;

  bool interactive_ = false;
  DynamicResolution dynamic_;
  SceneQuality quality_;
};

}  // namespace render
