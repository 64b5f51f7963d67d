class Base:
    def __repr__(self):
        return f"<{type(self).__name__} id={self.ident}>"
    def __init__(self, ident):
        self.ident = ident

class Child(Base):
    pass

print(Base(1), Child(2), [Child(3)])
class WithStr(Base):
    def __str__(self):
        return "str wins for print"
w = WithStr(4)
print(w, repr(w), f"{w}", f"{w!r}")
