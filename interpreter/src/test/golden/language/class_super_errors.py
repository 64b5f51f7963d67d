class Base:
    def greet(self):
        return "base"

class Child(Base):
    def greet(self):
        def helper():
            return super().greet()
        try:
            return helper()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

    def via_lambda(self):
        f = lambda: super(Child, self).greet()
        return f()

    def cells(self):
        return super().greet()

c = Child()
print(c.greet())
print(c.via_lambda())
print(Child.cells.__code__.co_freevars, Child.cells.__closure__[0].cell_contents)
print(Child.greet.__code__.co_freevars)

def outside():
    return super().greet()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)

class Other:
    pass
try:
    super(Child, Other()).greet()
except TypeError as e:
    print("TypeError:", e)

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(repr(super(B, D())).split(",")[0])
class E(A):
    @classmethod
    def make(cls):
        return super().who
    @staticmethod
    def stat():
        return super().who()
print(E.make().__name__)
try:
    E.stat()
except RuntimeError as e:
    print("RuntimeError:", e)
