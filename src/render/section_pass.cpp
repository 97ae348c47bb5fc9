#include "render/section_pass.h"

#include <epoxy/gl.h>

#include <algorithm>

namespace render {

namespace {
// Half the side of the quad that stands for the plane: larger than any model, and the
// frustum clips the rest.
constexpr float kQuadHalfMm = 5000.0f;
// Whether the plane passes through the box (local bounds under model): only then can the
// structure have a cut face, and only then is the full-view quad worth painting for it.
bool planeCrosses(const glm::vec4& plane, const geometry::Bounds& box, const glm::mat4& model) {
  if (!box.valid()) return false;
  bool below = false, above = false;
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 local((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                          (corner & 4) ? box.max.z : box.min.z);
    const float d = glm::dot(plane, model * glm::vec4(local, 1.0f));
    below = below || d < 0.0f;
    above = above || d > 0.0f;
  }
  return below && above;
}
}  // namespace

SectionPass::~SectionPass() {
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
}

bool SectionPass::init(std::string& error) {
  if (!capProgram_.build("cap.vert", "cap.frag", error)) return false;
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glBindVertexArray(vao_);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, 4 * sizeof(glm::vec3), nullptr, GL_DYNAMIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
  glBindVertexArray(0);
  return true;
}

glm::vec4 SectionPass::viewPlane(const FrameDesc& frame) {
  // Planes transform with the inverse transpose of the point transform.
  return glm::transpose(glm::inverse(frame.view)) * frame.sectionPlane;
}

void SectionPass::uploadQuad(const glm::vec4& plane) {
  const glm::vec3 n = glm::normalize(glm::vec3(plane));
  const glm::vec3 centre = -n * (plane.w / glm::length(glm::vec3(plane)));
  const glm::vec3 helper = std::abs(n.y) < 0.9f ? glm::vec3(0.0f, 1.0f, 0.0f) : glm::vec3(1.0f, 0.0f, 0.0f);
  const glm::vec3 u = glm::normalize(glm::cross(n, helper)) * kQuadHalfMm;
  const glm::vec3 v = glm::normalize(glm::cross(n, u)) * kQuadHalfMm;
  const glm::vec3 corners[4] = {centre - u - v, centre + u - v, centre - u + v, centre + u + v};
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferSubData(GL_ARRAY_BUFFER, 0, sizeof(corners), corners);
}

void SectionPass::drawCaps(const FrameDesc& frame, const std::vector<GpuMesh>& meshes, GpuMesh::Detail detail,
                           ShaderProgram& meshProgram) {
  std::vector<const DrawItem*> order;
  for (const DrawItem& item : frame.items)
    if (item.mesh >= 0 && item.mesh < static_cast<int>(meshes.size()) &&
        planeCrosses(frame.sectionPlane, meshes[static_cast<std::size_t>(item.mesh)].bounds(), item.model))
      order.push_back(&item);
  // Enclosing tissues first, so what lies inside them paints over their caps.
  std::stable_sort(order.begin(), order.end(),
                   [](const DrawItem* a, const DrawItem* b) { return a->material.capRank < b->material.capRank; });
  uploadQuad(frame.sectionPlane);
  const glm::mat4 viewProjection = frame.projection * frame.view;
  glEnable(GL_STENCIL_TEST);
  glStencilMask(0xFF);
  glDisable(GL_CULL_FACE);
  for (const DrawItem* item : order) {
    // Winding: behind the plane, each back face counts up and each front face down. A
    // point of the plane inside the structure is left non-zero, also where two closed
    // parts of one mesh overlap (a parity count would cancel there).
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    glDepthMask(GL_FALSE);
    glDisable(GL_DEPTH_TEST);
    glStencilFunc(GL_ALWAYS, 0, 0xFF);
    glStencilOpSeparate(GL_BACK, GL_KEEP, GL_KEEP, GL_INCR_WRAP);
    glStencilOpSeparate(GL_FRONT, GL_KEEP, GL_KEEP, GL_DECR_WRAP);
    meshProgram.use();
    const glm::mat4 modelView = frame.view * item->model;
    meshProgram.set("uModelView", modelView);
    glFrontFace(glm::determinant(glm::mat3(item->model)) < 0.0f ? GL_CW : GL_CCW);  // a mirrored limb
    // Every surface counts, also beyond the far plane (a heel view's far plane cuts the
    // foot): depth clamping keeps those fragments, and no chunk is culled by the frustum.
    glEnable(GL_DEPTH_CLAMP);
    glEnable(GL_CLIP_DISTANCE0);
    meshes[static_cast<std::size_t>(item->mesh)].draw(detail);
    glDisable(GL_CLIP_DISTANCE0);  // the quad's shader writes no clip distance
    glDisable(GL_DEPTH_CLAMP);
    // The plane where the count is not zero, in the tissue's colour; painting zeroes it,
    // so the next structure starts from a clear stencil without a clear.
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_ALWAYS);
    glStencilFunc(GL_NOTEQUAL, 0, 0xFF);
    glStencilOp(GL_KEEP, GL_ZERO, GL_ZERO);
    capProgram_.use();
    capProgram_.set("uViewProjection", viewProjection);
    capProgram_.set("uColor", item->material.baseColor);
    glBindVertexArray(vao_);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  }
  glFrontFace(GL_CCW);
  glDepthFunc(GL_LEQUAL);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_CULL_FACE);
}

}  // namespace render
