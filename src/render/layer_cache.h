// A full-size image of something costly to draw that often stays the same from frame to
// frame (the UI panels while the camera turns), kept premultiplied and composited over
// the frame instead of drawing it again. A software renderer pays per blended pixel
// and per small triangle; the composite is one texel fetch per covered pixel.
#pragma once

#include "render/shader_program.h"

#include <cstdint>
#include <string>
#include <vector>

namespace render {

// What to do with a layer this frame, from a hash of its content. Pure, so it is tested
// on its own: the cache is only worth filling once the content has stayed the same for
// two frames (a dragged slider changes it every frame, and filling costs more than
// drawing directly), and only used while the view moves (still frames draw directly,
// so they stay exactly as before).
class LayerCachePolicy {
 public:
  enum class Action { Direct, Fill, Reuse };
  Action next(std::uint64_t contentHash, bool moving);
  void invalidate() { cachedValid_ = false; }

 private:
  std::uint64_t previous_ = 0, cached_ = 0;
  bool previousValid_ = false, cachedValid_ = false;
};

struct LayerRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // pixels, x1/y1 exclusive
};
// Rectangles that overlap are merged into their bounding box (repeatedly), so that no
// pixel is composited twice; the extra pixels a merge covers are transparent in the layer.
std::vector<LayerRect> mergeOverlapping(std::vector<LayerRect> rects);

class LayerCache {
 public:
  using Rect = LayerRect;  // bottom-left origin
  LayerCache() = default;
  ~LayerCache();
  LayerCache(const LayerCache&) = delete;
  LayerCache& operator=(const LayerCache&) = delete;

  bool init(std::string& error);
  // Binds the cache's framebuffer (made or remade at this size), cleared to transparent,
  // and records what the layer covers; draw the layer next, then bind the frame again.
  bool beginFill(int width, int height, std::vector<Rect> covered);
  // Blends the cached layer over the bound framebuffer, only where it has content.
  void composite() const;
  void release();

 private:
  ShaderProgram program_;
  unsigned int fbo_ = 0, texture_ = 0, vao_ = 0;
  int width_ = 0, height_ = 0;
  std::vector<Rect> covered_;
};

}  // namespace render
