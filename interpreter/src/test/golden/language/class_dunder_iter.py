class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

class Squares:
    def __init__(self, limit):
        self.i, self.limit = 0, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i ** 2

print(list(Countdown(3)), sum(Countdown(4)))
sq = Squares(3)
print(list(sq), list(sq))
for x in Countdown(2):
    print("tick", x)
print(next(iter(Squares(0))))
