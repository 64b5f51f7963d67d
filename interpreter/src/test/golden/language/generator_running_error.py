def gen():
    yield g.send(None)

g = gen()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

def stop_inside():
    yield 1
    raise StopIteration("x")

try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def exhausted():
    yield from ()
print(list(exhausted()), next(exhausted(), "default"))
ge = (x * x for x in range(3))
print(ge.__name__, ge.__qualname__)
print(sum(ge), sum(ge))
def named():
    yield
n = named()
print(n.__name__, n.__qualname__, type(n).__name__)
print(repr(n).split(" at ")[0])
print(list(n))
for bad in [42, int, "text"]:
    try:
        n.throw(bad)
    except TypeError as e:
        print(e)
