def resource(name):
    print("open", name)
    try:
        yield 1
        yield 2
    finally:
        print("close", name)

g = resource("a")
print(next(g))
g.close()
print(list(resource("b")))

for x in resource("c"):
    if x == 1:
        break
print("after break")

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

s = swallow()
next(s)
s.close()
s.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2

b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def thrower():
    try:
        yield "start"
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    yield "end"

t = thrower()
print(next(t))
print(t.throw(ValueError("boom")))
print(next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

def never_started():
    yield 1
ns = never_started()
try:
    ns.throw(ValueError("early"))
except ValueError as e:
    print("early throw:", e)
print(list(ns))
