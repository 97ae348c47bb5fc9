#include "render/render_target.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <cmath>

namespace render {

namespace {
// A framebuffer with a colour and a depth-stencil renderbuffer; false if incomplete.
bool createFramebuffer(int width, int height, int samples, GLuint& fbo, GLuint& color, GLuint& depth) {
  glGenFramebuffers(1, &fbo);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo);
  glGenRenderbuffers(1, &color);
  glBindRenderbuffer(GL_RENDERBUFFER, color);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
  glGenRenderbuffers(1, &depth);
  glBindRenderbuffer(GL_RENDERBUFFER, depth);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH24_STENCIL8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depth);
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return complete;
}

void deleteFramebuffer(GLuint& fbo, GLuint& color, GLuint& depth) {
  if (fbo) glDeleteFramebuffers(1, &fbo);
  if (color) glDeleteRenderbuffers(1, &color);
  if (depth) glDeleteRenderbuffers(1, &depth);
  fbo = color = depth = 0;
}
}  // namespace

RenderTarget::~RenderTarget() { release(); }

void RenderTarget::release() {
  deleteFramebuffer(msaaFbo_, msaaColor_, msaaDepth_);
  GLuint noDepth = 0;
  deleteFramebuffer(resolveFbo_, resolveColor_, noDepth);
  releaseReduced();
  width_ = height_ = 0;
}

void RenderTarget::releaseReduced() {
  deleteFramebuffer(reducedFbo_, reducedColor_, reducedDepth_);
  GLuint noDepth = 0;
  deleteFramebuffer(reducedResolveFbo_, reducedResolveColor_, noDepth);
  reducedWidth_ = reducedHeight_ = reducedSamples_ = 0;
}

bool RenderTarget::resize(int width, int height, int samples, std::string& error) {
  if (width == width_ && height == height_ && msaaFbo_) return true;
  release();
  GLint maxSamples = 1;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  samples_ = std::clamp(samples, 1, std::max(maxSamples, 1));
  width_ = width;
  height_ = height;
  // One sample means none: a renderbuffer asked for one sample may get several.
  if (!createFramebuffer(width, height, samples_ > 1 ? samples_ : 0, msaaFbo_, msaaColor_, msaaDepth_)) {
    error = "could not create a " + std::to_string(width) + "x" + std::to_string(height) + " multisampled framebuffer";
    return false;
  }
  glGenFramebuffers(1, &resolveFbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_);
  glGenRenderbuffers(1, &resolveColor_);
  glBindRenderbuffer(GL_RENDERBUFFER, resolveColor_);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, resolveColor_);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
    error = "could not create a " + std::to_string(width) + "x" + std::to_string(height) + " framebuffer";
    return false;
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return true;
}

bool RenderTarget::ensureReduced(int width, int height, int samples) {
  samples = std::min(samples, samples_);
  if (reducedFbo_ && width == reducedWidth_ && height == reducedHeight_ && samples == reducedSamples_) return true;
  releaseReduced();
  bool ok = createFramebuffer(width, height, samples > 1 ? samples : 0, reducedFbo_, reducedColor_, reducedDepth_);
  if (ok && samples > 1) {
    glGenFramebuffers(1, &reducedResolveFbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, reducedResolveFbo_);
    glGenRenderbuffers(1, &reducedResolveColor_);
    glBindRenderbuffer(GL_RENDERBUFFER, reducedResolveColor_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, reducedResolveColor_);
    ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
  }
  if (!ok) {
    releaseReduced();
    return false;
  }
  reducedWidth_ = width;
  reducedHeight_ = height;
  reducedSamples_ = samples;
  return true;
}

void RenderTarget::bindScene() {
  quality_ = dynamic_.next(interactive_);
  usingReduced_ = false;
  if (quality_.samples > 0 || quality_.scale < 1.0f) {
    const int w = std::max(1, static_cast<int>(std::lround(width_ * quality_.scale)));
    const int h = std::max(1, static_cast<int>(std::lround(height_ * quality_.scale)));
    usingReduced_ = ensureReduced(w, h, quality_.samples > 0 ? quality_.samples : samples_);
  }
  if (!usingReduced_) quality_ = SceneQuality{};
  glBindFramebuffer(GL_FRAMEBUFFER, usingReduced_ ? reducedFbo_ : msaaFbo_);
  glViewport(0, 0, usingReduced_ ? reducedWidth_ : width_, usingReduced_ ? reducedHeight_ : height_);
  // Views may leave part of the window to a panel's column (patient mode): no stale frame there.
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.07f, 0.09f, 0.12f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
}

void RenderTarget::resolveReduced() const {
  if (!reducedResolveFbo_) return;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, reducedFbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, reducedResolveFbo_);
  glBlitFramebuffer(0, 0, reducedWidth_, reducedHeight_, 0, 0, reducedWidth_, reducedHeight_, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
}

void RenderTarget::resolve() const {
  if (usingReduced_) {
    resolveReduced();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, reducedSource());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
    const bool sameSize = reducedWidth_ == width_ && reducedHeight_ == height_;
    glBlitFramebuffer(0, 0, reducedWidth_, reducedHeight_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT,
                      sameSize ? GL_NEAREST : GL_LINEAR);
  } else {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msaaFbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void RenderTarget::bindResolved() const {
  glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_);
  glViewport(0, 0, width_, height_);
}

void RenderTarget::presentToDefault(int windowWidth, int windowHeight) const {
  GLuint source = resolveFbo_;
  int w = width_, h = height_;
  if (usingReduced_) {
    resolveReduced();
    source = reducedSource();
    w = reducedWidth_;
    h = reducedHeight_;
  } else {
    resolve();  // a multisampled buffer may only be resolved at its own size and format
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, w, h, 0, 0, windowWidth, windowHeight, GL_COLOR_BUFFER_BIT, GL_LINEAR);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<std::uint8_t> RenderTarget::readPixels() const {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width_) * height_ * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  // OpenGL rows start at the bottom; images start at the top.
  const std::size_t row = static_cast<std::size_t>(width_) * 4;
  for (int y = 0; y < height_ / 2; ++y)
    std::swap_ranges(pixels.begin() + static_cast<std::ptrdiff_t>(y * row),
                     pixels.begin() + static_cast<std::ptrdiff_t>((y + 1) * row),
                     pixels.begin() + static_cast<std::ptrdiff_t>((height_ - 1 - y) * row));
  return pixels;
}

}  // namespace render
