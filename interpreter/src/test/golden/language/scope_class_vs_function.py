def make_class():
    secret = 42
    class Inner:
        value = secret
        def get(self):
            return secret
    return Inner

C = make_class()
print(C.value, C().get(), C.get.__code__.co_freevars)
class Outer:
    name = "outer"
    class Nested:
        try:
            copy = name
        except NameError as e:
            copy = str(e)
print(Outer.Nested.copy, Outer.Nested.__qualname__)
