it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
s = iter("ab")
print(list(s), list(s))
print(iter(it) is it)
calls = [3, 2, 1, 0, 5]
def pop():
    return calls.pop(0)
print(list(iter(pop, 0)))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
next(iter([]))
