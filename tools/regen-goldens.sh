#!/usr/bin/env bash
# Regenerates the CPython goldens of each golden program, beside it:
#   NAME.stdout, NAME.stderr, NAME.exit  from `python3 NAME.py` (cwd = the program's directory)
#   NAME.events                          from tools/reference_tracer.py (sys.settrace events)
# The bundled examples (resources/NN_*.py) are golden programs too; theirs go to golden/examples/.
# Object addresses (" at 0x7f...") are masked as "0x…"; tracebacks name the file as "NAME.py".
# The sandbox/ group is written by hand (Cellscope-specific behaviour) and is never regenerated.
#
# Usage: [JOBS=N] tools/regen-goldens.sh [PROGRAM.py | DIRECTORY]...   (default: every group and example)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GOLDEN="$ROOT/interpreter/src/test/golden"
TRACER="$ROOT/tools/reference_tracer.py"
EXAMPLES="$ROOT/resources"

# Runs python3 as `python3 NAME.py` would run for a user, with a fixed hash seed.
py() {
    env -i PATH="$PATH" PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 \
        PYTHONDONTWRITEBYTECODE=1 timeout 60 python3 "$@"
}

# python3 reports the script by its absolute path; the goldens use the bare name.
normalise() {
    local dir="$1"
    sed -E -e "s#\"$dir/#\"#g" -e 's/ at 0x[0-9a-fA-F]+/ at 0x…/g'
}

regen_one() {
    local program="$1" dir name base stdin tmp code traced_code
    dir="$(cd "$(dirname "$program")" && pwd)"
    name="$(basename "$program")"
    base="$dir/${name%.py}"
    [[ "$dir" == "$EXAMPLES" ]] && base="$GOLDEN/examples/${name%.py}"
    if py -c "import sys; sys.exit('${name%.py}' in sys.stdlib_module_names)"; then :; else
        echo "error: $program shadows a standard module; rename it" >&2
        return 1
    fi
    stdin=/dev/null
    [[ -f "$base.stdin" ]] && stdin="$base.stdin"
    tmp="$(mktemp -d)"

    code=0
    (cd "$dir" && py "$name" <"$stdin" >"$tmp/out" 2>"$tmp/err") || code=$?
    normalise "$dir" <"$tmp/out" >"$base.stdout"
    normalise "$dir" <"$tmp/err" >"$base.stderr"
    echo "$code" >"$base.exit"

    traced_code=0
    (cd "$dir" && py "$TRACER" "$name" "$tmp/events" <"$stdin" >"$tmp/tout" 2>"$tmp/terr") \
        || traced_code=$?
    if [[ "$traced_code" == "$code" ]] \
        && cmp -s "$base.stdout" <(normalise "$dir" <"$tmp/tout") \
        && cmp -s "$base.stderr" <(normalise "$dir" <"$tmp/terr"); then
        mv "$tmp/events" "$base.events"
    else
        # Tracing changed what the program did (e.g. RecursionError depth): no trustworthy events.
        rm -f "$base.events"
        echo "note: $program behaves differently under the tracer; no .events written" >&2
    fi
    rm -rf "$tmp"
}

main() {
    local targets=("$@") target
    if [[ ${#targets[@]} -eq 0 ]]; then
        targets=("$GOLDEN" "$EXAMPLES"/[0-9][0-9]_*.py)
    fi
    # Programs are independent: run JOBS of them at a time (default 2).
    export -f regen_one py normalise
    export TRACER GOLDEN EXAMPLES
    for target in "${targets[@]}"; do
        find "$target" -name '*.py' -not -path '*/sandbox/*' -print0 | sort -z \
            | xargs -0 -n 1 -P "${JOBS:-2}" bash -c 'set -euo pipefail; regen_one "$1"' _
    done
}

main "$@"
