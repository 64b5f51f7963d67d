#!/usr/bin/env bash
# Runs a program with Cellscope and with CPython side by side: whole-process wall time of each
# (median of RUNS runs), a check that both printed the same, and the ratio. The default program
# runs twice: as it is (about 30 million trace events, half a second of CPython, where JVM start
# and JIT warm-up weigh heavily) and at SCALE 6 (a few seconds of CPython). Builds nothing:
# build the jar first with `mvn -q -DskipTests package`.
#
# Usage: [RUNS=5] bench/run.sh [PROGRAM.py]   (default bench/closures_bench.py at SCALE 1 and 6)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${RUNS:-5}"
JAR=app/target/cellscope.jar
[[ -f "$JAR" ]] || { echo "no $JAR: build it with mvn -q -DskipTests package" >&2; exit 2; }

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# Prints the median wall time in milliseconds of RUNS runs of the command; stdout saved to $1.
median_ms() {
    local out="$1" start end i
    shift
    for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N)
        "$@" >"$out" || { echo "failed (exit $?): $*" >&2; return 1; }
        end=$(date +%s%N)
        echo $(((end - start) / 1000000))
    done | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

compare() {
    local program="$1" label="$2" java_ms python_ms
    java_ms=$(median_ms "$OUT/cellscope" java -jar "$JAR" run "$program")
    python_ms=$(median_ms "$OUT/python" env PYTHONHASHSEED=0 python3 "$program")
    if ! cmp -s "$OUT/cellscope" "$OUT/python"; then
        echo "$label: outputs differ:" >&2
        diff "$OUT/python" "$OUT/cellscope" | head -20 >&2
        exit 1
    fi
    printf '%s (median of %d, outputs equal)\n  cellscope %6d ms\n  python3   %6d ms\n  ratio     %6.2fx\n' \
        "$label" "$RUNS" "$java_ms" "$python_ms" "$(awk -v a="$java_ms" -v b="$python_ms" 'BEGIN { print a / b }')"
}

if [[ $# -gt 0 ]]; then
    compare "$1" "$1"
else
    compare bench/closures_bench.py "closures_bench.py, SCALE 1"
    sed 's/^SCALE = 1$/SCALE = 6/' bench/closures_bench.py >"$OUT/closures_bench_x6.py"
    compare "$OUT/closures_bench_x6.py" "closures_bench.py, SCALE 6"
fi
