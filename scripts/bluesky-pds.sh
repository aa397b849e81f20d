#!/bin/sh
# The real AT Protocol PDS (tests/servers/bluesky-pds) for the Bluesky end-to-end tests.
#   scripts/bluesky-pds.sh install      npm ci from the committed lock, only when node_modules is
#                                       missing or was installed from another lock (CI: always clean)
#   scripts/bluesky-pds.sh start DIR    starts it in the background (loopback, random ports), waits
#                                       for READY, prints DIR/pds-info.json; exits 1 if it fails
#   scripts/bluesky-pds.sh stop DIR     stops the one started with that DIR (by its pid)
set -eu
cd "$(dirname "$0")/.."
pds=tests/servers/bluesky-pds

case "${1:-}" in
install)
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        echo "bluesky-pds: node/npm not found; Bluesky end-to-end tests will not run" >&2
        exit 1
    fi
    lock=$(sha256sum "$pds/package-lock.json" | cut -d' ' -f1)
    if [ -f "$pds/node_modules/.holdfast-lock" ] && [ "$(cat "$pds/node_modules/.holdfast-lock")" = "$lock" ]; then
        exit 0
    fi
    echo "bluesky-pds: installing the test PDS (npm ci; compiles better-sqlite3, about 2 minutes)" >&2
    # node-gyp must build against the installed Node's headers instead of downloading them.
    if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node_version.h ]; then
        export npm_config_nodedir=/usr
    fi
    (cd "$pds" && npm_config_update_notifier=false npm ci --no-audit --no-fund --loglevel=error >&2)
    echo "$lock" > "$pds/node_modules/.holdfast-lock"
    ;;
start)
    dir=$2
    rm -f "$dir/pds-info.json"
    node "$pds/seed-server.mjs" --info "$dir/pds-info.json" > "$dir/pds.log" 2>&1 &
    echo $! > "$dir/pds.pid"
    i=0
    until grep -q '^READY' "$dir/pds.log" 2>/dev/null; do
        if ! kill -0 "$(cat "$dir/pds.pid")" 2>/dev/null || [ $i -gt 1200 ]; then
            echo "bluesky-pds: the test PDS did not start; its log:" >&2
            tail -n 40 "$dir/pds.log" >&2
            exit 1
        fi
        i=$((i+1)); sleep 0.1
    done
    echo "$dir/pds-info.json"
    ;;
stop)
    dir=$2
    [ -f "$dir/pds.pid" ] || exit 0
    pid=$(cat "$dir/pds.pid")
    kill "$pid" 2>/dev/null || exit 0
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 80 ]; do i=$((i+1)); sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$dir/pds.pid"
    ;;
*)
    echo "usage: $0 install | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
