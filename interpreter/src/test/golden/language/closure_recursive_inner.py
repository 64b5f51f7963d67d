def countdown(n):
    def step(k):
        if k == 0:
            return ["liftoff"]
        return [k] + step(k - 1)
    return step(n)

print(countdown(3))
print(countdown.__code__.co_cellvars)
def make():
    def rec(k):
        return 0 if k == 0 else 1 + rec(k - 1)
    return rec
r = make()
print(r(4), r.__code__.co_freevars, r.__closure__[0].cell_contents is r)
