#!/bin/sh
# One command for a fresh Debian 12 machine: install dependencies, build, run every test.
# Tests run in a private D-Bus session with an unlocked gnome-keyring and a throw-away HOME,
# so they use the real Secret Service without touching the user's own keyring.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
scripts/fuzz.sh        # the archive parsers' libFuzzer targets, briefly (clang, build-fuzz/)
# The Bluesky end-to-end tests run against a real PDS (Node): installed from its lock file only
# when that changed, started once for the whole run, stopped on exit.
pds_ok=true
scripts/bluesky-pds.sh install || pds_ok=false
sandbox=$(mktemp -d)
trap 'scripts/bluesky-pds.sh stop "$sandbox"; rm -rf "$sandbox"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if $pds_ok && info=$(scripts/bluesky-pds.sh start "$sandbox"); then
    export HOLDFAST_TEST_PDS_INFO="$info"
fi
export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
       XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run" LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS || true
# Not exec: the EXIT trap must still stop the PDS and remove the sandbox.
status=0
dbus-run-session -- scripts/with-keyring.sh \
    ctest --test-dir build --output-on-failure --timeout 600 -j "${HOLDFAST_TEST_JOBS:-2}" "$@" || status=$?
exit $status
