x = "first"
def by_default(v=x):
    return v
def by_global():
    return x
def make():
    y = "first"
    def by_cell():
        return y
    y = "second"
    return by_cell
x = "second"
print(by_default(), by_global(), make()())
print(by_default.__defaults__, make().__closure__[0].cell_contents)
