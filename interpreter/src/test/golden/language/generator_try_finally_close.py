def reader(lines):
    print("open")
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("closed")

r = reader(["a", "b", "c"])
print(next(r))
r.close()
print(r.gi_frame is None)
try:
    next(r)
except StopIteration:
    print("stopped")
r.close()

def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally")

g = guarded()
print(next(g))
g.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def counted():
    try:
        yield 1
    finally:
        return "ret"
c = counted()
next(c)
print(c.close())

never = reader(["x"])
never.close()
print("never started closes quietly")
for value in reader(["p", "q"]):
    print(value)
    break
print("after break")
