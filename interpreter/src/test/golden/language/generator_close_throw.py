def worker():
    try:
        while True:
            x = yield
            print("got", x)
    except GeneratorExit:
        print("closing")
    finally:
        print("cleanup")

w = worker()
next(w)
w.send("a")
w.close()
def g():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)
t = g()
print(next(t), t.throw(ValueError("bad")))
t.throw(KeyError("k"))
