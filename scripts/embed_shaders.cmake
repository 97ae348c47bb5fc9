# Embeds every shaders/*.vert and shaders/*.frag into one generated C++ file, so the
# installed program needs no shader files on disk.
function(aa_embed_shaders out)
  file(GLOB shader_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/shaders/*.vert ${CMAKE_SOURCE_DIR}/shaders/*.frag)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DSHADER_DIR=${CMAKE_SOURCE_DIR}/shaders
            -P ${CMAKE_SOURCE_DIR}/scripts/embed_shaders_run.cmake
    DEPENDS ${shader_files} ${CMAKE_SOURCE_DIR}/scripts/embed_shaders_run.cmake
    COMMENT "Embedding shaders")
endfunction()
