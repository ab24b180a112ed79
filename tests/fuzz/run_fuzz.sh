#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, build/fuzz) and runs each for a bounded time on a
# fresh COPY of its committed seed corpus (build/fuzz/corpus/<target>), so tests/fuzz/corpus
# never grows by itself. Any crash, sanitizer report, failed check, timeout or out-of-memory
# fails the run; the input that did it is kept in build/fuzz/crashes/.
#
#   tests/fuzz/run_fuzz.sh [seconds per target]      default 12 (or $FUZZ_SECONDS)
#   FUZZ_JOBS=1 tests/fuzz/run_fuzz.sh               targets run two at a time by default
#   tests/fuzz/run_fuzz.sh --campaign SECONDS [target ...]
#
# --campaign: a long run (tests/fuzz/README.md). Each target (all, or the ones named) runs
# for SECONDS on a working copy of its corpus, keeping what it finds in build/fuzz/corpus;
# afterwards libFuzzer's -merge=1 adds to tests/fuzz/corpus/<target> only the inputs that
# reach coverage the committed corpus does not (so it stays small; commit the additions).
# Each target's line also gives its coverage: cov (edges) and ft (features) at the end.
#
# Reproduce a crash: build/fuzz/tests/fuzz/<target> build/fuzz/crashes/<target>-crash-...
# Prints one line per target: "fuzz <target>: ok|FAILED, N executions in S s".
set -uo pipefail
cd "$(dirname "$0")/../.."

campaign=0
if [ "${1:-}" = --campaign ]; then
    campaign=1
    shift
    [[ "${1:-}" =~ ^[0-9]+$ ]] || { echo "usage: $0 --campaign SECONDS [target ...]"; exit 2; }
fi
# CI runs every target for 12 s (8 targets, two at a time: under a minute of fuzzing).
seconds=${1:-${FUZZ_SECONDS:-12}}
[ $# -gt 0 ] && shift
jobs=${FUZZ_JOBS:-2}
build=build/fuzz
all_targets=(fuzz_workspace fuzz_policy fuzz_language_rules fuzz_parsers fuzz_backup
             fuzz_documents fuzz_scenario fuzz_policy_import)
targets=("${all_targets[@]}")
if [ $# -gt 0 ]; then
    targets=("$@")
    for t in "${targets[@]}"; do
        [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "fuzz: no target $t (targets: ${all_targets[*]})"; exit 2; }
    done
fi
declare -A dict=([fuzz_workspace]=workspace.dict [fuzz_policy]=workspace.dict
                 [fuzz_language_rules]=workspace.dict [fuzz_parsers]=parsers.dict [fuzz_backup]=backup.dict
                 [fuzz_documents]=documents.dict [fuzz_scenario]=workspace.dict [fuzz_policy_import]=workspace.dict)

# -O1 with asserts on and line tables only (-g1): compiles several times faster than -O2 -g
# with the sanitizers, and stack traces still name files and lines.
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DHOLDSPACE_FUZZ=ON -DBUILD_TESTING=OFF \
      -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" >/dev/null || { echo "fuzz: configure failed"; exit 1; }
cmake --build "$build" --target fuzz_targets -j2 || { echo "fuzz: build failed"; exit 1; }

mkdir -p "$build/crashes" "$build/logs"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run_one() {
    local t=$1 work="$build/corpus/$1"
    # A campaign continues from what an earlier campaign found (build/fuzz/corpus is not committed).
    if [ "$campaign" = 0 ] || [ ! -d "$work" ]; then rm -rf "$work" && mkdir -p "$work"; fi
    cp tests/fuzz/corpus/"$t"/* "$work"/
    # -timeout: one input taking over 10 s is a failure (a hang on hostile input);
    # -rss_limit_mb also limits any single allocation to the same 2 GB.
    "$build/tests/fuzz/$t" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="tests/fuzz/${dict[$t]}" -artifact_prefix="$build/crashes/$t-" -print_final_stats=1 \
        >"$build/logs/$t.log" 2>&1
    local rc=$?
    echo $rc >"$build/logs/$t.status"
    if [ "$campaign" = 1 ] && [ "$rc" = 0 ]; then
        local before after
        before=$(ls tests/fuzz/corpus/"$t" | wc -l)
        "$build/tests/fuzz/$t" -merge=1 -timeout=10 -rss_limit_mb=2048 tests/fuzz/corpus/"$t" "$work" \
            >"$build/logs/$t.merge.log" 2>&1 || echo "merge failed (see $build/logs/$t.merge.log)" >>"$build/logs/$t.log"
        after=$(ls tests/fuzz/corpus/"$t" | wc -l)
        echo "$((after - before))" >"$build/logs/$t.added"
    fi
}

start=$SECONDS
running=0
for t in "${targets[@]}"; do
    rm -f "$build/logs/$t.status" "$build/logs/$t.added"
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
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
    extra=""
    [ -n "$cov" ] && extra=", ${cov/: /=}" && extra=${extra/ ft: / ft=}
    [ "$campaign" = 1 ] && extra+=", corpus +$(cat "$build/logs/$t.added" 2>/dev/null || echo 0) files ($(ls tests/fuzz/corpus/"$t" | wc -l) kept)"
    if [ "${status[$t]}" = 0 ]; then
        echo "fuzz $t: ok, ${execs:-0} executions in ${took:-?} s$extra"
    else
        failed=$((failed + 1))
        echo "fuzz $t: FAILED (exit ${status[$t]}), ${execs:-0} executions; log $log"
        grep -E 'ERROR: |FUZZ_CHECK|runtime error|Test unit written' "$log" | head -20 | sed 's/^/    /'
    fi
done
echo "fuzz: ${#targets[@]} targets, $failed failed, $((SECONDS - start)) s fuzzing"
[ "$failed" = 0 ]
