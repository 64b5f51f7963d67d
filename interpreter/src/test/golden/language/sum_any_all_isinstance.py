print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(101), start=-50))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(isinstance(3, (int, str)), isinstance(True, int), isinstance([], (tuple, (list, dict))))
print(issubclass(bool, int), issubclass(int, (str, object)), callable(len), callable(3))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: isinstance(3, 4),
            lambda: sum(5), lambda: issubclass(3, int), lambda: len(5), lambda: abs("x")]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
