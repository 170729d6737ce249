# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake -DBUILD_DIR=<build folder> -DPREFIX=<scratch folder> [-DCONFIG=<configuration>] -P installcheck.cmake
# Installs BUILD_DIR into PREFIX and fails unless the client, the server, the desktop entry and the icon are where
# the packages (cmake/Packaging.cmake) and desktop menus expect them.

foreach(variable BUILD_DIR PREFIX)
    if(NOT ${variable})
        message(FATAL_ERROR "installcheck.cmake needs -D${variable}=...")
    endif()
endforeach()

# A fresh prefix every run: files left by an earlier install must not make the check pass.
file(REMOVE_RECURSE "${PREFIX}")
set(config_arguments)
if(CONFIG)
    set(config_arguments --config "${CONFIG}")
endif()
execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_arguments}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "`cmake --install ${BUILD_DIR} --prefix ${PREFIX}` failed (${result}); "
        "is the build complete?\n${output}")
endif()

set(expected
    "bin/frontline|the client"
    "bin/frontline-server|the server"
    "share/applications/frontline.desktop|the desktop entry"
    "share/icons/hicolor/scalable/apps/frontline.svg|the icon that Icon=frontline names")
set(missing)
foreach(entry IN LISTS expected)
    string(REPLACE "|" ";" entry "${entry}")
    list(GET entry 0 path)
    list(GET entry 1 what)
    if(NOT EXISTS "${PREFIX}/${path}" OR IS_DIRECTORY "${PREFIX}/${path}")
        string(APPEND missing "\n  ${path} (${what})")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "The install in ${PREFIX} lacks:${missing}\nInstalled files:\n${output}")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
    execute_process(
        COMMAND "${DESKTOP_FILE_VALIDATE}" "${PREFIX}/share/applications/frontline.desktop"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "desktop-file-validate rejects share/applications/frontline.desktop:\n${output}")
    endif()
    if(output)
        message(STATUS "desktop-file-validate accepts the desktop entry, with remarks:\n${output}")
    else()
        message(STATUS "desktop-file-validate accepts the desktop entry")
    endif()
else()
    message(STATUS "desktop-file-validate is not installed (Debian: desktop-file-utils); "
        "the desktop entry's validation is skipped")
endif()

# The copies are large (the binaries carry debug information); a failed run keeps them to look at.
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "The install holds the client, the server, the desktop entry and the icon")
