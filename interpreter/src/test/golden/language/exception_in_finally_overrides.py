def f():
    try:
        return "try"
    finally:
        print("finally before return value used")

def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)

def k():
    try:
        try:
            raise KeyError("inner")
        finally:
            raise ValueError("from finally")
    except ValueError as e:
        print("caught", repr(e), "context:", repr(e.__context__))

print(f())
print(g())
h()
k()

def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())

def nested():
    try:
        try:
            raise IndexError(1)
        except IndexError:
            raise KeyError(2)
        finally:
            print("inner finally")
    except KeyError as e:
        print(repr(e), repr(e.__context__))
nested()

def bare_reraise_outside():
    raise
try:
    bare_reraise_outside()
except RuntimeError as e:
    print("RuntimeError:", e)
