def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as stop:
    print("returned", stop.value)
g = accumulator()
g.send(1)
