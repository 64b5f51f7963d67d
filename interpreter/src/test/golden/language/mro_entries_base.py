class Base:
    def hello(self):
        return "hello from Base"


class Stand:
    """Not a class, yet it can stand for one in a class statement (PEP 560)."""

    def __mro_entries__(self, bases):
        print("asked for", len(bases), "bases")
        return (Base,)


class Child(Stand()):
    pass


print([c.__name__ for c in Child.__mro__], Child().hello())
