#!/bin/sh
# Installs what Holdfast needs to build, run and test on Debian 12 (as root, or via sudo).
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
PACKAGES="cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-httpserver-dev qt6-charts-dev libqt6opengl6-dev
  qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qtkeychain-qt6-dev
  libsqlite3-dev libarchive-dev libssl-dev openssl libgl1-mesa-dev
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth xdg-utils
  chromium poppler-utils unzip
  fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
  clang libclang-rt-14-dev"
# The Bluesky tests' PDS runs on Node; keep a Node that is already there (e.g. from NodeSource,
# which brings its own npm and conflicts with Debian's npm package). python3/make: node-gyp.
PACKAGES="$PACKAGES python3 make"
command -v node >/dev/null 2>&1 || PACKAGES="$PACKAGES nodejs libnode-dev"
command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES npm"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
