# Install layout and the Debian package (included from the top-level CMakeLists.txt).
#   bin/ankle-atlas                       shaders are embedded, so nothing else is needed
#   share/ankle-atlas/models, lessons     found next to the binary via ../share/ankle-atlas
#   share/applications/ankle-atlas.desktop and share/icons/hicolor/*/apps/ankle-atlas.*
# `cpack -G DEB` in the build folder makes the .deb; dpkg-shlibdeps fills in Depends.
include(GNUInstallDirs)
set(AA_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/scripts/packaging)

install(TARGETS ankle-atlas RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The lessons live in models/lessons in the source tree (they name the built-in model's
# structures) and are installed beside the models in share/ankle-atlas/lessons.
install(DIRECTORY models/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ankle-atlas/models PATTERN lessons EXCLUDE)
install(DIRECTORY models/lessons/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ankle-atlas/lessons
        FILES_MATCHING PATTERN "*.aalesson")
install(FILES ${AA_PACKAGING_DIR}/ankle-atlas.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${AA_PACKAGING_DIR}/ankle-atlas.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 48 128 256)
  install(FILES ${AA_PACKAGING_DIR}/icons/ankle-atlas-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ankle-atlas.png)
endforeach()
install(FILES ${AA_PACKAGING_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME ankle-atlas)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Ankle Atlas project")
set(CPACK_PACKAGE_CONTACT "Ankle Atlas maintainers <maintainers@ankle-atlas.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "interactive 3D atlas of the foot, ankle and Achilles tendon")
set(CPACK_PACKAGE_DESCRIPTION
    "Ankle Atlas shows a 3D model of the foot, ankle and lower limb for teaching and for explaining\n"
    "a patient's heel: the Achilles tendon insertion, the bursae, Haglund's deformity and an\n"
    "insertional calcific spur. It also opens OBJ, STL, PLY, glTF, FBX and DAE files.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The library dependencies come from dpkg-shlibdeps; Mesa's drivers are loaded at run time,
# so dpkg cannot see them: without a GPU driver, llvmpipe from libgl1-mesa-dri does the work.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xvfb")
include(CPack)
