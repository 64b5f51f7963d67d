def make_counters(n):
    counters = []
    for i in range(n):
        def make(start):
            count = start
            def step():
                nonlocal count
                count += 1
                return count
            return step
        counters.append(make(i * 10))
    return counters

cs = make_counters(3)
print([c() for c in cs], [c() for c in cs])
print([c.__closure__[0].cell_contents for c in cs])
print(len({id(c.__closure__[0]) for c in cs}))
