# Checks the #include lines under a source tree against the layer table below, so a
# wrong-way include fails the build (every layer library depends on this check) and ctest.
# Every target sees all of src/ and the system headers, so the compiler alone would not notice.
#
#   cmake -DSOURCE_DIR=src -P check_layers.cmake                 fails on any violation
#   cmake -DSOURCE_DIR=fixture/src -DEXPECT=expected.txt -P ...   passes only when the
#       violations found are exactly the lines of expected.txt (tests the check itself)
#
# A new folder under src/ must be added to the table: an unknown layer is itself a violation.

cmake_minimum_required(VERSION 3.18)  # IN_LIST, and the same policies as the build

# Layers each layer may include (its own is always allowed). The top is app; anatomy and
# geometry are the core and know nothing of windows, OpenGL, ImGui or Assimp.
set(layers geometry anatomy io render ui app modelgen)
set(uses_geometry "")
set(uses_anatomy geometry)
set(uses_io anatomy geometry)
set(uses_render anatomy geometry)
set(uses_ui render anatomy geometry)
set(uses_app ui render io anatomy geometry)
set(uses_modelgen io anatomy geometry)

# External headers by library (first matching pattern wins) and which layers may use each.
# std: the C++ standard library; system: C and POSIX headers.
set(libraries glm meshoptimizer opengl imgui glfw assimp json cli11 zlib stb cairo std system)
set(pattern_glm "^glm/")
set(pattern_meshoptimizer "^meshoptimizer\\.h$")
set(pattern_opengl "^(epoxy|GL|GLES[0-9]*|KHR)/")
set(pattern_imgui "^(imgui[a-z_]*\\.h|backends/imgui)")
set(pattern_glfw "^GLFW/")
set(pattern_assimp "^assimp/")
set(pattern_json "^nlohmann/")
set(pattern_cli11 "^CLI/")
set(pattern_zlib "^zlib\\.h$")
set(pattern_stb "^stb[a-z_]*\\.h$")
set(pattern_cairo "^cairo(-[a-z]+)?\\.h$")
set(pattern_std "^[a-z_]+$")
set(pattern_system "^(sys/|arpa/|netinet/)?[a-z_0-9]+\\.h$")
set(externals_geometry std glm meshoptimizer)
set(externals_anatomy std glm)
set(externals_io std system glm meshoptimizer assimp json zlib stb)
set(externals_render std glm opengl)
set(externals_ui std glm opengl imgui glfw)
set(externals_app std system glm imgui glfw json cli11 stb cairo)  # no OpenGL: it stays in render
set(externals_modelgen std system glm json)

get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
if(NOT IS_DIRECTORY "${SOURCE_DIR}")
  message(FATAL_ERROR "check_layers: SOURCE_DIR '${SOURCE_DIR}' is not a folder")
endif()

function(library_of header out)
  foreach(lib IN LISTS libraries)
    if(header MATCHES "${pattern_${lib}}")
      set(${out} ${lib} PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()

# Appends to `violations` (in the caller) what is wrong with one include of a file in `layer`.
function(check_include file layer header quoted)
  string(REGEX MATCH "^[^/]+" first "${header}")
  if(header MATCHES "(^|/)\\.\\.(/|$)")
    list(APPEND violations "${file}: ${header} climbs out of its folder (name the layer instead)")
  elseif(first IN_LIST layers AND header MATCHES "/")
    if(NOT first STREQUAL layer AND NOT first IN_LIST uses_${layer})
      list(APPEND violations "${file}: ${layer} may not include ${header} (layer ${first})")
    endif()
  elseif(NOT quoted)
    library_of("${header}" lib)
    if(lib STREQUAL "")
      list(APPEND violations "${file}: <${header}> belongs to no library in the layer table")
    elseif(NOT lib IN_LIST externals_${layer})
      list(APPEND violations "${file}: ${layer} may not include <${header}> (${lib})")
    endif()
  endif()
  # A quoted name without a layer folder is a file beside this one: same layer.
  set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(violations "")
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.hpp" "${SOURCE_DIR}/*.cpp"
     "${SOURCE_DIR}/*.cc" "${SOURCE_DIR}/*.inl")
list(SORT files)
foreach(file IN LISTS files)
  string(REGEX MATCH "^[^/]+" layer "${file}")
  if(NOT file MATCHES "/")
    list(APPEND violations "${file}: a source file outside every layer folder")
    continue()
  elseif(NOT layer IN_LIST layers)
    list(APPEND violations "${file}: src/${layer} is not in the layer table (tests/layering/check_layers.cmake)")
    continue()
  endif()
  file(STRINGS "${SOURCE_DIR}/${file}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(line IN LISTS lines)
    if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
      check_include("${file}" "${layer}" "${CMAKE_MATCH_1}" TRUE)
    elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>")
      check_include("${file}" "${layer}" "${CMAKE_MATCH_1}" FALSE)
    else()
      list(APPEND violations "${file}: an include this check cannot read: ${line}")
    endif()
  endforeach()
endforeach()

if(DEFINED EXPECT)
  file(STRINGS "${EXPECT}" expected)
  list(SORT expected)
  list(SORT violations)
  if(NOT expected STREQUAL violations)
    string(REPLACE ";" "\n  " got "${violations}")
    string(REPLACE ";" "\n  " want "${expected}")
    message(FATAL_ERROR "check_layers found:\n  ${got}\nexpected:\n  ${want}")
  endif()
  list(LENGTH violations count)
  message(STATUS "check_layers: the ${count} planted wrong-way includes were found, nothing else")
elseif(violations)
  list(LENGTH violations count)
  string(REPLACE ";" "\n  " text "${violations}")
  message(FATAL_ERROR "check_layers: ${count} include(s) break the layering (the table is in "
                      "tests/layering/check_layers.cmake):\n  ${text}")
else()
  list(LENGTH files count)
  message(STATUS "check_layers: ${count} files, every include goes the allowed way")
endif()
