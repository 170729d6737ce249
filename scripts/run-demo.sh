#!/usr/bin/env bash
# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets everything up, builds, and starts Frontline on generated demo data.
# Extra arguments go to the client, e.g. --language zh_CN or --tickets 100000.
#
# Without a display (a server or container), Qt's offscreen platform is used and the window is saved
# as a picture instead: build/frontline-demo.png.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
scripts/build.sh release

client=build/release/app/frontline
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-demo: no display found; rendering the window offscreen to build/frontline-demo.png"
    QT_QPA_PLATFORM=offscreen exec "$client" --demo --screenshot build/frontline-demo.png "$@"
fi
exec "$client" --demo "$@"
