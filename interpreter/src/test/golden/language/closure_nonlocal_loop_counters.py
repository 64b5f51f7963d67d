def make_counters(n):
    counters = []
    for i in range(n):
        def make(start):
            value = start
            def step():
                nonlocal value
                value += 1
                return value
            return step
        counters.append(make(i * 10))
    return counters

cs = make_counters(3)
for c in cs:
    c()
print([c() for c in cs])
print(len({id(c.__closure__[0]) for c in cs}))

def tally(words):
    seen = 0
    longest = ""
    def note(w):
        nonlocal seen, longest
        seen += 1
        if len(w) > len(longest):
            longest = w
    for w in words:
        note(w)
    return seen, longest

print(tally(["a", "abc", "ab", "abcd", "x"]))

def loop_defs():
    total = 0
    fs = []
    for k in range(3):
        def add(x=k):
            nonlocal total
            total += x
            return total
        fs.append(add)
    for f in fs:
        print(f(), end=" ")
    print()
    return total

print(loop_defs())
