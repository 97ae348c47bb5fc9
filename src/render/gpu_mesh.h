// One mesh on the GPU: interleaved position+normal vertex buffer and an index buffer.
// Positions can be re-uploaded (morph targets blended on the CPU).
#pragma once

#include "geometry/mesh.h"

#include <epoxy/gl.h>

namespace render {

class GpuMesh {
 public:
  GpuMesh() = default;
  ~GpuMesh();
  GpuMesh(GpuMesh&& other) noexcept;
  GpuMesh& operator=(GpuMesh&& other) noexcept;
  GpuMesh(const GpuMesh&) = delete;
  GpuMesh& operator=(const GpuMesh&) = delete;

  void upload(const geometry::Mesh& mesh);
  void updateVertices(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals);
  void draw() const;
  std::size_t indexCount() const { return indexCount_; }

 private:
  void release();
  GLuint vao_ = 0, vbo_ = 0, ebo_ = 0;
  GLsizei indexCount_ = 0;
  std::size_t vertexCount_ = 0;
};

}  // namespace render
