# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Packages of the whole install (client, server, desktop entry, icon, documents): `cpack -G DEB` and `cpack -G TGZ`
# in a build folder. Included last from the top-level CMakeLists.txt: CPack packs the install rules defined before it.

set(CPACK_PACKAGE_NAME frontline)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Frontline contributors")
set(CPACK_PACKAGE_CONTACT "Frontline contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, in lines of under 80 characters as Debian wants them (without it, CPack would put its
# generic template text into the .deb).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A native desktop workstation for customer-service agents and team leads\n"
    "(frontline), and the central server it syncs with (frontline-server). The\n"
    "client keeps working from a local SQLite cache when the network or the server\n"
    "is down. English, Simplified Chinese and Traditional Chinese.")
set(CPACK_GENERATOR DEB TGZ)
# RelWithDebInfo binaries are mostly debug information; the packages ship them stripped.
set(CPACK_STRIP_FILES ON)

# Debian keeps a package's documents in /usr/share/doc/<package>; GNUInstallDirs would name the folder after the
# project ("Frontline"). A CMAKE_INSTALL_DOCDIR given on the command line wins.
include(GNUInstallDirs)
if("$CACHE{CMAKE_INSTALL_DOCDIR}" STREQUAL "")
    set(CMAKE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/${CPACK_PACKAGE_NAME})
endif()
# Only the documents that exist (checked when CMake configures: re-run it after adding one).
foreach(document README.md LICENSE LICENSE.md LICENSE.txt COPYING COPYING.md NOTICE AUTHORS)
    if(EXISTS ${PROJECT_SOURCE_DIR}/${document})
        install(FILES ${PROJECT_SOURCE_DIR}/${document} DESTINATION ${CMAKE_INSTALL_DOCDIR})
    endif()
endforeach()

# Debian: dpkg-shlibdeps (package dpkg-dev) derives the shared-library dependencies from the binaries. The plugins
# Qt loads at run time are not linked, so they are named here: the client's cache and the server's default storage
# cannot open without the SQLite driver; PostgreSQL storage, Qt's own translations and the SVG window icon are
# optional.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, libqt6svg6")

# `cpack --config CPackSourceConfig.cmake`: the sources without build folders and Git's data. The regular
# expressions are written into CPack's configuration files as they are, hence the doubled escapes.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/\\\\.cache/")

include(CPack)
