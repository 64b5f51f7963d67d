class A:
    pass

class B(A):
    x = 1

    def method(self):
        return self.x

class C(A, B, metaclass=M, **kw):
    """doc"""

class D():
    class Inner:
        pass
