"""Writes a fresh PENDING list from a GoldenTest run that ignored the old one.

    mvn -q -pl interpreter test -Dtest=GoldenTest -Dgolden.ignorePending=true
    python3 tools/pending-report.py > interpreter/src/test/golden/PENDING

Each failing program is listed with the check that failed (`run`, `events`, or both) and the
first difference as its reason; passing programs are left out, so they are un-pended.
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


def reason(message):
    # GoldenTest's message: the program, then "WHAT differs at line N (...)", "expected: [...]",
    # "actual:   [...]", or another one-line problem such as an exit code or a time-out.
    lines = [line.strip() for line in message.splitlines()[1:] if line.strip()]
    if not lines:
        return message.strip()[:140]
    head = re.sub(r" differs at (line \d+).*", r" \1", lines[0])
    rest = [re.sub(r"^(expected|actual):\s*", r"\1 ", line) for line in lines[1:3]]
    return " ".join([head + ":"] + rest)[:140] if rest else head[:140]


def main():
    ids = programs()
    failures = collections.defaultdict(dict)
    for case in ET.parse(REPORT).getroot().iter("testcase"):
        m = CASE.fullmatch(case.get("name"))
        if not m:
            continue
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is None:
            continue
        check = "run" if m.group(1) == "runMatchesCpython" else "events"
        text = problem.get("message") or problem.get("type") or "failed"
        failures[ids[int(m.group(2)) - 1]][check] = reason(text)
    out = [HEADER]
    group = None
    for pid in sorted(failures):
        if pid.split("/")[0] != group:
            group = pid.split("/")[0]
            out.append("")
        checks = failures[pid]
        if len(checks) == 2:
            out.append(f"{pid}  # {checks['run']}")
        else:
            (check, why), = checks.items()
            out.append(f"{pid} {check}  # {why}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
