a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash(()) == hash(()))
print(hash(-1), hash(0), hash(True))
print(callable(print), callable(len), callable(1), callable(lambda: 0), callable(int))
class C:
    def m(self): pass
print(callable(C), callable(C()), callable(C().m))
print(hash([]))
