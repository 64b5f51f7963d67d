class P:
    kind = "point"
    def __init__(self):
        self.x = 1
        self.y = 2

p = P()
print(vars(p))
p.z = 3
print(vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
print("x" in dir(p), "kind" in dir(p), "__init__" in dir(P))
def f(a):
    b = 2
    return vars()
print(f(1))
print(vars(5))
