#!/usr/bin/env bash
# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets everything up, builds, and runs the whole test suite with CTest.
# GUI tests use Qt's offscreen platform, so no display is needed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$(date +%s)
scripts/setup.sh
scripts/build.sh release
export QT_QPA_PLATFORM=offscreen
ctest --preset release
echo "run-tests: finished in $(( $(date +%s) - started )) s"
