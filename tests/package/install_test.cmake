# ctest "package.install": `cmake --install` into a fresh prefix, check the standard layout
# (binary, models, desktop file, icons, every lesson of models/lessons), then run the installed
# program from an unrelated working directory: --list-structures on a small file written
# here and on the built-in model, and a --screenshot when a display is available.
# Variables: BUILD_DIR, SOURCE_DIR, WORK_DIR (all absolute).
cmake_minimum_required(VERSION 3.18)

function(fail message)
  message(FATAL_ERROR "package.install: ${message}")
endfunction()

function(run_installed result_var)
  execute_process(COMMAND ${PREFIX}/bin/ankle-atlas ${ARGN}
                  WORKING_DIRECTORY ${ELSEWHERE}
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
  if(NOT code EQUAL 0)
    fail("`ankle-atlas ${ARGN}` from ${ELSEWHERE} exited with ${code}: ${err}")
  endif()
  set(${result_var} "${out}" PARENT_SCOPE)
endfunction()

# The installed program must find its own models, not ones named by the environment.
unset(ENV{ANKLE_ATLAS_MODELS})
set(PREFIX ${WORK_DIR}/prefix)
set(ELSEWHERE ${WORK_DIR}/elsewhere)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${ELSEWHERE})

execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  fail("cmake --install failed (${code}): ${err}")
endif()

set(expected
  bin/ankle-atlas
  share/applications/ankle-atlas.desktop
  share/icons/hicolor/scalable/apps/ankle-atlas.svg
  share/icons/hicolor/48x48/apps/ankle-atlas.png
  share/icons/hicolor/256x256/apps/ankle-atlas.png
  share/doc/ankle-atlas/copyright)
if(EXISTS ${SOURCE_DIR}/models/foot_ankle.glb)
  list(APPEND expected share/ankle-atlas/models/foot_ankle.glb)
endif()
if(EXISTS ${SOURCE_DIR}/models/foot_ankle.manifest.json)
  list(APPEND expected share/ankle-atlas/models/foot_ankle.manifest.json)
endif()
file(GLOB lessons RELATIVE ${SOURCE_DIR}/models/lessons ${SOURCE_DIR}/models/lessons/*.aalesson)
foreach(lesson ${lessons})
  list(APPEND expected share/ankle-atlas/lessons/${lesson})
endforeach()
foreach(f ${expected})
  if(NOT EXISTS ${PREFIX}/${f})
    fail("${f} is missing from the installed tree")
  endif()
endforeach()
if(EXISTS ${PREFIX}/share/ankle-atlas/models/lessons)
  fail("the lessons were installed twice (also under share/ankle-atlas/models/lessons)")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${PREFIX}/share/applications/ankle-atlas.desktop
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    fail("desktop-file-validate: ${out}${err}")
  endif()
endif()

# A user's file given by a relative path, read from the unrelated folder.
file(WRITE ${ELSEWHERE}/wedge.obj "o wedge\nv 0 0 0\nv 40 0 0\nv 0 30 0\nv 0 0 20\nf 1 3 2\nf 1 2 4\nf 1 4 3\nf 2 3 4\n")
run_installed(listing --list-structures wedge.obj)
if(NOT listing MATCHES "\"id\": *\"wedge\"")
  fail("--list-structures wedge.obj printed no structure 'wedge': ${listing}")
endif()

set(model_args wedge.obj)
if(EXISTS ${SOURCE_DIR}/models/foot_ankle.glb)
  run_installed(listing --list-structures)
  if(NOT listing MATCHES "\"id\": *\"calcaneus\"")
    fail("--list-structures on the built-in model lists no calcaneus")
  endif()
  set(model_args)
else()
  message(STATUS "models/foot_ankle.glb does not exist yet: built-in model check skipped")
endif()

if(DEFINED ENV{DISPLAY} AND NOT "$ENV{DISPLAY}" STREQUAL "")
  run_installed(out ${model_args} --screenshot shot.png --size 320x180 --samples 1)
  if(NOT EXISTS ${ELSEWHERE}/shot.png)
    fail("--screenshot reported success but wrote no ${ELSEWHERE}/shot.png")
  endif()
else()
  message(STATUS "no DISPLAY: installed --screenshot check skipped")
endif()
message(STATUS "package.install: installed tree at ${PREFIX} works from ${ELSEWHERE}")
