# Trace benchmark: about 950,000 sys.settrace events in CPython 3.11, just under
# Cellscope.DEFAULT_MAX_STEPS, so recording it is never truncated. Frames come and go, cells
# change value and lists grow: the kinds of change the trace stores.
# Count the events with: python3 bench/count_events.py bench/trace_bench.py

def make_counter():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count

    return tick


def collect(n):
    tick = make_counter()
    seen = []
    for i in range(n):
        if tick() % 3 == 0:
            seen.append(i)
    return seen


def squares(n):
    return [k * k for k in range(n)]


total = 0
for round in range(470):
    total += len(collect(300)) + sum(squares(100))
print(total)
