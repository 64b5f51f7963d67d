class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Resource("a") as r:
    print("using", r.name)
with Resource("x") as x, Resource("y") as y:
    print("both", x.name, y.name)
with Resource("b"):
    raise KeyError("inside with")
