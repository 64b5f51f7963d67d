def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    return tick

a = make_counter()
b = make_counter(100, 10)
print(a(), a(), b(), a(), b())
print(a.__closure__[0].cell_contents, b.__closure__[0].cell_contents)
print(a.__closure__[1].cell_contents, b.__closure__[1].cell_contents)
