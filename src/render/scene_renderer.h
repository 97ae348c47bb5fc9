// Draws a FrameDesc: background, opaque structures, translucent structures sorted back
// to front (back faces before front faces), then outlines of hovered and selected ones.
// The X-ray style replaces all but the outlines with the film (xray_pass.h); the section
// style draws every structure solid, clipped, with capped cut faces (section_pass.h).
// Moving frames draw coarse versions of the meshes, made the first time they are needed.
#pragma once

#include "geometry/mesh.h"
#include "render/frame.h"
#include "render/gpu_mesh.h"
#include "render/backend.h"
#include "render/pass_timer.h"
#include "render/section_pass.h"
#include "render/xray_pass.h"
#include "render/shader_program.h"

#include <memory>
#include <string>
#include <vector>

namespace render {

class SceneRenderer : public SceneBackend {
 public:
  SceneRenderer() = default;
  ~SceneRenderer() override;
  SceneRenderer(const SceneRenderer&) = delete;
  SceneRenderer& operator=(const SceneRenderer&) = delete;
  // Needs a current OpenGL 3.3 core context. Returns false and fills error on failure.
  bool init(std::string& error);
  // Replaces all meshes; DrawItem::mesh indexes this list. The meshes must stay alive
  // until the next setMeshes: the coarse versions are made from them later.
  void setMeshes(const std::vector<const geometry::Mesh*>& meshes) override;
  void updateMeshVertices(int mesh, const std::vector<glm::vec3>& positions,
                          const std::vector<glm::vec3>& normals) override;
  // Draws into the currently bound framebuffer (with depth and stencil).
  void draw(const FrameDesc& frame) override;
  // Whether every mesh has had its coarse version made (moving frames make them a few
  // at a time), so a moving frame now draws as every later one will.
  bool coarsePrepared() const;

 private:
  void drawBackground(const FrameDesc& frame);
  void drawItem(const FrameDesc& frame, const DrawItem& item);
  void beginOpaque(const FrameDesc& frame);
  void drawShaded(const FrameDesc& frame);
  void drawSection(const FrameDesc& frame);
  void prepareCoarse(const FrameDesc& frame);
  void beginOneLayerEach() const;
  void nextOneLayerId(int& id) const;
  void drawOutlines(const FrameDesc& frame);
  std::vector<const DrawItem*> sortedTranslucent(const FrameDesc& frame) const;

  ShaderProgram meshProgram_, outlineProgram_, backgroundProgram_;
  std::vector<GpuMesh> meshes_;
  std::vector<const geometry::Mesh*> sources_;
  std::vector<bool> coarseTried_;
  GpuMesh::Detail detail_ = GpuMesh::Detail::Full;  // of the frame being drawn
  std::vector<glm::vec3> centers_;  // local-space centres, for sorting
  unsigned int emptyVao_ = 0;
  PassTimer timer_;
  XRayPass xray_;
  SectionPass section_;
};

}  // namespace render
