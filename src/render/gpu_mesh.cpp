#include "render/gpu_mesh.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <utility>

namespace render {

namespace {
// Triangles per chunk: large enough that a mesh is a handful of draw calls, small enough
// that a chunk is a compact piece of surface.
constexpr std::size_t kChunkTriangles = 2048;

std::vector<float> interleave(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals) {
  std::vector<float> data;
  data.reserve(positions.size() * 6);
  for (std::size_t i = 0; i < positions.size(); ++i) {
    const glm::vec3 n = i < normals.size() ? normals[i] : glm::vec3(0.0f, 1.0f, 0.0f);
    data.insert(data.end(), {positions[i].x, positions[i].y, positions[i].z, n.x, n.y, n.z});
  }
  return data;
}

// Spreads the low 10 bits of v so that two zero bits follow each one (Morton order).
std::uint32_t spreadBits(std::uint32_t v) {
  v &= 0x3FFu;
  v = (v | (v << 16)) & 0x030000FFu;
  v = (v | (v << 8)) & 0x0300F00Fu;
  v = (v | (v << 4)) & 0x030C30C3u;
  v = (v | (v << 2)) & 0x09249249u;
  return v;
}

// The triangles reordered along a Z-order curve through their centroids, so that
// consecutive triangles are neighbours in space and a run of them has tight bounds.
std::vector<std::uint32_t> spatiallyOrdered(const std::vector<glm::vec3>& positions,
                                            const std::vector<std::uint32_t>& indices) {
  const std::size_t triangles = indices.size() / 3;
  geometry::Bounds b;
  for (const glm::vec3& p : positions) b.extend(p);
  const glm::vec3 scale = 1023.0f / glm::max(b.size(), glm::vec3(1e-6f));
  // Key above, triangle number below: sorting the packed values orders by key and keeps
  // equal keys in their original order, without an indirect comparison per step.
  std::vector<std::uint64_t> keyed(triangles);
  for (std::size_t t = 0; t < triangles; ++t) {
    glm::vec3 c(0.0f);
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t v = indices[t * 3 + static_cast<std::size_t>(k)];
      if (v < positions.size()) c += positions[v];
    }
    const glm::uvec3 q(glm::clamp((c / 3.0f - b.min) * scale, glm::vec3(0.0f), glm::vec3(1023.0f)));
    const std::uint64_t key = spreadBits(q.x) | (spreadBits(q.y) << 1) | (spreadBits(q.z) << 2);
    keyed[t] = (key << 32) | t;
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<std::uint32_t> out(triangles * 3);
  for (std::size_t i = 0; i < triangles; ++i) {
    const std::size_t t = static_cast<std::uint32_t>(keyed[i]);
    std::copy_n(indices.begin() + static_cast<std::ptrdiff_t>(t * 3), 3, out.begin() + static_cast<std::ptrdiff_t>(i * 3));
  }
  return out;
}
}  // namespace

bool outsideFrustum(const geometry::Bounds& box, const glm::mat4& clipFromModel) {
  if (!box.valid()) return true;
  // Count, per clip plane, the corners outside it; all eight outside one plane = culled.
  int outside[6] = {0, 0, 0, 0, 0, 0};
  for (int i = 0; i < 8; ++i) {
    const glm::vec3 p((i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y, (i & 4) ? box.max.z : box.min.z);
    const glm::vec4 c = clipFromModel * glm::vec4(p, 1.0f);
    outside[0] += c.x < -c.w;
    outside[1] += c.x > c.w;
    outside[2] += c.y < -c.w;
    outside[3] += c.y > c.w;
    outside[4] += c.z < -c.w;
    outside[5] += c.z > c.w;
  }
  return std::any_of(std::begin(outside), std::end(outside), [](int n) { return n == 8; });
}

GpuMesh::~GpuMesh() { release(); }

GpuMesh::GpuMesh(GpuMesh&& other) noexcept { *this = std::move(other); }

GpuMesh& GpuMesh::operator=(GpuMesh&& other) noexcept {
  if (this != &other) {
    release();
    std::swap(vao_, other.vao_);
    std::swap(vbo_, other.vbo_);
    std::swap(ebo_, other.ebo_);
    std::swap(positions_, other.positions_);
    std::swap(indices_, other.indices_);
    std::swap(full_, other.full_);
    std::swap(coarse_, other.coarse_);
    std::swap(bounds_, other.bounds_);
  }
  return *this;
}

void GpuMesh::release() {
  if (ebo_) glDeleteBuffers(1, &ebo_);
  if (vbo_) glDeleteBuffers(1, &vbo_);
  if (vao_) glDeleteVertexArrays(1, &vao_);
  vao_ = vbo_ = ebo_ = 0;
  positions_.clear();
  indices_.clear();
  full_ = coarse_ = Level();
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
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), reinterpret_cast<void*>(3 * sizeof(float)));
  positions_ = mesh.positions;
  indices_ = spatiallyOrdered(mesh.positions, mesh.indices);
  full_.count = static_cast<GLsizei>(indices_.size());
  cutChunks(full_);
  uploadIndices();
  glBindVertexArray(0);
  computeBounds();
}

