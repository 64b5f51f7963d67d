names = ["a", "b", "c"]
print(list(enumerate(names, start=1)), list(enumerate(names, 10)))
print(list(zip(names, range(5))), list(zip()))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
for args in [(names, [1, 2]), (names, [1, 2, 3, 4]), ([1], [2], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(reversed(range(1, 10, 3))), list(reversed([1, 2])), list(reversed({"k": 1, "j": 2})))
print(reversed(range(3)).__class__.__name__, list(reversed(range(0))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)
