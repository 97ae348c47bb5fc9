// The section mode's caps: after the structures are drawn clipped by the plane, each one's
// cut face is filled flat in its tissue colour, like a segmented MRI slice. Where the plane
// lies inside a closed structure, more of its surfaces behind the plane face away from
// the eye than toward it: the stencil counts that winding, and the plane is painted where
// it is not zero.
#pragma once

#include "render/frame.h"
#include "render/gpu_mesh.h"
#include "render/shader_program.h"

#include <string>
#include <vector>

namespace render {

class SectionPass {
 public:
  SectionPass() = default;
  ~SectionPass();
  SectionPass(const SectionPass&) = delete;
  SectionPass& operator=(const SectionPass&) = delete;

  bool init(std::string& error);
  // The plane in view space, as the mesh shader's uClipPlane takes it.
  static glm::vec4 viewPlane(const FrameDesc& frame);
  // Paints the caps into the bound framebuffer (which has a stencil). meshProgram must be
  // the clipping mesh program with uProjection and uClipPlane already set; the stencil is
  // left cleared and the clip distance disabled.
  void drawCaps(const FrameDesc& frame, const std::vector<GpuMesh>& meshes, GpuMesh::Detail detail,
                ShaderProgram& meshProgram);

 private:
  void uploadQuad(const glm::vec4& plane);

  ShaderProgram capProgram_;
  unsigned int vao_ = 0, vbo_ = 0;
};

}  // namespace render
