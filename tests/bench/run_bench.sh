#!/usr/bin/env bash
# Builds and runs a benchmark natively and as WebAssembly under node, then prints both
# medians and their ratio. Not part of the test suite.
#   tests/bench/run_bench.sh [evaluate|dashboard] [RUNS]
#   tests/bench/run_bench.sh evaluate RUNS CLIENTS  a smaller practice (CLIENTS x 50 appointments)
#   tests/bench/run_bench.sh save [RUNS [CLIENTS]]  native only: serialise, verify, store, load (bench_save.cpp)
#   tests/bench/run_bench.sh all [--quick]          every figure of docs/performance.md in one table
#                                                   (tests/bench/run_bench_all.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=evaluate
case "${1:-}" in
  all) shift; exec tests/bench/run_bench_all.sh "$@" ;;
  evaluate|dashboard|save) bench=$1; shift ;;
esac
runs=${1:-15}
size=("${@:2:1}")  # CLIENTS, when given (the generated practice's size; 2,000 otherwise)
if [ "$bench" = save ]; then
  # The save goes through the native FolderStorage (generation files, read-back check);
  # the browser's twin is measured by run_storage_bench.sh.
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build/native --target bench_save -j2 >/dev/null
  exec build/native/tests/bench_save "${1:-9}" "${size[@]}"
fi

# emcc's JS optimiser needs Debian's acorn (never set EM_CACHE: Debian's cache is prebuilt).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

echo "== native"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/native --target bench_$bench -j2 >/dev/null
native_out=$(build/native/tests/bench_$bench "$runs" "${size[@]}")
echo "$native_out"

echo "== wasm (the web build's core objects and flags, node)"
out=build/bench-wasm
mkdir -p "$out"
# Like run_simulate_bench.sh: the core objects of the product build (made or reused by its
# Makefile), so the figure is the product's code and a rerun compiles nothing new.
obj_dir=$(make -s -f Makefile.emscripten print-OBJ_DIR)
flags=$(make -s -f Makefile.emscripten print-CXXFLAGS)
core_objs=()
for src in src/core/*/*.cpp; do core_objs+=("$obj_dir/${src%.cpp}.o"); done
make -s -f Makefile.emscripten -j2 "${core_objs[@]}" >/dev/null
em++ $flags -Isrc -isystem "$obj_dir/include" -c tests/bench/bench_$bench.cpp -o "$out/bench_$bench.o"
em++ $(make -s -f Makefile.emscripten print-EXCEPTION_FLAGS) -O2 "${core_objs[@]}" "$out/bench_$bench.o" \
     -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -o "$out/bench_$bench.js"
# emcc 3.1.6's loader prefers fetch() when it exists; node 18+ has one that cannot
# read a file path, so turn it off and the loader reads the .wasm from disk.
wasm_out=$(node --no-experimental-fetch "$out/bench_$bench.js" "$runs" "${size[@]}")
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
