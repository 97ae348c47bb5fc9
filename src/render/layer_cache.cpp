#include "render/layer_cache.h"

#include <epoxy/gl.h>

#include <algorithm>

namespace render {

LayerCachePolicy::Action LayerCachePolicy::next(std::uint64_t contentHash, bool moving) {
  const bool unchanged = previousValid_ && contentHash == previous_;
  previous_ = contentHash;
  previousValid_ = true;
  if (!moving) return Action::Direct;
  if (cachedValid_ && contentHash == cached_) return Action::Reuse;
  if (!unchanged) return Action::Direct;
  cached_ = contentHash;
  cachedValid_ = true;
  return Action::Fill;
}

std::vector<LayerRect> mergeOverlapping(std::vector<LayerRect> rects) {
  const auto overlap = [](const LayerRect& a, const LayerRect& b) {
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  };
  rects.erase(std::remove_if(rects.begin(), rects.end(), [](const LayerRect& r) { return r.x1 <= r.x0 || r.y1 <= r.y0; }),
              rects.end());
  for (bool merged = true; merged;) {
    merged = false;
    for (std::size_t i = 0; i < rects.size() && !merged; ++i)
      for (std::size_t j = i + 1; j < rects.size() && !merged; ++j) {
        if (!overlap(rects[i], rects[j])) continue;
        LayerRect& a = rects[i];
        const LayerRect& b = rects[j];
        a = {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
        rects.erase(rects.begin() + static_cast<std::ptrdiff_t>(j));
        merged = true;
      }
  }
  return rects;
}

LayerCache::~LayerCache() {
  release();
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool LayerCache::init(std::string& error) {
  if (!program_.build("layer.vert", "layer.frag", error)) return false;
  glGenVertexArrays(1, &vao_);
  return true;
}

void LayerCache::release() {
  if (fbo_) glDeleteFramebuffers(1, &fbo_);
  if (texture_) glDeleteTextures(1, &texture_);
  fbo_ = texture_ = 0;
  width_ = height_ = 0;
}

bool LayerCache::beginFill(int width, int height, std::vector<Rect> covered) {
  if (!fbo_ || width != width_ || height != height_) {
    release();
    glGenTextures(1, &texture_);
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glGenFramebuffers(1, &fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
      release();
      return false;
    }
    width_ = width;
    height_ = height;
  }
  covered_ = std::move(covered);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glViewport(0, 0, width, height);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  return true;
}

void LayerCache::composite() const {
  if (!fbo_) return;
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_SCISSOR_TEST);
  program_.use();
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glBindVertexArray(vao_);
  for (const Rect& r : covered_) {
    const int x0 = std::clamp(r.x0, 0, width_), y0 = std::clamp(r.y0, 0, height_);
    const int x1 = std::clamp(r.x1, 0, width_), y1 = std::clamp(r.y1, 0, height_);
    if (x1 <= x0 || y1 <= y0) continue;
    glScissor(x0, y0, x1 - x0, y1 - y0);
    glDrawArrays(GL_TRIANGLES, 0, 3);
  }
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_BLEND);
  glBindVertexArray(0);
}

}  // namespace render
