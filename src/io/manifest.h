// The built-in model's manifest (JSON beside the .glb, millimetres, model frame): names,
// categories and sides of structures, landmarks, the joint hierarchy, and which morph
// targets each condition drives. Reading never trusts the file; writing is deterministic.
#pragma once

#include "anatomy/atlas.h"

#include <string>

namespace io {

inline constexpr const char* kManifestFormat = "ankle-atlas-manifest";
inline constexpr int kManifestVersion = 1;

// Reads the manifest and fills atlas: structure names/categories/sides (matched by id),
// title, landmarks, joints and condition morphs (these three are replaced). Throws
// io::LoadError (model_loader.h) with the path and the reason; atlas is untouched then.
void applyManifest(const std::string& manifestPath, anatomy::Atlas& atlas);

// Same, from text already in memory (path is only used in error messages).
void applyManifestText(const std::string& text, const std::string& path, anatomy::Atlas& atlas);

// The manifest for atlas as JSON text (numbers rounded to 0.001 mm, fixed key order).
std::string encodeManifest(const anatomy::Atlas& atlas, const std::string& modelFileName);

// Writes encodeManifest to path; throws std::runtime_error naming the path on failure.
void writeManifest(const std::string& path, const anatomy::Atlas& atlas, const std::string& modelFileName);

}  // namespace io
