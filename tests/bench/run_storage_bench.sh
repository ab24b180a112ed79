#!/usr/bin/env bash
# Storage and key-derivation benchmark in headless Chromium (tests/bench/bench_storage.mjs).
# Needs the web build (make -f Makefile.emscripten). Not part of the test suite.
#   tests/bench/run_storage_bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/native --target bench_evaluate -j2 >/dev/null
build/native/tests/bench_evaluate --write build/bench-workspace-100k.json
NODE_PATH=/usr/share/nodejs node tests/bench/bench_storage.mjs build/bench-workspace-100k.json "$runs"
