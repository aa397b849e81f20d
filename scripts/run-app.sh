#!/bin/sh
# One command for a fresh Debian 12 machine: install dependencies, build, launch Holdfast.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/holdfast "$@"
