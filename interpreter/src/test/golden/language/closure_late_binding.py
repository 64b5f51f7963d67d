def make_all():
    fs = []
    for name in ["a", "b", "c"]:
        def show():
            return name
        fs.append(show)
    name = "changed after the loop"
    return fs

print([f() for f in make_all()])
def make_bound():
    return [(lambda n=name: n) for name in "abc"]
print([f() for f in make_bound()])
def make_via_factory():
    def factory(n):
        return lambda: n
    return [factory(name) for name in "abc"]
print([f() for f in make_via_factory()])
