def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while True:
        bump()
        yield count

g = counter_gen()
print(next(g), next(g), next(g))
def averager():
    values = []
    def avg():
        return sum(values) / len(values)
    while True:
        values.append((yield))
        print("average", avg())
a = averager()
next(a)
a.send(10)
a.send(20)
