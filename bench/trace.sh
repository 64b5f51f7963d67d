#!/usr/bin/env bash
# Records bench/trace_bench.py with `cellscope trace` (whole-process wall time and peak memory),
# checks its events are exactly tools/reference_tracer.py's, and prints events per second.
# Builds nothing: build the jar first with `mvn -q -DskipTests package`.
#
# Usage: bench/trace.sh [PROGRAM.py]   (default bench/trace_bench.py)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PROGRAM="${1:-bench/trace_bench.py}"
JAR=app/target/cellscope.jar
[[ -f "$JAR" ]] || { echo "no $JAR: build it with mvn -q -DskipTests package" >&2; exit 2; }

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

PYTHONHASHSEED=0 python3 tools/reference_tracer.py "$PROGRAM" "$OUT/expected" >/dev/null
/usr/bin/time -f "%e %M" -o "$OUT/usage" java -jar "$JAR" trace "$PROGRAM" >"$OUT/actual"
read -r seconds peak_kb <"$OUT/usage"

if ! cmp -s "$OUT/expected" "$OUT/actual"; then
    echo "events differ from CPython's:" >&2
    diff "$OUT/expected" "$OUT/actual" | head -10 >&2
    exit 1
fi
events=$(wc -l <"$OUT/actual")
echo "$PROGRAM: $events events, equal to CPython's"
printf 'cellscope trace %6.2f s, peak %d MB, %.2f M events/s\n' "$seconds" "$((peak_kb / 1024))" \
    "$(echo "$events / $seconds / 1000000" | bc -l)"