void GpuMesh::setCoarse(const std::vector<std::uint32_t>& indices) {
  if (!vao_ || indices.empty()) return;
  indices_.resize(static_cast<std::size_t>(full_.count));
  const std::vector<std::uint32_t> ordered = spatiallyOrdered(positions_, indices);
  coarse_ = Level();
  coarse_.first = full_.count;
  coarse_.count = static_cast<GLsizei>(ordered.size());
  indices_.insert(indices_.end(), ordered.begin(), ordered.end());
  cutChunks(coarse_);
  glBindVertexArray(vao_);
  uploadIndices();
  glBindVertexArray(0);
  computeBounds();
}

// Whole index buffer at once (with the VAO bound, which records the binding).
void GpuMesh::uploadIndices() {
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ebo_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices_.size() * sizeof(std::uint32_t)),
               indices_.data(), GL_STATIC_DRAW);
}

void GpuMesh::cutChunks(Level& level) const {
  level.chunks.clear();
  const std::size_t end = static_cast<std::size_t>(level.first + level.count);
  for (std::size_t first = static_cast<std::size_t>(level.first); first < end; first += kChunkTriangles * 3) {
    Chunk chunk;
    chunk.firstIndex = static_cast<GLsizei>(first);
    chunk.count = static_cast<GLsizei>(std::min(kChunkTriangles * 3, end - first));
    level.chunks.push_back(chunk);
  }
}

void GpuMesh::computeBounds() {
  bounds_ = geometry::Bounds();
  for (Level* level : {&full_, &coarse_}) {
    for (Chunk& chunk : level->chunks) {
      chunk.bounds = geometry::Bounds();
      for (GLsizei i = chunk.firstIndex; i < chunk.firstIndex + chunk.count; ++i) {
        const std::uint32_t v = indices_[static_cast<std::size_t>(i)];
        if (v < positions_.size()) chunk.bounds.extend(positions_[v]);
      }
      if (level == &full_) bounds_.extend(chunk.bounds);
    }
  }
}

void GpuMesh::updateVertices(const std::vector<glm::vec3>& positions, const std::vector<glm::vec3>& normals) {
  if (!vbo_ || positions.size() != positions_.size()) return;
  const std::vector<float> data = interleave(positions, normals);
  glBindBuffer(GL_ARRAY_BUFFER, vbo_);
  glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data());
  positions_ = positions;
  computeBounds();  // moved vertices move the chunks: culling must see them
}

std::size_t GpuMesh::indexCount(Detail detail) const { return static_cast<std::size_t>(level(detail).count); }

void GpuMesh::drawRange(GLsizei firstIndex, GLsizei count) const {
  glDrawElements(GL_TRIANGLES, count, GL_UNSIGNED_INT,
                 reinterpret_cast<const void*>(static_cast<std::size_t>(firstIndex) * sizeof(std::uint32_t)));
}

void GpuMesh::draw(Detail detail) const {
  const Level& l = level(detail);
  if (!vao_ || l.count == 0) return;
  glBindVertexArray(vao_);
  drawRange(l.first, l.count);
}

bool GpuMesh::drawVisible(const glm::mat4& clipFromModel, Detail detail) const {
  const Level& l = level(detail);
  if (!vao_ || l.count == 0 || outsideFrustum(bounds_, clipFromModel)) return false;
  glBindVertexArray(vao_);
  // Neighbouring visible chunks are contiguous in the index buffer: one draw per run.
  GLsizei runStart = 0, runCount = 0;
  bool drew = false;
  for (const Chunk& chunk : l.chunks) {
    if (outsideFrustum(chunk.bounds, clipFromModel)) continue;
    if (runCount > 0 && runStart + runCount == chunk.firstIndex) {
      runCount += chunk.count;
      continue;
    }
    if (runCount > 0) drawRange(runStart, runCount);
    runStart = chunk.firstIndex;
    runCount = chunk.count;
    drew = true;
  }
  if (runCount > 0) drawRange(runStart, runCount);
  return drew;
}

}  // namespace render
