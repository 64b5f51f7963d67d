def probe(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class A:
    def __add__(self, other):
        return "A.add"
    def __radd__(self, other):
        return "A.radd"
    def __lt__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
class B(A):
    def __radd__(self, other):
        return "B.radd"
    def __gt__(self, other):
        return "B.gt"
class N:
    def __add__(self, other):
        return NotImplemented
    def __iadd__(self, other):
        return NotImplemented
class L(list):
    pass
class S(str):
    pass
class Neg:
    def __neg__(self):
        return "neg"
    def __invert__(self):
        return "inv"
    def __bool__(self):
        return False
class Len0:
    def __len__(self):
        return 0
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class Idx:
    def __index__(self):
        return 2
probe("A + 1", lambda: A() + 1)
probe("1 + A", lambda: 1 + A())
probe("A + B subclass first", lambda: A() + B())
probe("B + A", lambda: B() + A())
probe("A < A", lambda: A() < A())
probe("A < B", lambda: A() < B())
probe("A == A", lambda: A() == A())
probe("A != 1", lambda: A() != 1)
probe("N + 1", lambda: N() + 1)
probe("1 + N", lambda: 1 + N())
probe("L + list", lambda: type(L([1]) + [2]).__name__)
probe("list + L", lambda: [1] + L([2]))
probe("S + str", lambda: type(S("a") + "b").__name__)
probe("list * Idx", lambda: [1] * Idx())
probe("str index Idx", lambda: "abc"[Idx()])
probe("slice Idx", lambda: "abcd"[Idx():])
probe("range Idx", lambda: range(Idx()))
probe("neg", lambda: -Neg())
probe("invert", lambda: ~Neg())
probe("pos missing", lambda: +Neg())
probe("not bool", lambda: not Neg())
probe("not len0", lambda: not Len0())
probe("bad bool", lambda: not BadBool())
probe("bad len", lambda: not BadLen())
probe("bool of bad len", lambda: bool(BadLen()))
probe("len bad len", lambda: len(BadLen()))
probe("abs missing", lambda: abs(Neg()))
probe("bin Idx", lambda: bin(Idx()))
probe("hex float", lambda: hex(1.5))
probe("oct str", lambda: oct("1"))
x = N()
try:
    x += 1
except TypeError as e:
    print("TypeError", e)
y = A()
y += 1
print(y)
z = 1
z += A()
print(z)
l = L([1])
l += [2]
print(type(l).__name__, l)
l *= 2
print(type(l).__name__, l)
class R:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "R.radd"
    def __eq__(self, other):
        return "R.eq"
probe("R + R same class", lambda: R() + R())
probe("1 + R", lambda: 1 + R())
probe("R == R", lambda: R() == R())
probe("1 == R", lambda: 1 == R())
class C1:
    def __lt__(self, other):
        return "C1.lt"
    def __gt__(self, other):
        return "C1.gt"
class C2(C1):
    pass
probe("C1 < C2 inherited reflected", lambda: C1() < C2())
probe("C2 < C1", lambda: C2() < C1())
probe("tuple * Idx", lambda: (1, 2) * Idx())
probe("Idx * str", lambda: Idx() * "ab")
probe("list Idx index", lambda: [1, 2, 3][Idx()])
probe("list del Idx", lambda: [1, 2, 3].pop(Idx()))

