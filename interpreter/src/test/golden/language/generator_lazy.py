def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

squares = (x * x for x in noisy(3))
print("generator made")
print(next(squares))
for s in squares:
    print("consume", s)
print(sum(x for x in range(5)), max(len(w) for w in ["a", "abc"]))
ge = (c for c in "ab")
print(ge.__name__, list(ge), list(ge))
