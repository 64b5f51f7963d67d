def worker():
    total = 0
    while True:
        try:
            value = yield total
            total += value
        except ValueError as e:
            print("worker saw", e)
            total = 0


w = worker()
next(w)
print(w.send(5))
print(w.send(7))
print(w.throw(ValueError("reset")))
print(w.send(1))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", e)
print(next(w, "finished"))
