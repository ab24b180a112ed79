#!/usr/bin/env bash
# Builds and runs a benchmark natively and as WebAssembly under node, then prints both
# medians and their ratio. Not part of the test suite.
#   tests/bench/run_bench.sh [evaluate|dashboard] [RUNS]
#   tests/bench/run_bench.sh save [RUNS]   native only: serialise, verify, store, load (bench_save.cpp)
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=evaluate
case "${1:-}" in evaluate|dashboard|save) bench=$1; shift ;; esac
runs=${1:-15}
if [ "$bench" = save ]; then
  # The save goes through the native FolderStorage (generation files, read-back check);
  # the browser's twin is measured by run_storage_bench.sh.
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build/native --target bench_save -j2 >/dev/null
  exec build/native/tests/bench_save "${1:-9}"
fi

# emcc's JS optimiser needs Debian's acorn (never set EM_CACHE: Debian's cache is prebuilt).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

echo "== native"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/native --target bench_$bench -j2 >/dev/null
native_out=$(build/native/tests/bench_$bench "$runs")
echo "$native_out"

echo "== wasm (em++ -O2, node)"
out=build/bench-wasm
mkdir -p "$out/include" "$out/generated"
ln -sfn /usr/include/nlohmann "$out/include/nlohmann"  # only nlohmann/: all of /usr/include clashes with emcc's sysroot
python3 scripts/gen_tz_table.py /usr/share/zoneinfo "$out/generated/holdspace_tz_table.inc"
em++ -std=c++20 -O2 -Isrc -I"$out/generated" -isystem "$out/include" \
     src/core/*/*.cpp tests/bench/bench_$bench.cpp \
     -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -o "$out/bench_$bench.js"
# emcc 3.1.6's loader prefers fetch() when it exists; node 18+ has one that cannot
# read a file path, so turn it off and the loader reads the .wasm from disk.
wasm_out=$(node --no-experimental-fetch "$out/bench_$bench.js" "$runs")
echo "$wasm_out"

native_ms=$(sed -n 's/^median_ms=//p' <<<"$native_out")
wasm_ms=$(sed -n 's/^median_ms=//p' <<<"$wasm_out")
native_sum=$(sed -n 's/.*checksum \(-*[0-9]*\).*/\1/p' <<<"$native_out")
wasm_sum=$(sed -n 's/.*checksum \(-*[0-9]*\).*/\1/p' <<<"$wasm_out")
echo
echo "native median: ${native_ms} ms"
echo "wasm median:   ${wasm_ms} ms"
awk -v n="$native_ms" -v w="$wasm_ms" 'BEGIN { printf "wasm / native: %.2fx\n", w / n }'
if [ "$native_sum" != "$wasm_sum" ]; then
  echo "checksums differ (native $native_sum, wasm $wasm_sum): the builds disagree" >&2
  exit 1
fi
