#!/usr/bin/env bash
# Runs bench/closures_bench.py with Cellscope and with CPython side by side: whole-process wall
# time of each, a check that both printed the same, and the ratio. Builds nothing: build the jar
# first with `mvn -q -DskipTests package`.
#
# Usage: bench/run.sh [PROGRAM.py]   (default bench/closures_bench.py)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PROGRAM="${1:-bench/closures_bench.py}"
JAR=app/target/cellscope.jar
[[ -f "$JAR" ]] || { echo "no $JAR: build it with mvn -q -DskipTests package" >&2; exit 2; }

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# Prints the wall time in milliseconds of the command, its stdout saved to $1.
wall_ms() {
    local out="$1" start end
    shift
    start=$(date +%s%N)
    "$@" >"$out" || { echo "failed (exit $?): $*" >&2; return 1; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

java_ms=$(wall_ms "$OUT/cellscope" java -jar "$JAR" run "$PROGRAM")
python_ms=$(wall_ms "$OUT/python" env PYTHONHASHSEED=0 python3 "$PROGRAM")

if ! cmp -s "$OUT/cellscope" "$OUT/python"; then
    echo "outputs differ:" >&2
    diff "$OUT/python" "$OUT/cellscope" | head -20 >&2
    exit 1
fi
echo "$PROGRAM: outputs equal"
printf 'cellscope %6d ms\npython3   %6d ms\nratio     %6.1fx\n' "$java_ms" "$python_ms" \
    "$(echo "$java_ms / $python_ms" | bc -l)"
