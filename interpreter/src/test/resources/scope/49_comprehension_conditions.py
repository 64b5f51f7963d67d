def f(rows, limit):
    return [c for r in rows if r for c in r if c < limit if (seen := c)]

def g(words):
    return {w: len(w) for w in words}, {len(w) for w in words}
