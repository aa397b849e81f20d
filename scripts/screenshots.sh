#!/bin/sh
# Takes the README screenshots: backs up the local Mastodon test server through the real
# window and saves pictures of the main views into docs/screenshots/. Uses a private D-Bus
# session with an unlocked gnome-keyring and a throw-away HOME, like scripts/run-tests.sh.
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -eu
cd "$(dirname "$0")/.."
build="${1:-build}"
# The pictures show German, CJK and emoji text: without these fonts they show empty boxes.
fonts="fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji"
missing=""
for p in $fonts; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "screenshots: installing fonts:$missing" >&2
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
cmake --build "$build" --target holdfast-screenshots
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
export HOME="$sandbox/home" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" \
       XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/run" LC_ALL=C.UTF-8 \
       QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS || true
exec dbus-run-session -- scripts/with-keyring.sh \
    "$build/tests/unit/ui/holdfast-screenshots" docs/screenshots
