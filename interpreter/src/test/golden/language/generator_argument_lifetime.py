import itertools

def naturals():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("closed at", n)

def letters():
    yield from "abc"

def first(it):
    return next(it)

class Holder:
    def __init__(self, it):
        self.it = it

def same(it):
    return it

saved = []
def stash(it):
    saved.append(it)

print(first(naturals()))
print(first(x * 2 for x in range(5)))
print(list(zip((x for x in "ab"), "cd")))
print(list(enumerate(c.upper() for c in "xy")))
pending = []
pending.append(x for x in letters())
print(list(pending[0]))
print(list(Holder(x for x in letters()).it))
print(list(same(x + "!" for x in letters())))
stash(x for x in letters())
print(list(saved[0]))
print(list(itertools.islice(naturals(), 3)))
print(next(itertools.dropwhile(lambda v: v < 2, naturals())))
print(sum(itertools.takewhile(lambda v: v < 4, naturals())))
print(max(n for n in range(4)), sorted(c for c in "cab"))
try:
    itertools.islice(naturals(), -1)
except ValueError as e:
    print("ValueError:", e)
