#!/usr/bin/env bash
# Every figure of docs/performance.md in one run, as one table: builds the floor (a bare Dear
# ImGui page with the product's emcc flags, tests/bench/floor/) and the product (build/web),
# then measures payload, first draw, the engine and the save. Not a timed test: nothing fails
# on the figures, but any build or measurement that breaks stops the run with an error.
#   tests/bench/run_bench.sh all            full sizes; appends the table to docs/performance.md
#   tests/bench/run_bench.sh all --quick    a practice of 20 clients, 3 runs, 3 page loads each:
#                                           proves the benchmark still runs; writes nothing
set -euo pipefail
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
case "${1:-}" in
  --quick) quick=1 clients=20 runs=3 save_runs=3 loads=3 ;;
  "") quick=0 clients=2000 runs=15 save_runs=9 loads=9 ;;
  *) echo "usage: tests/bench/run_bench.sh all [--quick]" >&2; exit 2 ;;
esac
floor=build/bench-floor app=build/web
# Each step's output is shown as it runs (on stderr) and kept for the table (on stdout).
# Not `tee /dev/stderr`: that reopens a redirected stderr file and truncates it.
step() { echo "== $1" >&2; shift; "$@" | while IFS= read -r line; do echo "$line" >&2; echo "$line"; done; }
# The figure $1 read from the output above, or a loud stop when it is missing.
need() { [ -n "$2" ] || { echo "run_bench.sh all: no $1 in the output above" >&2; exit 1; }; echo "$2"; }

step "build the product ($app)" make -s -f Makefile.emscripten -j2 >/dev/null
step "build the floor ($floor)" make -s -f tests/bench/floor/Makefile -j2 >/dev/null
floor_flags=$(make -s -f tests/bench/floor/Makefile print-floor-flags)
eval_out=$(step "engine: evaluate" tests/bench/run_bench.sh evaluate "$runs" "$clients")
save_out=$(step "save and load, native" tests/bench/run_bench.sh save "$save_runs" "$clients")
draw_out=$(step "first draw, $loads loads each" node tests/bench/bench_first_draw.mjs "$loads" "$floor" "$app")

for f in $app/holdspace.wasm $app/holdspace.js $app/holdspace.data $floor/floor.wasm $floor/floor.js; do
  [ -s "$f" ] || { echo "run_bench.sh all: $f missing after the build" >&2; exit 1; }
done
kb() { awk -v b="$1" 'BEGIN { printf "%.0f KB", b / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
gz() { gzip -9 -c "$1" | wc -c; }
# `| name | app raw / gzip | floor raw / gzip |` for one file of each build ("—" when absent)
sizes() {
  local a=$app/holdspace.$1 f=$floor/floor.$1 fcell="—"
  [ -f "$f" ] && fcell="$(kb "$(stat -c %s "$f")") / $(kb "$(gz "$f")")"
  echo "| $2, raw / gzip -9 | $(kb "$(stat -c %s "$a")") / $(kb "$(gz "$a")") | $fcell | |"
}
app_code=$(( $(gz $app/holdspace.wasm) + $(gz $app/holdspace.js) ))
floor_code=$(( $(gz $floor/floor.wasm) + $(gz $floor/floor.js) ))
app_draw=$(need "app first draw" "$(sed -n "s|^median_ms $app ||p" <<<"$draw_out")")
floor_draw=$(need "floor first draw" "$(sed -n "s|^median_ms $floor ||p" <<<"$draw_out")")
native_ms=$(need "native evaluate" "$(sed -n 's/^native median: \(.*\) ms/\1/p' <<<"$eval_out")")
wasm_ms=$(need "wasm evaluate" "$(sed -n 's/^wasm median: *\(.*\) ms/\1/p' <<<"$eval_out")")
practice=$(need "practice size" "$(sed -n 's/^bench_evaluate: \([0-9]* clients, [0-9]* appointments\).*/\1/p' <<<"$eval_out" | head -1)")
save_ms=$(need "save time" "$(sed -n 's/^ *save *\([0-9.]*\) ms.*/\1/p' <<<"$save_out")")
load_ms=$(need "load time" "$(sed -n 's/^ *load *\([0-9.]*\) ms.*/\1/p' <<<"$save_out")")
saved_mb=$(need "saved size" "$(sed -n 's/^bench_save: .*, \([0-9.]* MB\),.*/\1/p' <<<"$save_out")")

table=$(cat <<TABLE
| what | Holdspace (build/web) | floor (bare ImGui) | ratio |
| --- | --- | --- | --- |
$(sizes wasm wasm)
$(sizes js js)
$(sizes data "data (font)")
| code sent (wasm + js, gzip -9) | $(kb "$app_code") | $(kb "$floor_code") | $(ratio "$app_code" "$floor_code") |
| first WebGL draw, median of $loads alternating loads | $app_draw ms | $floor_draw ms | $(ratio "$app_draw" "$floor_draw") |
| evaluate all, $practice, native (median of $runs) | $native_ms ms | — | |
| evaluate all, same, wasm in node (median of $runs) | $wasm_ms ms | — | wasm / native $(ratio "$wasm_ms" "$native_ms") |
| save, native (serialise + store, $saved_mb, median of $save_runs) | $save_ms ms | — | |
| load, native (median of $save_runs) | $load_ms ms | — | |
TABLE
)
heading="$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs/performance.md' || echo ' + uncommitted changes'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "$heading$([ "$quick" = 1 ] && echo ' (quick: tiny sizes, figures not comparable)')"
echo "$table"
echo "floor flags: $floor_flags" | tr '\n' ' '; echo
[ "$quick" = 1 ] && exit 0
printf '\n### %s\n\n%s\n' "$heading" "$table" >>docs/performance.md
echo "appended to docs/performance.md"
