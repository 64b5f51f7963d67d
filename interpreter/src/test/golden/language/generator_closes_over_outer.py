def make_counter_gen(step):
    total = 0
    def gen(limit):
        nonlocal total
        n = 0
        while n < limit:
            total += step
            yield total
            n += 1
    def peek():
        return total
    return gen, peek

gen, peek = make_counter_gen(5)
g = gen(3)
print(next(g), peek())
print(list(g), peek())
print(list(gen(2)), peek())
print(gen.__code__.co_freevars, g.__class__.__name__)
print(g.gi_code.co_name, g.gi_code is gen.__code__, g.__name__, g.__qualname__)
print(g.gi_running, g.gi_frame is None)

def outer():
    prefix = ">"
    def lines(words):
        for w in words:
            yield prefix + w
    result = lines(["a", "b"])
    prefix = "#"
    return result
print(list(outer()))

def running_check():
    yield gen_ref.gi_running
gen_ref = running_check()
print(next(gen_ref))
