#!/usr/bin/env bash
# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures (once) and builds a CMake preset with both cores. Usage: scripts/build.sh [preset]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset=${1:-release}
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset"
fi
cmake --build --preset "$preset" -j2
