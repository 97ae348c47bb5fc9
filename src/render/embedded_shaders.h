// Shader sources compiled into the binary at build time (see scripts/embed_shaders.cmake),
// keyed by file name, e.g. "mesh.frag".
#pragma once

#include <map>
#include <string>

namespace render {
const std::map<std::string, std::string>& embeddedShaders();
}
