// One mesh on the GPU: interleaved position+normal vertex buffer and an index buffer.
// Positions can be re-uploaded (morph targets blended on the CPU). Triangles are stored
// in spatially coherent chunks, each with its bounds, so the parts of a long mesh (the
// skin of the whole leg) outside the view are never sent through the vertex pipeline.
#pragma once

#include "geometry/bounds.h"
#include "geometry/mesh.h"

#include <epoxy/gl.h>

#include <vector>

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
  // Draws every chunk.
  void draw() const;
  // Draws the chunks whose bounds may be seen through clipFromModel (projection * view
  // * model); returns false when nothing was drawn.
  bool drawVisible(const glm::mat4& clipFromModel) const;
  std::size_t indexCount() const { return static_cast<std::size_t>(indexCount_); }
  const geometry::Bounds& bounds() const { return bounds_; }

 private:
  struct Chunk {
    GLsizei firstIndex = 0, count = 0;
    geometry::Bounds bounds;
  };
  void release();
  void computeBounds(const std::vector<glm::vec3>& positions);
  void drawRange(GLsizei firstIndex, GLsizei count) const;

  GLuint vao_ = 0, vbo_ = 0, ebo_ = 0;
  GLsizei indexCount_ = 0;
  std::size_t vertexCount_ = 0;
  std::vector<std::uint32_t> indices_;  // as uploaded (chunk order), for recomputing bounds
  std::vector<Chunk> chunks_;
  geometry::Bounds bounds_;
};

// True when the box lies entirely outside one plane of the view frustum.
bool outsideFrustum(const geometry::Bounds& box, const glm::mat4& clipFromModel);

}  // namespace render
