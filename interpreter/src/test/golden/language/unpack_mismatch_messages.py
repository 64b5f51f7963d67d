def probe(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def unpack2(v):
    a, b = v
    return a, b

def unpack_star(v):
    a, *b, c = v
    return a, b, c

probe("unpack too many", lambda: unpack2([1, 2, 3]))
probe("unpack too few", lambda: unpack2([1]))
probe("unpack int", lambda: unpack2(5))
probe("unpack str", lambda: unpack2("ab"))
probe("unpack dict", lambda: unpack2({1: 2, 3: 4}))
probe("unpack set", lambda: unpack2({1}))
probe("unpack star short", lambda: unpack_star([1]))
probe("unpack star ok", lambda: unpack_star("abcd"))
probe("unpack star none", lambda: unpack_star(None))
probe("unpack range", lambda: unpack2(range(3)))
probe("unpack range ok", lambda: unpack2(range(2)))
probe("unpack iter too many", lambda: unpack2(iter([1, 2, 3])))
