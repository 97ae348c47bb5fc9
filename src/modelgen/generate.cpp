#include "modelgen/generator.h"

#include "geometry/mesh_checks.h"

#include <algorithm>

#include <chrono>
#include <cstdio>

namespace modelgen {

namespace {

void printReport(const anatomy::Structure& s) {
  const geometry::MeshReport r = geometry::checkMesh(s.mesh);
  const geometry::Bounds b = s.mesh.bounds();
  const geometry::PrincipalExtents pe = geometry::principalExtents(s.mesh);
  std::fprintf(stderr,
               "    closed %d manifold %d oriented %d components %zu degenerate %zu volume %.0f area %.0f\n"
               "    box (%.1f %.1f %.1f)-(%.1f %.1f %.1f) principal %.1f x %.1f x %.1f\n",
               r.closed(), r.manifold(), r.oriented(), r.components, r.degenerateTriangles, r.signedVolume, r.area,
               b.min.x, b.min.y, b.min.z, b.max.x, b.max.y, b.max.z, pe.extents.x, pe.extents.y, pe.extents.z);
}

}  // namespace

anatomy::Atlas generateModel(const GenerateOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  const BoneShapes bones = buildBones();
  const SoftShapes soft = buildSoftTissue(bones);
  anatomy::Atlas atlas;
  atlas.title = "Right foot, ankle and lower limb (generated)";
  atlas.builtIn = true;
  for (const StructureSpec& spec : structureSpecs(bones, soft)) {
    if (!options.only.empty() && std::find(options.only.begin(), options.only.end(), spec.id) == options.only.end())
      continue;
    const auto t0 = std::chrono::steady_clock::now();
    atlas.structures.push_back(buildStructure(spec, options.threads));
    if (options.verbose) {
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr, "  %-28s %7zu triangles %2zu morphs %6.2f s\n", spec.id.c_str(),
                   atlas.structures.back().mesh.triangleCount(), atlas.structures.back().mesh.morphs.size(), s);
    }
    if (options.report) printReport(atlas.structures.back());
  }
  if (!options.only.empty()) return atlas;
  atlas.landmarks = computeLandmarks(atlas, bones, soft);
  atlas.joints = jointHierarchy();
  atlas.conditionMorphs = conditionMorphs();
  if (options.verbose) {
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "  total %zu triangles, %zu landmarks, %.1f s\n", atlas.triangleCount(), atlas.landmarks.size(), s);
  }
  return atlas;
}

}  // namespace modelgen
