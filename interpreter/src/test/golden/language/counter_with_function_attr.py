def counted():
    counted.calls += 1
    return counted.calls

counted.calls = 0
counted(); counted()
print(counted(), counted.calls)
def make_counter():
    def inc():
        inc.n += 1
        return inc.n
    inc.n = 0
    return inc
a = make_counter()
print(a(), a(), a.__closure__, a.__dict__)
