#include "render/xray_pass.h"

#include <epoxy/gl.h>

#include <glm/gtc/matrix_inverse.hpp>

namespace render {

namespace {
// Film brightness 1 - exp(-mu * path): 20 mm of bone exposes to about 0.5, a 45 mm
// calcaneus to 0.79, and 80 mm of soft tissue (density 0.13) to about 0.31: a grey veil
// in which tendon and fat pad still part.
constexpr float kMuPerMm = 0.035f;
constexpr float kSharpen = 1.2f;
}  // namespace

XRayPass::~XRayPass() {
  release();
  if (emptyVao_) glDeleteVertexArrays(1, &emptyVao_);
}

void XRayPass::release() {
  if (fbo_) glDeleteFramebuffers(1, &fbo_);
  if (texture_) glDeleteTextures(1, &texture_);
  fbo_ = texture_ = 0;
  width_ = height_ = 0;
}

bool XRayPass::init(std::string& error) {
  if (!pathProgram_.build("mesh.vert", "xray.frag", error)) return false;
  if (!filmProgram_.build("background.vert", "xray_film.frag", error)) return false;
  glGenVertexArrays(1, &emptyVao_);
  return true;
}

// Two float channels (summed path, cortex rims): blending into 8 bits would clamp the
// negative partial sums of front faces drawn before their back faces.
bool XRayPass::ensureBuffer(int width, int height) {
  if (fbo_ && width == width_ && height == height_) return true;
  release();
  glGenTextures(1, &texture_);
  glBindTexture(GL_TEXTURE_2D, texture_);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RG32F, width, height, 0, GL_RG, GL_FLOAT, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, 0);
  glGenFramebuffers(1, &fbo_);
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_, 0);
  const bool ok = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  width_ = width;
  height_ = height;
  return ok;
}

void XRayPass::accumulate(const FrameDesc& frame, const std::vector<GpuMesh>& meshes, GpuMesh::Detail detail) {
  glDisable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFunc(GL_ONE, GL_ONE);
  pathProgram_.use();
  pathProgram_.set("uProjection", frame.projection);
  pathProgram_.set("uClipPlane", glm::vec4(0.0f, 0.0f, 0.0f, 1.0f));
  for (const DrawItem& item : frame.items) {
    if (item.mesh < 0 || item.mesh >= static_cast<int>(meshes.size()) || item.opacity <= 0.0f) continue;
    const GpuMesh& mesh = meshes[static_cast<std::size_t>(item.mesh)];
    const glm::mat4 modelView = frame.view * item.model;
    pathProgram_.set("uModelView", modelView);
    pathProgram_.set("uNormalMatrix", glm::inverseTranspose(glm::mat3(modelView)));
    // A faded structure passes less of its density: a lesson that fades the skin thins its veil.
    pathProgram_.set("uDensity", item.material.xrayDensity * item.opacity);
    pathProgram_.set("uCortex", item.material.xrayCortex ? 1.0f : 0.0f);
    // Distances measured from the structure's own centre keep the float sums exact.
    pathProgram_.set("uDepthOrigin", -(modelView * glm::vec4(mesh.bounds().center(), 1.0f)).z);
    // A mirrored model (left limb) flips which side of each triangle faces the eye.
    glFrontFace(glm::determinant(glm::mat3(item.model)) < 0.0f ? GL_CW : GL_CCW);
    mesh.drawVisible(frame.projection * modelView, detail);
  }
  glFrontFace(GL_CCW);
  glDisable(GL_BLEND);
  glDepthMask(GL_TRUE);
}

void XRayPass::draw(const FrameDesc& frame, const std::vector<GpuMesh>& meshes, GpuMesh::Detail detail,
                    const PixelRect& view) {
  GLint bound = 0, boundRead = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &bound);
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &boundRead);
  const GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
  if (!ensureBuffer(view.width, view.height)) {
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(bound));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(boundRead));
    return;  // no float target on this driver: the cleared background stays
  }
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_);
  glDisable(GL_SCISSOR_TEST);
  glViewport(0, 0, view.width, view.height);
  glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  accumulate(frame, meshes, detail);

  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(bound));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(boundRead));
  glViewport(view.x, view.y, view.width, view.height);
  if (scissor) glEnable(GL_SCISSOR_TEST);
  glDisable(GL_DEPTH_TEST);
  filmProgram_.use();
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture_);
  filmProgram_.set("uPath", 0);
  filmProgram_.set("uOrigin", glm::ivec2(view.x, view.y));
  filmProgram_.set("uSize", glm::ivec2(view.width, view.height));
  filmProgram_.set("uMu", kMuPerMm);
  filmProgram_.set("uSharpen", kSharpen);
  glBindVertexArray(emptyVao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindTexture(GL_TEXTURE_2D, 0);
  glEnable(GL_DEPTH_TEST);
}

}  // namespace render
