class Bag:
    pass

b = Bag()
setattr(b, "color", "red")
b.size = 3
print(getattr(b, "color"), getattr(b, "weight", "n/a"), hasattr(b, "size"))
delattr(b, "size")
print(hasattr(b, "size"), vars(b))
class Dyn:
    def __getattr__(self, name):
        return name.upper()
print(Dyn().anything, getattr(Dyn(), "x"))
del b.color
del b.color
