# Closure vs class: the same running total, kept two ways.

# The closure keeps total in a cell.
def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


# The class keeps total in an attribute of the instance.
class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return self.total


acc = make_accumulator()
obj = Accumulator()
for n in [5, 3, 10]:
    print(acc(n), obj.add(n))

print(acc.__closure__[0].cell_contents, vars(obj))
