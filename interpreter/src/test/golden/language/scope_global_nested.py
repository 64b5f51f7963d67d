total = 0
log = []


def outer():
    count = 0

    def bump():
        global total
        total += 1
        log.append(total)

    def inc():
        nonlocal count
        count += 1
        return count

    bump()
    bump()
    inc()
    return inc()


print(outer(), total, log)


def make_counter():
    def step():
        nonlocal n
        n += 2
        return n
    n = 10
    return step


c = make_counter()
print(c(), c())
