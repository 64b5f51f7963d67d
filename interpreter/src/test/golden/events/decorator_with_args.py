def tag(name):
    def apply(f):
        f.tag = name
        return f
    return apply

@tag("x")
@tag("y")
def h():
    return h.tag

print(h())
