#!/usr/bin/env bash
# SPDX-FileCopyrightText: Frontline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets everything up, builds, starts a frontline-server on 127.0.0.1 with generated demo data, and a
# Frontline client signed in to it as the demo agent "demo" — live sync from the first minute.
#   --tickets N, --seed N   size and seed of the server's demo data (default 600 tickets)
#   --local                 no server: the client works on demo data in a local cache only
# Other arguments go to the client, e.g. --language zh_CN.
#
# Without a display (a server or container), Qt's offscreen platform is used and the window is saved
# as a picture instead: build/frontline-demo.png.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
scripts/build.sh release

client=build/release/app/frontline
server=build/release/server/frontline-server
tickets=600
seed=20261123
local_only=0
client_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --tickets) tickets=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --local) local_only=1; shift ;;
        *) client_args+=("$1"); shift ;;
    esac
done

headless=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-demo: no display found; rendering the window offscreen to build/frontline-demo.png"
    export QT_QPA_PLATFORM=offscreen
    client_args+=(--screenshot build/frontline-demo.png)
    headless=1
fi

if [ "$local_only" = 1 ]; then
    exec "$client" --demo --tickets "$tickets" --seed "$seed" "${client_args[@]}"
fi

# The demo server's data: generated once per size and seed, anew after six hours (SLA times stay current).
data="${XDG_DATA_HOME:-$HOME/.local/share}/Frontline/demo-server/$tickets-$seed"
if [ -d "$data" ] && [ -n "$(find "$data" -maxdepth 0 -mmin +360)" ]; then
    rm -rf "$data"
fi
if [ ! -f "$data/frontline-server.sqlite" ]; then
    echo "run-demo: generating $tickets demo tickets for the server in $data"
    mkdir -p "$data"
    "$server" init --data-dir "$data" >/dev/null
    "$server" demo-data --tickets "$tickets" --seed "$seed" --data-dir "$data" >/dev/null
fi

# A free port on 127.0.0.1, from 8765 up.
port=8765
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    port=$((port + 1))
done
"$server" serve --data-dir "$data" --listen 127.0.0.1 --port "$port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
echo "run-demo: frontline-server listens on ws://127.0.0.1:$port; signing in as \"demo\" (password frontline-demo)"

status=0
FRONTLINE_PASSWORD=frontline-demo "$client" --server "ws://127.0.0.1:$port" --user demo "${client_args[@]}" || status=$?
[ "$headless" = 1 ] && echo "run-demo: the window was saved to build/frontline-demo.png"
exit $status
