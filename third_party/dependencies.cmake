# Finds every system package the build uses (all from Debian 12; see README.md in
# this folder for the package names and licences). Nothing is vendored.
find_package(PkgConfig REQUIRED)
find_package(glfw3 3.3 REQUIRED)
find_package(glm REQUIRED)
find_package(assimp REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(ZLIB REQUIRED)  # PNG screenshots (src/io/png_writer.cpp)
# Debian's libmeshoptimizer-dev ships a CMake package (meshoptimizer::meshoptimizer), no .pc.
find_package(meshoptimizer 0.18 REQUIRED)
# Debian's libimgui-dev ships only a pkg-config file; its libimgui.a already holds the
# GLFW and OpenGL3 backends.
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
pkg_check_modules(EPOXY REQUIRED IMPORTED_TARGET epoxy)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)  # the patient handout (PDF, PNG)
if(NOT TARGET glm::glm AND TARGET glm)
  add_library(glm::glm ALIAS glm)
endif()
