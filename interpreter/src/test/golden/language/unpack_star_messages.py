cases = [
    lambda: [a, b] == (lambda: None)() if False else None,
]
def attempt(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

def two(seq):
    a, b = seq
    return a, b
def star(seq):
    first, *middle, last = seq
    return first, middle, last
def nested(seq):
    (a, b), c = seq
    return a, b, c
attempt("two-short", lambda: two([1]))
attempt("two-long", lambda: two([1, 2, 3]))
attempt("two-iter", lambda: two(iter([1, 2, 3, 4, 5])))
attempt("two-int", lambda: two(5))
attempt("two-str", lambda: two("ab"))
attempt("two-dict", lambda: two({"k": 1, "j": 2}))
attempt("star-ok", lambda: star(range(5)))
attempt("star-min", lambda: star([1, 2]))
attempt("star-short", lambda: star([1]))
attempt("star-none", lambda: star(None))
attempt("nested-bad", lambda: nested([(1, 2, 3), 4]))
attempt("nested-ok", lambda: nested(["xy", 3]))
def call_star(*args, **kw):
    return args, kw
attempt("spread", lambda: call_star(*[1, 2], *"ab", **{"k": 1}))
attempt("spread-int", lambda: call_star(*5))
attempt("spread-kw", lambda: call_star(**[1]))
attempt("spread-dup", lambda: call_star(**{"a": 1}, **{"a": 2}))
print([*range(3), *"hi"], {*[1, 1], 2}, {**{"a": 1}, "b": 2})
first, *rest = "hello"
print(first, rest)
*init, tail = [1]
print(init, tail)
for i, (k, v) in enumerate({"x": 1}.items()):
    print(i, k, v)
for make in [lambda: [*5], lambda: (*None,), lambda: {*3}, lambda: print(*7), lambda: len(*1.5)]:
    try:
        make()
    except TypeError as e:
        print(e)
it = iter(range(10))
a, b = [next(it), next(it)]
try:
    c, d = it
except ValueError as e:
    print(e, next(it))
