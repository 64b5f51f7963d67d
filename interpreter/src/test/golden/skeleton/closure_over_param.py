def adder(n):
    def add(x):
        return x + n
    return add

add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1))
print(add5.__closure__[0].cell_contents, add10.__closure__[0].cell_contents)
print(adder(1)(adder(2)(3)))
