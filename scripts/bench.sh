#!/bin/sh
# Runs the Holdfast benchmarks (tests/bench, figures in docs/PERFORMANCE.md):
#   scripts/bench.sh [--sizes 10k,100k,1m] [--output FILE.md] [--json FILE] [holdfast-bench options]
# Builds holdfast-bench in Release into ./build-bench, keeps generated archives and stores in
# ./build-bench/bench-work (about 3 GB at 1M items), prints a Markdown table.
set -eu
cd "$(dirname "$0")/.."
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release $launcher >&2
cmake --build build-bench -j "${HOLDFAST_JOBS:-2}" --target holdfast-bench fake-mastodon-server >&2
echo "load before: $(uptime)" >&2
build-bench/tests/bench/holdfast-bench --work build-bench/bench-work "$@"
echo "load after: $(uptime)" >&2
