def squares(xs, limit):
    evens = [x * x for x in xs if x < limit]
    pairs = {a: b for a, b in zip(xs, evens)}
    uniq = {y % limit for y in xs}
    total = sum(z for z in xs)
    return evens, pairs, uniq, total
