class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

triple = Multiplier(3)
print(triple(5), callable(triple), callable(Multiplier), callable(3))
print(list(map(triple, [1, 2])))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c()
print(c(), c.n)
Multiplier(2)(1, 2)
