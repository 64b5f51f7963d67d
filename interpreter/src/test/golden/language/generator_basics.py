def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
print(list(count_up(3)))
print(next(g, "exhausted"))
next(g)
