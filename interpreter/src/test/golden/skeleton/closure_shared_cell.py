def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return [get, put]

both = pair()
getter = both[0]
setter = both[1]
print(getter())
setter(9)
print(getter())
print(getter.__closure__[0] is setter.__closure__[0])
print(getter.__closure__[0].cell_contents)
