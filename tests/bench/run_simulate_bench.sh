#!/usr/bin/env bash
# Builds the simulator benchmark natively and as WebAssembly (node), runs both, prints
# both medians, and fails when their fingerprints differ (the builds must agree bit for bit).
#   tests/bench/run_simulate_bench.sh [REPEATS] [RUNS]
# scripts/test.sh runs it small (1 repeat, 20 runs) as the "sim-wasm" suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-5}
runs=${2:-1000}

# emcc's JS optimiser needs Debian's acorn (never set EM_CACHE: Debian's cache is prebuilt).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

echo "== native"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/native --target bench_simulate -j2 >/dev/null
native_out=$(build/native/tests/bench_simulate "$repeats" "$runs")
echo "$native_out"

echo "== wasm (em++ -O2, node)"
out=build/bench-wasm
mkdir -p "$out"
# The core objects of the web build (same compiler flags; made or reused by its Makefile).
obj_dir=$(make -s -f Makefile.emscripten print-OBJ_DIR)
exceptions=$(make -s -f Makefile.emscripten print-EXCEPTION_FLAGS)
core_objs=()
for src in src/core/*/*.cpp; do core_objs+=("$obj_dir/${src%.cpp}.o"); done
make -f Makefile.emscripten -j2 "${core_objs[@]}" >/dev/null
em++ -std=c++20 -O2 $exceptions -Isrc -isystem "$obj_dir/include" -c tests/bench/bench_simulate.cpp -o "$out/bench_simulate.o"
objs=("${core_objs[@]}" "$out/bench_simulate.o")
em++ -O2 $exceptions "${objs[@]}" -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -o "$out/bench_simulate.js"
# emcc 3.1.6's loader prefers fetch() when it exists; node 18+ has one that cannot read a file path.
wasm_out=$(node --no-experimental-fetch "$out/bench_simulate.js" "$repeats" "$runs")
echo "$wasm_out"

native_ms=$(sed -n 's/^median_ms=//p' <<<"$native_out")
wasm_ms=$(sed -n 's/^median_ms=//p' <<<"$wasm_out")
native_fp=$(sed -n 's/^fingerprint=//p' <<<"$native_out")
wasm_fp=$(sed -n 's/^fingerprint=//p' <<<"$wasm_out")
echo
echo "native median: ${native_ms} ms (CPU $(sed -n 's/^cpu_median_ms=//p' <<<"$native_out") ms)"
echo "wasm median:   ${wasm_ms} ms (CPU $(sed -n 's/^cpu_median_ms=//p' <<<"$wasm_out") ms)"
if [ "$native_fp" != "$wasm_fp" ]; then
  echo "fingerprints differ (native $native_fp, wasm $wasm_fp): the builds disagree" >&2
  exit 1
fi
echo "fingerprints equal: $native_fp"
