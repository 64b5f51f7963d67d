class A:
    x = "A.x"
    def who(self):
        return "A.who"

class B(A):
    x = "B.x"

class C(A):
    def who(self):
        return "C.who"

class D(B, C):
    pass

d = D()
print(d.x, d.who(), [k.__name__ for k in D.__mro__])
d.x = "instance"
print(d.x, D.x)
del d.x
print(d.x)
print(super(B, d).who(), super(C, d).x)
