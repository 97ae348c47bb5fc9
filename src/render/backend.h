// What the app asks of a renderer: keep the meshes the views draw and draw a frame
// description into the bound target. SceneRenderer does it with OpenGL; NullBackend only
// records the calls, so the controller, the frame plan and every command are tested
// without a display.
#pragma once

#include "geometry/mesh.h"
#include "render/frame.h"

#include <glm/glm.hpp>

#include <vector>

namespace render {

class MeshStore {
 public:
  virtual ~MeshStore() = default;
  // Replaces all meshes; DrawItem::mesh indexes this list. The meshes stay alive until the
  // next setMeshes.
  virtual void setMeshes(const std::vector<const geometry::Mesh*>& meshes) = 0;
  virtual void updateMeshVertices(int mesh, const std::vector<glm::vec3>& positions,
                                  const std::vector<glm::vec3>& normals) = 0;
};

class SceneBackend : public MeshStore {
 public:
  // Draws the frame into its part (FrameDesc::viewportRect) of the bound framebuffer.
  virtual void draw(const FrameDesc& frame) = 0;
};

class NullBackend : public SceneBackend {
 public:
  void setMeshes(const std::vector<const geometry::Mesh*>& meshes) override { meshCount = meshes.size(); }
  void updateMeshVertices(int mesh, const std::vector<glm::vec3>&, const std::vector<glm::vec3>&) override {
    updated.push_back(mesh);
  }
  void draw(const FrameDesc& frame) override { frames.push_back(frame); }
  std::size_t meshCount = 0;
  std::vector<int> updated;
  std::vector<FrameDesc> frames;
};

}  // namespace render
