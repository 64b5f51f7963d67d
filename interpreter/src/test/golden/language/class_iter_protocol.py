class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
for x in Countdown(2):
    print("for", x)
print(sum(Countdown(4)), 2 in Countdown(3), 9 in Countdown(3))

class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Squares()), 9 in Squares(), 5 in Squares())
a, b, *rest = Squares()
print(a, b, rest)

class Bag:
    def __init__(self, *items):
        self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items

print(3 in Bag(1, 2, 3), 4 not in Bag(1))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self):
        return self
try:
    list(NoNext())
except TypeError as e:
    print(e)
try:
    next(Countdown(1))
except TypeError as e:
    print(e)
for v in 5:
    pass
