// One mesh on the GPU: interleaved position+normal vertex buffer and an index buffer.
// Positions can be re-uploaded (morph targets blended on the CPU). Triangles are stored
// in spatially coherent chunks, each with its bounds, so the parts of a long mesh (the
// skin of the whole leg) outside the view are never sent through the vertex pipeline.
// An optional coarse triangle list over the same vertices (level of detail) is drawn
// while the view moves: a software renderer's cost follows the triangle count.
#pragma once

#include "geometry/bounds.h"
#include "geometry/mesh.h"

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

  enum class Detail { Full, Coarse };

  void upload(const geometry::Mesh& mesh);
  void updateVertices(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals);
  // Adds the coarse triangle list (indices into this mesh's vertices).
  void setCoarse(const std::vector<std::uint32_t>& indices);
  bool hasCoarse() const { return coarse_.count > 0; }
  // Draws every chunk; Coarse falls back to Full until setCoarse was called.
  void draw(Detail detail = Detail::Full) const;
  // Draws the chunks whose bounds may be seen through clipFromModel (projection * view
  // * model); returns false when nothing was drawn.
  bool drawVisible(const glm::mat4& clipFromModel, Detail detail = Detail::Full) const;
  std::size_t indexCount(Detail detail = Detail::Full) const;
  const geometry::Bounds& bounds() const { return bounds_; }

 private:
  struct Chunk {
    int firstIndex = 0, count = 0;
    geometry::Bounds bounds;
  };
  // One triangle list: a range of the index buffer cut into chunks.
  struct Level {
    int first = 0, count = 0;
    std::vector<Chunk> chunks;
  };
  void release();
  void uploadIndices();
  void cutChunks(Level& level) const;
  void computeBounds();
  const Level& level(Detail detail) const { return detail == Detail::Coarse && hasCoarse() ? coarse_ : full_; }
  void drawRange(int firstIndex, int count) const;

  unsigned int vao_ = 0, vbo_ = 0, ebo_ = 0;
  // Current positions (posed), for the chunk bounds of a coarse list added later.
  std::vector<glm::vec3> positions_;
  std::vector<std::uint32_t> indices_;  // as uploaded: full list, then the coarse one
  Level full_, coarse_;
  geometry::Bounds bounds_;
};

// True when the box lies entirely outside one plane of the view frustum.
bool outsideFrustum(const geometry::Bounds& box, const glm::mat4& clipFromModel);

}  // namespace render
