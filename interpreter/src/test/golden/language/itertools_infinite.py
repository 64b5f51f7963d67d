from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)))
c = count(7)
print(next(c), next(c), c)
print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", None, 4)))
print(list(map(pow, range(4), repeat(2))))
