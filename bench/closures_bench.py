# Closure-heavy benchmark for Cellscope vs CPython (see run.sh).
# Only the walking-skeleton language: def, nonlocal, lambda, list comprehensions, loops, ints.
# About 30 million sys.settrace events in CPython 3.11 (count_events.py counts them) at SCALE 1;
# run.sh also runs it at a larger SCALE, where start-up and JIT warm-up weigh less.
SCALE = 1

def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def compose(f, g):
    return lambda x: f(g(x))


def run_counters(rounds):
    counters = [make_counter(s) for s in range(1, 6)]
    total = 0
    for r in range(rounds):
        for c in counters:
            total += c()
    return total


def run_adders(rounds):
    adders = make_adders(10)
    both = compose(adders[3], adders[7])
    total = 0
    i = 0
    while i < rounds:
        total += both(i) - adders[i % 10](i)
        i += 1
    return total


def run_cells(rounds):
    total = 0
    for r in range(rounds):
        shared = [lambda: r for _ in range(3)]
        total += sum([f() for f in shared])
    return total


print(run_counters(480000 * SCALE))
print(run_adders(740000 * SCALE))
print(run_cells(150000 * SCALE))
