#!/bin/sh
# Configures and builds Holdfast into ./build (Release with debug info, Ninja, 2 jobs).
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "${HOLDFAST_JOBS:-2}"
