class Money:
    def __init__(self, amount):
        self.amount = amount
    def __repr__(self):
        return f"Money({self.amount!r})"
    def __str__(self):
        return f"${self.amount:.2f}"

m = Money(3.5)
print(m)
print(repr(m), str(m), [m], f"{m} {m!r}")
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class Plain:
    pass
print(str(Plain()).startswith("<__main__.Plain object at"))
