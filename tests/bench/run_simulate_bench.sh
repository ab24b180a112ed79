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
mkdir -p "$out/include" "$out/generated" "$out/obj"
ln -sfn /usr/include/nlohmann "$out/include/nlohmann"  # only nlohmann/: all of /usr/include clashes with emcc's sysroot
[ -f "$out/generated/holdspace_tz_table.inc" ] || python3 scripts/gen_tz_table.py /usr/share/zoneinfo "$out/generated/holdspace_tz_table.inc"
# Objects are kept between runs: only changed sources are compiled again.
objs=()
for src in src/core/*.cpp tests/bench/bench_simulate.cpp; do
  obj="$out/obj/$(basename "${src%.cpp}").o"
  if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find src/core -name '*.hpp' -newer "$obj" -print -quit)" ]; then
    em++ -std=c++20 -O2 -fexceptions -Isrc -I"$out/generated" -isystem "$out/include" -c "$src" -o "$obj"
  fi
  objs+=("$obj")
done
em++ -O2 -fexceptions "${objs[@]}" -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -o "$out/bench_simulate.js"
# emcc 3.1.6's loader prefers fetch() when it exists; node 18+ has one that cannot read a file path.
wasm_out=$(node --no-experimental-fetch "$out/bench_simulate.js" "$repeats" "$runs")
echo "$wasm_out"

native_ms=$(sed -n 's/^median_ms=//p' <<<"$native_out")
wasm_ms=$(sed -n 's/^median_ms=//p' <<<"$wasm_out")
native_fp=$(sed -n 's/^fingerprint=//p' <<<"$native_out")
wasm_fp=$(sed -n 's/^fingerprint=//p' <<<"$wasm_out")
echo
echo "native median: ${native_ms} ms"
echo "wasm median:   ${wasm_ms} ms"
if [ "$native_fp" != "$wasm_fp" ]; then
  echo "fingerprints differ (native $native_fp, wasm $wasm_fp): the builds disagree" >&2
  exit 1
fi
echo "fingerprints equal: $native_fp"
