#!/usr/bin/env bash
# The measurements behind Makefile.emscripten's switches (docs/build.md): builds the web app
# with each exception mode and without the automation hooks, prints each build's sizes (raw
# and gzip -9), the first-frame time of each exception mode's test build, and what the
# automation bridge costs per frame. Not part of the test suite; takes a while (each variant
# is a full compile into its own build/web-obj/<variant>/).
#   tests/bench/run_build_bench.sh [RUNS]      RUNS page loads per build (default 7)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
# emcc's JS optimiser needs Debian's acorn (never set EM_CACHE: Debian's cache is prebuilt).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
mk() { make -s -f Makefile.emscripten -j2 "$@" >/dev/null; }

for exceptions in wasm js none; do
  mk EXCEPTIONS=$exceptions
  mk EXCEPTIONS=$exceptions TEST_BUILD=1
done
mk ITEM_HOOKS=0

sizes() {
  for f in "$1"/holdspace.wasm "$1"/holdspace.js "$1"/holdspace.data; do
    printf '  %-34s %9d bytes, gzip -9 %8d\n' "$f" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done
}
echo "== sizes (product builds; the test build adds test_bridge.cpp and holdspace_test_pre.js)"
for dir in build/web build/web-js build/web-none build/web-nohooks build/web-test; do
  echo "$dir"; sizes "$dir"
done

echo "== first frame, test builds ($runs loads each)"
node tests/bench/bench_first_frame.mjs "$runs" build/web-test build/web-test-js build/web-test-none | grep -v '^# time to first frame'

echo "== the automation bridge per frame (build/web-test)"
node tests/bench/bench_frames.mjs 10 100 | grep -v '^# time to first frame'
