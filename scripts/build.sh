#!/bin/sh
# Configures and builds Holdfast into ./build (Release with debug info, Ninja, 2 jobs).
set -eu
cd "$(dirname "$0")/.."
# ccache, where a developer has it, makes rebuilds in fresh clones cheap; CI has none.
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher
cmake --build build -j "${HOLDFAST_JOBS:-2}"
