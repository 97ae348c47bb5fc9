// How the model-loader fuzz target turns one input into a file on disk: the first byte
// chooses the extension (and the --up/--units overrides), the rest is the file. Shared by
// the target and by the seed writer so that seeds start with the right byte.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace fuzz {

// The formats issue 2 promises, so each importer Assimp uses for them gets exercised.
inline constexpr std::array<const char*, 8> kModelExtensions = {".obj", ".stl", ".ply", ".gltf",
                                                                 ".glb", ".off", ".dae", ".fbx"};

// Small inputs only: the loader's own size limit is tested elsewhere, and big inputs just
// slow the fuzzer down.
inline constexpr std::size_t kMaxModelInputBytes = 256 * 1024;

// Selector byte layout: bits 0-2 format, bits 3-5 up axis (0-6 = LoadOptions' enum order
// Auto..NegX, 7 = Auto), bits 6-7 units (0 Auto, 1 mm, 2 m, 3 in).
inline constexpr std::uint8_t kAutoFrameBits = 7u << 3;

inline std::uint8_t selectorFor(std::size_t formatIndex) {
  return static_cast<std::uint8_t>(formatIndex | kAutoFrameBits);
}

inline int formatIndexOf(std::uint8_t selector) { return selector & 7; }
inline int upIndexOf(std::uint8_t selector) { return (selector >> 3) & 7; }
inline int unitsIndexOf(std::uint8_t selector) { return selector >> 6; }

// Index into kModelExtensions for a file name such as "tetra.obj"; -1 when none matches.
inline int formatIndexForName(const std::string& name) {
  for (std::size_t i = 0; i < kModelExtensions.size(); ++i) {
    const std::string ext = kModelExtensions[i];
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0)
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace fuzz
