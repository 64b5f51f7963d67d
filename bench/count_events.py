"""Counts the sys.settrace events of a program in-process and prints the traced time.

Usage: python3 bench/count_events.py PROGRAM.py
Counts call/line/return/exception events of the program's own frames, like Cellscope records
them, so the numbers compare with `cellscope trace` on the same program.
"""
import io
import sys
import time
from contextlib import redirect_stdout


def main(path):
    with open(path, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    counts = {"call": 0, "line": 0, "return": 0, "exception": 0}

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        counts[event] += 1
        return tracer

    start = time.perf_counter()
    with redirect_stdout(io.StringIO()):  # the program's prints are not what is measured
        sys.settrace(tracer)
        try:
            exec(code, {"__name__": "__main__"})
        finally:
            sys.settrace(None)
    elapsed = time.perf_counter() - start
    total = sum(counts.values())
    print(f"{path}: {total:,} events {counts} in {elapsed:.2f} s traced "
          f"({total / elapsed / 1e6:.2f} M events/s)")


if __name__ == "__main__":
    main(sys.argv[1])
