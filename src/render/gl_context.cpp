#include "render/gl_context.h"

#include <epoxy/gl.h>

namespace render {

std::string contextVersionProblem() {
  const int version = epoxy_gl_version();
  if (version >= 33) return {};
  return "the OpenGL context is version " + std::to_string(version / 10) + "." + std::to_string(version % 10) +
         "; Ankle Atlas needs 3.3 or newer";
}

std::string glDescription() {
  const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
  const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return std::string("OpenGL ") + (version ? version : "?") + ", " + (renderer ? renderer : "?");
}

void finishFrame() { glFinish(); }

void bindWindowFramebuffer(int width, int height) {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(0, 0, width, height);
}

}  // namespace render
