#include "io/assimp_import.h"

#include "io/bounded_io.h"
#include "io/message_text.h"
#include "io/model_prechecks.h"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>
#include <unordered_set>

namespace io::detail {

namespace {

// Deeper hierarchies than this are treated as malformed rather than followed.
constexpr std::size_t kMaxNodeDepth = 1024;

struct NodeInstance {
  const aiNode* node;
  aiMatrix4x4 transform;  // node to scene root, accumulated
};

// Assimp invents names such as "<STL_BINARY>" or "$ColladaAutoName$_12"; they are not names
// a person gave, so the loader falls back to the mesh name or the file name instead.
std::string usableName(const aiString& raw) {
  const std::string name = oneLine(std::string(raw.C_Str(), raw.length), 200);
  if (name.empty()) return "";
  if (name.front() == '<' && name.back() == '>') return "";
  if (name.find("$ColladaAutoName$") != std::string::npos || name.find("$AssimpFbx$") != std::string::npos) return "";
  return name;
}

std::vector<NodeInstance> meshNodes(const aiScene* scene) {
  std::vector<NodeInstance> found;
  std::vector<std::pair<NodeInstance, std::size_t>> stack{{{scene->mRootNode, scene->mRootNode->mTransformation}, 0}};
  std::unordered_set<const aiNode*> seen;
  while (!stack.empty()) {
    const auto [instance, depth] = stack.back();
    stack.pop_back();
    if (!instance.node || depth > kMaxNodeDepth || !seen.insert(instance.node).second)
      throw ImportError("the node hierarchy is malformed (too deep or cyclic)");
    if (instance.node->mNumMeshes > 0 && instance.node->mMeshes) found.push_back(instance);
    if (!instance.node->mChildren) continue;
    for (unsigned c = instance.node->mNumChildren; c-- > 0;) {
      const aiNode* child = instance.node->mChildren[c];
      if (child) stack.push_back({{child, instance.transform * child->mTransformation}, depth + 1});
    }
  }
  return found;
}

const aiMesh* meshAt(const aiScene* scene, const aiNode* node, unsigned i) {
  const unsigned index = node->mMeshes[i];
  if (index >= scene->mNumMeshes || !scene->mMeshes) return nullptr;
  const aiMesh* mesh = scene->mMeshes[index];
  if (!mesh || !mesh->mVertices || mesh->mNumVertices == 0 || !mesh->mFaces) return nullptr;
  return mesh;
}

std::uint64_t triangleFaces(const aiMesh* mesh) {
  std::uint64_t n = 0;
  for (unsigned f = 0; f < mesh->mNumFaces; ++f) n += mesh->mFaces[f].mNumIndices == 3 && mesh->mFaces[f].mIndices;
  return n;
}

// Triangles, and vertices times (1 + morph targets): a few kilobytes of morph targets
// can otherwise ask for gigabytes of vertex copies.
void checkTriangleBudget(const aiScene* scene, const std::vector<NodeInstance>& nodes, std::uint64_t maxTriangles) {
  std::uint64_t total = 0, vertexCopies = 0;
  for (const NodeInstance& inst : nodes)
    for (unsigned i = 0; i < inst.node->mNumMeshes; ++i)
      if (const aiMesh* mesh = meshAt(scene, inst.node, i)) {
        total += triangleFaces(mesh);
        const std::uint64_t morphs = mesh->mAnimMeshes ? mesh->mNumAnimMeshes : 0;
        vertexCopies += std::uint64_t{mesh->mNumVertices} * (1 + morphs);
      }
  if (total > maxTriangles)
    throw ImportError("the file has " + formatCount(total) + " triangles; the limit is " + formatCount(maxTriangles));
  const std::uint64_t maxCopies = kVertexCopiesPerTriangle * maxTriangles;
  if (vertexCopies > maxCopies)
    throw ImportError("the meshes and their morph targets hold " + formatCount(vertexCopies) +
                      " vertex positions; the limit is " + formatCount(maxCopies));
}

glm::vec3 toGlm(const aiVector3D& v) { return {v.x, v.y, v.z}; }

struct NodeTransform {
  aiMatrix4x4 point;
  aiMatrix3x3 linear, normal;
  bool mirrors = false;  // negative determinant: winding must be reversed to stay outward
};

NodeTransform makeTransform(const aiMatrix4x4& m) {
  NodeTransform t;
  t.point = m;
  t.linear = aiMatrix3x3(m);
  t.normal = aiMatrix3x3(m);
  t.normal.Inverse().Transpose();
  t.mirrors = t.linear.Determinant() < 0.0f;
  return t;
}

glm::vec3 transformNormal(const NodeTransform& t, const aiVector3D& n) {
  aiVector3D out = t.normal * n;
  const float len = out.Length();
  return len > 0.0f ? toGlm(out / len) : glm::vec3(0.0f);
}

void appendMorphs(const aiMesh* mesh, const NodeTransform& t, std::size_t base, ImportedMesh& out,
                  std::vector<bool>& hasNormalDeltas) {
  auto& morphs = out.mesh.morphs;
  if (mesh->mNumAnimMeshes > morphs.size() && mesh->mAnimMeshes) {
    morphs.resize(mesh->mNumAnimMeshes);
    hasNormalDeltas.resize(mesh->mNumAnimMeshes, false);
  }
  const std::size_t end = base + mesh->mNumVertices;
  for (std::size_t k = 0; k < morphs.size(); ++k) {
    morphs[k].positionDeltas.resize(end, glm::vec3(0.0f));
    morphs[k].normalDeltas.resize(end, glm::vec3(0.0f));
    const aiAnimMesh* anim = k < mesh->mNumAnimMeshes && mesh->mAnimMeshes ? mesh->mAnimMeshes[k] : nullptr;
    if (!anim || !anim->mVertices || anim->mNumVertices != mesh->mNumVertices) continue;
    if (morphs[k].name.empty()) morphs[k].name = oneLine(std::string(anim->mName.C_Str(), anim->mName.length), 200);
    for (unsigned v = 0; v < mesh->mNumVertices; ++v)
      morphs[k].positionDeltas[base + v] = toGlm(t.linear * (anim->mVertices[v] - mesh->mVertices[v]));
    if (!anim->mNormals || !mesh->mNormals) continue;
    hasNormalDeltas[k] = true;
    for (unsigned v = 0; v < mesh->mNumVertices; ++v)
      morphs[k].normalDeltas[base + v] = transformNormal(t, anim->mNormals[v]) - transformNormal(t, mesh->mNormals[v]);
  }
}

void appendMesh(const aiMesh* mesh, const NodeTransform& t, ImportedMesh& out, std::vector<bool>& hasNormalDeltas,
                std::uint64_t& dropped) {
  geometry::Mesh& m = out.mesh;
  const std::size_t base = m.positions.size();
  if (base + mesh->mNumVertices > std::numeric_limits<std::uint32_t>::max())
    throw ImportError("a single node has more than 4 billion vertices");
  m.positions.resize(base + mesh->mNumVertices);
  for (unsigned v = 0; v < mesh->mNumVertices; ++v) m.positions[base + v] = toGlm(t.point * mesh->mVertices[v]);
  if (mesh->mNormals) {
    m.normals.resize(base + mesh->mNumVertices);
    for (unsigned v = 0; v < mesh->mNumVertices; ++v) m.normals[base + v] = transformNormal(t, mesh->mNormals[v]);
  }
  m.indices.reserve(m.indices.size() + 3 * std::size_t{mesh->mNumFaces});
  for (unsigned f = 0; f < mesh->mNumFaces; ++f) {
    const aiFace& face = mesh->mFaces[f];
    if (face.mNumIndices != 3 || !face.mIndices) continue;  // points and lines are not surfaces
    const unsigned a = face.mIndices[0], b = face.mIndices[1], c = face.mIndices[2];
    if (a >= mesh->mNumVertices || b >= mesh->mNumVertices || c >= mesh->mNumVertices) {
      ++dropped;
      continue;
    }
    const auto at = [&](unsigned i) { return static_cast<std::uint32_t>(base + i); };
    m.indices.insert(m.indices.end(), {at(a), t.mirrors ? at(c) : at(b), t.mirrors ? at(b) : at(c)});
  }
  appendMorphs(mesh, t, base, out, hasNormalDeltas);
}

ImportedMesh flattenNode(const aiScene* scene, const NodeInstance& inst, std::uint64_t& dropped) {
  ImportedMesh out;
  out.nodeName = usableName(inst.node->mName);
  const NodeTransform t = makeTransform(inst.transform);
  bool allNormals = true;
  std::vector<bool> hasNormalDeltas;
  for (unsigned i = 0; i < inst.node->mNumMeshes; ++i) {
    const aiMesh* mesh = meshAt(scene, inst.node, i);
    if (!mesh || triangleFaces(mesh) == 0) continue;
    if (out.meshName.empty()) out.meshName = usableName(mesh->mName);
    allNormals = allNormals && mesh->mNormals;
    appendMesh(mesh, t, out, hasNormalDeltas, dropped);
  }
  if (!allNormals) out.mesh.normals.clear();
  for (std::size_t k = 0; k < out.mesh.morphs.size(); ++k) {
    geometry::MorphTarget& morph = out.mesh.morphs[k];
    if (morph.name.empty()) morph.name = "morph_" + std::to_string(k);
    if (!hasNormalDeltas[k] || !allNormals) morph.normalDeltas.clear();
  }
  return out;
}

bool readNumber(const aiMetadata* meta, const char* key, double& value) {
  if (!meta || !meta->mKeys || !meta->mValues) return false;
  const aiMetadataEntry* entry = nullptr;
  for (unsigned i = 0; i < meta->mNumProperties && !entry; ++i)
    if (std::strcmp(meta->mKeys[i].C_Str(), key) == 0) entry = &meta->mValues[i];
  if (!entry || !entry->mData) return false;
  switch (entry->mType) {
    case AI_BOOL: value = *static_cast<const bool*>(entry->mData) ? 1.0 : 0.0; break;
    case AI_INT32: value = *static_cast<const std::int32_t*>(entry->mData); break;
    case AI_UINT64: value = static_cast<double>(*static_cast<const std::uint64_t*>(entry->mData)); break;
    case AI_FLOAT: value = *static_cast<const float*>(entry->mData); break;
    case AI_DOUBLE: value = *static_cast<const double*>(entry->mData); break;
    default: return false;
  }
  return std::isfinite(value);
}

SceneHints readHints(const aiScene* scene) {
  SceneHints hints;
  double axis = 0.0, sign = 0.0, scale = 0.0;
  if (readNumber(scene->mMetaData, "UpAxis", axis) && readNumber(scene->mMetaData, "UpAxisSign", sign)) {
    hints.hasUpAxis = true;
    hints.upAxis = static_cast<std::int32_t>(axis);
    hints.upAxisSign = sign < 0.0 ? -1 : 1;
  }
  if (readNumber(scene->mMetaData, "UnitScaleFactor", scale) && scale > 0.0) {
    hints.hasUnitScale = true;
    hints.unitScaleFactor = scale;
  }
  return hints;
}

// Assimp's messages are passed on, with the file's full path (already at the start of the
// LoadError) shortened to its name and the least readable ones put in plain words.
[[noreturn]] void throwAssimpError(std::string message, const std::string& path) {
  if (message.find("bad_alloc") != std::string::npos)
    throw ImportError("the importer ran out of memory while reading this file", ImportError::Kind::OutOfMemory);
  if (message.find("No suitable reader found") != std::string::npos)
    throw ImportError("the contents are not in any model format the importer recognises");
  if (message.find("Failed to determine STL storage representation") != std::string::npos)
    throw ImportError("the STL data is truncated or damaged (neither ASCII nor a binary file of the promised size)");
  const std::string name = std::filesystem::path(path).filename().string();
  for (std::size_t at = message.find(path); !path.empty() && at != std::string::npos; at = message.find(path, at))
    message.replace(at, path.size(), name);
  const std::string line = oneLine(message);
  throw ImportError(line.empty() ? "the importer could not read this file" : "the file could not be read: " + line);
}

// What the bounded file access refused explains a failed import better than Assimp's
// own message ("could not open referenced file", "model.dae is missing").
void explainRefusedFiles(const BoundedIoReport& io, std::uint64_t maxFileBytes) {
  if (!io.outsideFolder.empty())
    throw ImportError("it refers to '" + oneLine(io.outsideFolder, 120) +
                      "', outside the model's folder; only files beside the model are read");
  if (!io.tooLarge.empty())
    throw ImportError("'" + oneLine(std::filesystem::path(io.tooLarge).filename().string(), 120) +
                      "' is larger than the " + formatBytes(maxFileBytes) + " limit (it grew while being read, or it "
                      "is a file the model refers to)");
}

}  // namespace

ImportedScene importWithAssimp(const std::string& path, std::uint64_t maxTriangles, std::uint64_t maxFileBytes) {
  checkArchiveSize(path, maxFileBytes);
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  checkGltf(path, extension, maxTriangles);
  BoundedIoReport io;
  Assimp::Importer importer;
  importer.SetIOHandler(makeBoundedIoSystem(path, maxFileBytes, io));
  const aiScene* scene = importer.ReadFile(path, aiProcess_Triangulate);
  if (!scene) explainRefusedFiles(io, maxFileBytes);
  if (!io.tooLarge.empty()) explainRefusedFiles(io, maxFileBytes);  // a truncated read is not the file
  if (!scene) throwAssimpError(importer.GetErrorString(), path);
  ImportedScene out;
  if (!scene->mRootNode) return out;
  out.hints = readHints(scene);
  const std::vector<NodeInstance> nodes = meshNodes(scene);
  checkTriangleBudget(scene, nodes, maxTriangles);
  for (const NodeInstance& inst : nodes) {
    ImportedMesh mesh = flattenNode(scene, inst, out.droppedTriangles);
    if (!mesh.mesh.indices.empty()) out.meshes.push_back(std::move(mesh));
  }
  return out;
}

bool assimpReadsExtension(const std::string& extension) {
  std::string ext;
  for (unsigned char c : extension) ext += static_cast<char>(std::tolower(c));
  if (ext.size() < 2 || ext[0] != '.') return false;
  static const Assimp::Importer importer;  // building the importer list once is enough
  return importer.IsExtensionSupported(ext);
}

}  // namespace io::detail
