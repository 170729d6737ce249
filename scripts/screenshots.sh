#!/usr/bin/env bash
# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Makes the README's screenshots from the real client on Qt's offscreen platform: signed in to a
# frontline-server with demo data (English, Simplified and Traditional Chinese), then the same cache with
# the server gone (the offline state). Expects a release build (scripts/build.sh release).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
client=build/release/app/frontline
server=build/release/server/frontline-server
out=docs/screenshots
work=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$out"

"$server" init --data-dir "$work/server" >/dev/null
"$server" demo-data --tickets 600 --seed 20261123 --data-dir "$work/server" >/dev/null
port=8765
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
done
"$server" serve --data-dir "$work/server" --listen 127.0.0.1 --port "$port" >/dev/null 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done

shot() {  # language, file
    FRONTLINE_PASSWORD=frontline-demo "$client" --server "ws://127.0.0.1:$port" --user demo --language "$1" \
        --screenshot "$out/$2"
}
shot en main-window-en.png
shot zh_CN main-window-zh_CN.png
shot zh_TW main-window-zh_TW.png
for language in en zh_CN; do  # the demo's team lead, 王芳
    FRONTLINE_PASSWORD=frontline-demo "$client" --server "ws://127.0.0.1:$port" --user lead --language "$language" \
        --dashboard --screenshot "$out/dashboard-$language.png"
done

kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
shot en main-window-offline.png
