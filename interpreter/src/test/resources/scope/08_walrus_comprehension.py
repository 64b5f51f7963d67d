def first_big(xs):
    if any((big := x) > 10 for x in xs):
        return big
    return None

def running(xs):
    total = 0
    return [(total := total + x) for x in xs]

found = [(last := y) for y in range(3)]
