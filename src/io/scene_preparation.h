// Turning a freshly imported scene into what the atlas needs: bad triangles removed and
// counted, units and up axis decided and applied (millimetres, +Y up), normals present.
// Runs inside the isolated importer, so the parent receives compact, finished meshes.
#pragma once

#include "io/imported_scene.h"
#include "io/model_loader.h"

#include <string>

namespace io::detail {

// extension is the file's, lower case with the dot ("" if none). Fills scene.report.
// Throws ImportError when nothing usable is left (no triangles, all degenerate, too many).
void prepareScene(ImportedScene& scene, const std::string& extension, const LoadOptions& options);

// Checks a scene that came back from another process: finite coordinates and normals of the
// right size. Throws ImportError when it is not.
void verifyPreparedScene(const ImportedScene& scene);

}  // namespace io::detail
