"""Writes a fresh PENDING list from a GoldenTest run that ignored the old one.

    mvn -q -pl interpreter test -Dtest=GoldenTest -Dgolden.ignorePending=true
    python3 tools/pending-report.py > interpreter/src/test/golden/PENDING

Each failing program is listed with the check that failed (`run`, `events`, or both) and the
reason already written in PENDING, or else its first difference; passing programs are left out,
so they are un-pended.
"""
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

MODULE = pathlib.Path(__file__).resolve().parent.parent / "interpreter"
GOLDEN = MODULE / "src" / "test" / "golden"
REPORT = MODULE / "target" / "surefire-reports" / "TEST-org.cellscope.golden.GoldenTest.xml"
CASE = re.compile(r"(runMatchesCpython|traceEventsMatchSettrace)\(GoldenProgram\)\[(\d+)\]")
HEADER = """\
# Golden programs Cellscope does not pass yet; GoldenTest skips them with the reason given.
# One entry a line: a program path or a group ending in '/', relative to this directory,
# optionally followed by `run` or `events` to pend only that comparison, then `# reason`.
# Remove an entry as soon as its program passes (tools/pending-report.py rewrites this file).
"""


def programs():
    # The order of GoldenTest.programs(): paths sorted as strings.
    return sorted(str(p.relative_to(GOLDEN)) for p in GOLDEN.rglob("*.py"))


def program_of(message, by_index):
    # GoldenTest starts every failure message with the program's id; the [index] of the test
    # case (GoldenTest.programs() order) is the fallback.
    words = message.split(maxsplit=1)
    return words[0] if words and words[0].endswith(".py") else by_index


def reason(message):
    # GoldenTest's message: the program, then "WHAT differs at line N (...)", "expected: [...]",
    # "actual:   [...]", or another one-line problem such as an exit code or a time-out.
    lines = [line.strip() for line in message.splitlines()[1:] if line.strip()]
    if not lines:
        return message.strip()[:140]
    head = re.sub(r" differs at (line \d+).*", r" \1", lines[0])
    rest = [re.sub(r"^(expected|actual):\s*", r"\1 ", line) for line in lines[1:3]]
    return " ".join([head + ":"] + rest)[:140] if rest else head[:140]


def written_reasons():
    # Reasons already in PENDING were often written by hand; keep them for programs that still
    # fail the same check.
    reasons = {}
    path = GOLDEN / "PENDING"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            body, _, why = line.partition("#")
            words = body.split()
            if words and why.strip():
                reasons[(words[0], words[1] if len(words) > 1 else None)] = why.strip()
    return reasons


def main():
    ids = programs()
    failures = collections.defaultdict(dict)
    for case in ET.parse(REPORT).getroot().iter("testcase"):
        m = CASE.fullmatch(case.get("name"))
        if not m:
            continue
        skipped = case.find("skipped")
        if skipped is not None and "pending: " in (skipped.get("message") or skipped.text or ""):
            sys.exit("the last GoldenTest run honoured PENDING; "
                     "run it again with -Dgolden.ignorePending=true")
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is None:
            continue
        check = "run" if m.group(1) == "runMatchesCpython" else "events"
        text = problem.get("message") or problem.get("type") or "failed"
        failures[program_of(text, ids[int(m.group(2)) - 1])][check] = reason(text)
    kept = written_reasons()
    out = [HEADER]  # ends with a newline: a blank line before the entries
    for pid in sorted(failures):
        checks = failures[pid]
        if len(checks) == 2:
            out.append(f"{pid}  # {kept.get((pid, None), checks['run'])}")
        else:
            (check, why), = checks.items()
            out.append(f"{pid} {check}  # {kept.get((pid, check), why)}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
