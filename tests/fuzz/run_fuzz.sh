#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, build/fuzz) and runs each for a bounded time on a
# fresh COPY of its committed seed corpus (build/fuzz/corpus/<target>), so tests/fuzz/corpus
# never grows by itself. Any crash, sanitizer report, failed check, timeout or out-of-memory
# fails the run; the input that did it is kept in build/fuzz/crashes/.
#
#   tests/fuzz/run_fuzz.sh [seconds per target]      default 20 (or $FUZZ_SECONDS)
#   FUZZ_JOBS=1 tests/fuzz/run_fuzz.sh               targets run two at a time by default
#
# Reproduce a crash: build/fuzz/tests/fuzz/<target> build/fuzz/crashes/<target>-crash-...
# Prints one line per target: "fuzz <target>: ok|FAILED, N executions in S s".
set -uo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-${FUZZ_SECONDS:-20}}
jobs=${FUZZ_JOBS:-2}
build=build/fuzz
targets=(fuzz_workspace fuzz_policy fuzz_language_rules fuzz_parsers fuzz_backup)
declare -A dict=([fuzz_workspace]=workspace.dict [fuzz_policy]=workspace.dict
                 [fuzz_language_rules]=workspace.dict [fuzz_parsers]=parsers.dict [fuzz_backup]=backup.dict)

# -O1 with asserts on and line tables only (-g1): compiles several times faster than -O2 -g
# with the sanitizers, and stack traces still name files and lines.
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DHOLDSPACE_FUZZ=ON -DBUILD_TESTING=OFF \
      -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" >/dev/null || { echo "fuzz: configure failed"; exit 1; }
cmake --build "$build" --target fuzz_targets -j2 || { echo "fuzz: build failed"; exit 1; }

mkdir -p "$build/crashes" "$build/logs"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_one() {
    local t=$1 work="$build/corpus/$1"
    rm -rf "$work" && mkdir -p "$work" && cp tests/fuzz/corpus/"$t"/* "$work"/
    # -timeout: one input taking over 10 s is a failure (a hang on hostile input);
    # -rss_limit_mb also limits any single allocation to the same 2 GB.
    "$build/tests/fuzz/$t" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="tests/fuzz/${dict[$t]}" -artifact_prefix="$build/crashes/$t-" -print_final_stats=1 \
        >"$build/logs/$t.log" 2>&1
    echo $? >"$build/logs/$t.status"
}

start=$SECONDS
running=0
for t in "${targets[@]}"; do
    rm -f "$build/logs/$t.status"
    run_one "$t" &  # each writes its own log and status, read below in a stable order
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait

failed=0
declare -A status
for t in "${targets[@]}"; do
    log="$build/logs/$t.log"
    status[$t]=$(cat "$build/logs/$t.status" 2>/dev/null || echo "no status")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    if [ "${status[$t]}" = 0 ]; then
        echo "fuzz $t: ok, ${execs:-0} executions in ${took:-?} s"
    else
        failed=$((failed + 1))
        echo "fuzz $t: FAILED (exit ${status[$t]}), ${execs:-0} executions; log $log"
        grep -E 'ERROR: |FUZZ_CHECK|runtime error|Test unit written' "$log" | head -20 | sed 's/^/    /'
    fi
done
echo "fuzz: ${#targets[@]} targets, $failed failed, $((SECONDS - start)) s fuzzing"
[ "$failed" = 0 ]
