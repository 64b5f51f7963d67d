def gen():
    yield "only"
    return 42

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()), next(empty(), "default"))
