#include "render/gpu_mesh.h"

#include <utility>
#include <vector>

namespace render {

namespace {
std::vector<float> interleave(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals) {
  std::vector<float> data;
  data.reserve(positions.size() * 6);
  for (std::size_t i = 0; i < positions.size(); ++i) {
    const glm::vec3 n = i < normals.size() ? normals[i] : glm::vec3(0.0f, 1.0f, 0.0f);
    data.insert(data.end(), {positions[i].x, positions[i].y, positions[i].z, n.x, n.y, n.z});
  }
  return data;
}
}  // namespace

GpuMesh::~GpuMesh() { release(); }

GpuMesh::GpuMesh(GpuMesh&& other) noexcept { *this = std::move(other); }

GpuMesh& GpuMesh::operator=(GpuMesh&& other) noexcept {
  if (this != &other) {
    release();
    std::swap(vao_, other.vao_);
    std::swap(vbo_, other.vbo_);
    std::swap(ebo_, other.ebo_);
    std::swap(indexCount_, other.indexCount_);
    std::swap(vertexCount_, other.vertexCount_);
  }
  return *this;
}

void GpuMesh::release() {
  if (ebo_) glDeleteBuffers(1, &ebo_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
  vao_ = vbo_ = ebo_ = 0;
  indexCount_ = 0;
}

void GpuMesh::upload(const geometry::Mesh& mesh) {
  release();
  glGenVertexArrays(1, &vao_);
  glGenBuffers(1, &vbo_);
  glGenBuffers(1, &ebo_);
  glBindVertexArray(vao_);
  const std::vector<float> data = interleave(mesh.positions, mesh.normals);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_DYNAMIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(std::uint32_t)),
               mesh.indices.data(), GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), reinterpret_cast<void*>(3 * sizeof(float)));
  glBindVertexArray(0);
  indexCount_ = static_cast<GLsizei>(mesh.indices.size());
  vertexCount_ = mesh.positions.size();
}

void GpuMesh::updateVertices(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals) {
  if (!vbo_ || positions.size() != vertexCount_) return;
  const std::vector<float> data = interleave(positions, normals);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data());
}

void GpuMesh::draw() const {
  if (!vao_ || indexCount_ == 0) return;
  glBindVertexArray(vao_);
  glDrawElements(GL_TRIANGLES, indexCount_, GL_UNSIGNED_INT, nullptr);
}

}  // namespace render
