#!/bin/sh
# Builds the libFuzzer targets of the archive parsers with clang in ./build-fuzz (its own build
# directory: everything there is compiled with coverage and AddressSanitizer) and runs each one
# briefly on the seeds in tests/fuzz/seeds. A crash fails the script and leaves the input in
# build-fuzz/crashes/.
set -eu
cd "$(dirname "$0")/.."
seconds="${HOLDFAST_FUZZ_SECONDS:-15}"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHOLDFAST_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j "${HOLDFAST_JOBS:-2}" --target holdfast_fuzzers
mkdir -p build-fuzz/crashes
status=0
for fuzzer in fuzz_archive_reader fuzz_x_archive fuzz_mastodon_export fuzz_dyi; do
    corpus="build-fuzz/corpus/$fuzzer"
    mkdir -p "$corpus"
    log="build-fuzz/$fuzzer.log"
    if ASAN_OPTIONS=detect_leaks=0 "build-fuzz/tests/fuzz/$fuzzer" -max_total_time="$seconds" \
        -max_len=65536 -rss_limit_mb=2048 -artifact_prefix=build-fuzz/crashes/ \
        "$corpus" "tests/fuzz/seeds/$fuzzer" >"$log" 2>&1; then
        echo "$fuzzer: $(grep -E '^#[0-9]+.*DONE' "$log" | tail -n 1)"
    else
        echo "$fuzzer FAILED:"
        tail -n 40 "$log"
        status=1
    fi
done
exit $status
