// libFuzzer target: io::applyManifestText on arbitrary text. Besides "no crash", it checks
// the reader's promises: a refused manifest leaves the atlas untouched and fails only with
// io::LoadError, and whatever it accepts, the writer's encoding of it is accepted again.
#include "io/manifest.h"
#include "io/model_loader.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// A few structures with the agreed ids, so that matching by id and morph names are exercised.
anatomy::Atlas baseAtlas() {
  anatomy::Atlas atlas;
  atlas.title = "fuzz";
  const char* ids[] = {"calcaneus", "talus", "achilles_tendon", "retrocalcaneal_bursa", "calcific_spur"};
  for (const char* id : ids) {
    anatomy::Structure s;
    s.id = id;
    s.name = id;
    s.mesh.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
    s.mesh.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    s.mesh.indices = {0, 1, 2};
    atlas.structures.push_back(std::move(s));
  }
  atlas.structures[4].mesh.morphs.push_back({"spur_growth", {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}}, {}});
  return atlas;
}

[[noreturn]] void broken(const char* promise, const std::string& detail) {
  std::fprintf(stderr, "manifest reader broke a promise: %s\n%s\n", promise, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const anatomy::Atlas base = baseAtlas();
  static const std::string baseText = io::encodeManifest(base, "fuzz.glb");
  const std::string text(reinterpret_cast<const char*>(data), size);
  anatomy::Atlas atlas = base;
  try {
    io::applyManifestText(text, "fuzz.manifest.json", atlas);
  } catch (const io::LoadError&) {
    if (io::encodeManifest(atlas, "fuzz.glb") != baseText) broken("a refused manifest leaves the atlas untouched", text);
    return 0;
  }
  // Accepted: our own writer's output for the result must read back.
  const std::string encoded = io::encodeManifest(atlas, "fuzz.glb");
  anatomy::Atlas again = base;
  try {
    io::applyManifestText(encoded, "encoded.manifest.json", again);
  } catch (const io::LoadError& e) {
    broken("what the writer encodes, the reader accepts", std::string(e.what()) + "\n" + encoded);
  }
  if (again.landmarks.size() != atlas.landmarks.size() || again.joints.size() != atlas.joints.size() ||
      again.conditionMorphs.size() != atlas.conditionMorphs.size())
    broken("a written manifest reads back with the same counts", encoded);
  return 0;
}
