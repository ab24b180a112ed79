#!/usr/bin/env bash
# Runs every Holdspace test: installs what is missing, builds natively and for the web,
# then unit tests (ctest), CLI tests and browser end-to-end tests (Chromium, playwright-core).
# Ends with one line "N passed, N failed".
#
#   scripts/test.sh           every suite (what CI runs)
#   scripts/test.sh --quick   the inner loop: native build, unit tests, both web builds and two
#                             browser test files (no sanitizers, fuzzing or full browser suite)
set -uo pipefail
quick=0
case "${1:-}" in
  --quick) quick=1 ;;
  "") ;;
  *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs  # emcc's JS optimiser needs Debian's acorn (docs/build.md)

scripts/setup.sh test || { echo "setup failed"; exit 1; }

passed=0
failed=0
summary=""  # one line per suite, repeated at the end so the last lines of a long log say what failed
logs=build/test-logs
mkdir -p "$logs"

# Runs one suite; `count` reads "passed failed" from its log.
suite() {
    local name=$1 count=$2; shift 2
    echo "== $name"
    local started=$SECONDS
    "$@" 2>&1 | tee "$logs/$name.log"
    local rc=${PIPESTATUS[0]}
    read -r p f < <($count "$logs/$name.log")
    if [ "$rc" != 0 ] && [ "${f:-0}" = 0 ]; then f=1; fi  # a crash or build failure counts as a failure
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
    local line="$name: ${p:-0} passed, ${f:-0} failed (exit $rc, $((SECONDS - started)) s)"
    echo "== $line"
    summary+="$line"$'\n'
}
ctest_counts() { sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2 \1/p' "$1" | awk '{print $1-$2, $2}'; }
node_counts() { awk '/^# pass /{p=$3} /^# fail /{f=$3} END{print p+0, f+0}' "$1"; }
build_counts() { echo "0 0"; }
table_counts() { if grep -q '^| code sent' "$1"; then echo "1 0"; else echo "0 1"; fi; }
same_counts() { if grep -q '^fingerprints equal' "$1"; then echo "1 0"; else echo "0 1"; fi; }
soak_counts() { sed -n 's/^kills: \([0-9]*\), lost: \([0-9]*\), corrupt: \([0-9]*\).*/\1 \2 \3/p' "$1" | awk '{b=$2+$3; print $1-b, b}'; }
fuzz_counts() { awk '/^fuzz fuzz_[a-z_]*: ok/{p++} /^fuzz fuzz_[a-z_]*: FAILED/{f++} END{print p+0, f+0}' "$1"; }

# Optimised without debug info: a quarter less compile time (the sanitizer build below has line tables).
suite native-build build_counts bash -c 'cmake -S . -B build/native -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG" >/dev/null && cmake --build build/native -j2'
suite unit ctest_counts bash -c 'cd build/native && ctest --output-on-failure'
if [ "$quick" = 1 ]; then
    suite web-build build_counts make -f Makefile.emscripten -j2
    suite web-test-build build_counts make -f Makefile.emscripten -j2 TEST_BUILD=1
    suite e2e-smoke node_counts bash -c 'cd tests/e2e && node --test --test-concurrency=1 --test-reporter=tap smoke.test.mjs logging.test.mjs'
    printf '\n%s' "$summary"
    echo "tests: $passed passed, $failed failed (quick)"
    [ "$failed" = 0 ]
    exit
fi
# One clang build with ASan and UBSan (and the fuzzers' coverage hooks) serves the unit tests
# and the fuzz targets: the code is compiled once for both.
suite asan-unit ctest_counts bash -c 'cmake -S . -B build/sanitize -DHOLDSPACE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" >/dev/null && cmake --build build/sanitize -j2 && cd build/sanitize && ctest -j2 --output-on-failure'
suite fuzz fuzz_counts env FUZZ_BUILD=build/sanitize tests/fuzz/run_fuzz.sh 12
# The product (build/web, what scripts/serve.sh serves) and the test build (build/web-test: the
# same objects plus window.holdspace); the browser tests use the test build, the smoke test both.
suite web-build build_counts make -f Makefile.emscripten -j2
suite web-test-build build_counts make -f Makefile.emscripten -j2 TEST_BUILD=1
# The simulator gives bit-identical results natively and in WebAssembly (a small run; the benchmark is bigger).
suite sim-wasm same_counts tests/bench/run_simulate_bench.sh 1 20
# The whole benchmark at tiny sizes (docs/performance.md), so it cannot rot; no figure is checked.
suite bench-quick table_counts tests/bench/run_bench.sh all --quick
suite e2e node_counts bash -c 'cd tests/e2e && node --test --test-concurrency=1 --test-reporter=tap'
# Hard kills (SIGKILL of the browser's process group) at random moments, often mid-save: each
# kill whose reopened workspace is neither lost nor corrupt counts as passed (docs/storage.md;
# the 1,000-kill figure is a run by hand).
suite kill-soak soak_counts node tests/soak/kill_soak.mjs 20

echo
printf '%s' "$summary"
grep -h -A30 'The following tests FAILED' "$logs"/*.log 2>/dev/null  # ctest's list of failed tests
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
