class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


def use(fail):
    with Resource("a") as a, Resource("b") as b:
        print("body", a.name, b.name)
        if fail == "key":
            raise KeyError("k")
        if fail == "value":
            raise ValueError("v")
    return "done"


print(use(None))
print(use("key"))
try:
    use("value")
except ValueError as e:
    print("outside", e)

with Resource("c"):
    pass
print("end")
