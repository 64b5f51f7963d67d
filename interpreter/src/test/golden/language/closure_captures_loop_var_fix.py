def with_default():
    return [lambda n=n: n * 10 for n in range(3)]

def with_factory():
    def bind(n):
        return lambda: n * 10
    return [bind(n) for n in range(3)]

def with_shared_cell():
    return [lambda: n * 10 for n in range(3)]

for maker in [with_default, with_factory, with_shared_cell]:
    fs = maker()
    cells = [f.__closure__ for f in fs]
    print(maker.__name__, [f() for f in fs], [c is None for c in cells])
