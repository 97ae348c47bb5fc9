#include "render/render_target.h"

#include <algorithm>

namespace render {

RenderTarget::~RenderTarget() { release(); }

void RenderTarget::release() {
  const GLuint fbos[] = {msaaFbo_, resolveFbo_};
  const GLuint rbos[] = {msaaColor_, msaaDepth_, resolveColor_};
  for (GLuint f : fbos)
    if (f) glDeleteFramebuffers(1, &f);
  for (GLuint r : rbos)
    if (r) glDeleteRenderbuffers(1, &r);
  msaaFbo_ = msaaColor_ = msaaDepth_ = resolveFbo_ = resolveColor_ = 0;
  width_ = height_ = 0;
}

bool RenderTarget::resize(int width, int height, int samples, std::string& error) {
  if (width == width_ && height == height_ && msaaFbo_) return true;
  release();
  GLint maxSamples = 1;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  samples_ = std::clamp(samples, 1, std::max(maxSamples, 1));
  width_ = width;
  height_ = height;

  glGenFramebuffers(1, &msaaFbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, msaaFbo_);
  glGenRenderbuffers(1, &msaaColor_);
  glBindRenderbuffer(GL_RENDERBUFFER, msaaColor_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msaaColor_);
  glGenRenderbuffers(1, &msaaDepth_);
  glBindRenderbuffer(GL_RENDERBUFFER, msaaDepth_);
  glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_DEPTH24_STENCIL8, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, msaaDepth_);
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
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

void RenderTarget::bindScene() const {
  glBindFramebuffer(GL_FRAMEBUFFER, msaaFbo_);
  glViewport(0, 0, width_, height_);
}

void RenderTarget::resolve() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, msaaFbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void RenderTarget::bindResolved() const {
  glBindFramebuffer(GL_FRAMEBUFFER, resolveFbo_);
  glViewport(0, 0, width_, height_);
}

void RenderTarget::blitToDefault(int windowWidth, int windowHeight) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFbo_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, windowWidth, windowHeight, GL_COLOR_BUFFER_BIT, GL_LINEAR);
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
