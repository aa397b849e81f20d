#!/bin/sh
# One command for a fresh Debian 12 machine: install dependencies, build, run every test.
# Tests run in a private D-Bus session with an unlocked gnome-keyring and a throw-away HOME,
# so they use the real Secret Service without touching the user's own keyring.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
       XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run" LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS || true
exec dbus-run-session -- scripts/with-keyring.sh \
    ctest --test-dir build --output-on-failure --timeout 600 -j "${HOLDFAST_TEST_JOBS:-2}" "$@"
