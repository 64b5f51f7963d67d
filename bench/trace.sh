#!/usr/bin/env bash
# The trace benchmarks of issue 4, side by side with CPython: recording speed against python3
# under a counting sys.settrace (both in-process), retained trace memory per step, and the time
# to materialize random steps. Compiles the interpreter's test classes first.
#
# Usage: bench/trace.sh [PROGRAM.py]   (default bench/trace_bench.py, ~950,000 events)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PROGRAM="${1:-bench/trace_bench.py}"
mvn -q -pl interpreter test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="interpreter/target/classes:interpreter/target/test-classes:$(cat interpreter/target/bench.cp)"
echo "== cellscope"
java -Xmx4g -cp "$CP" org.cellscope.bench.TraceBenchmark "$PROGRAM"
echo "== python3 (counting tracer)"
python3 bench/count_events.py "$PROGRAM"
