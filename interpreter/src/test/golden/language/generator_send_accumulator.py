def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(5))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value, e.args)

def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)

results = []
d = delegator(results)
next(d)
for v in (1, 2, 3):
    d.send(v)
d.send(None)
for v in (10,):
    d.send(v)
d.send(None)
print(results)

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
g = averager()
next(g)
try:
    g.throw(ValueError("bad value"))
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted"))
