def f():
    pass

class C:
    pass

def make(kind):
    return {"int": 1, "float": 2.5, "bool": True, "str": "ab", "list": [1], "tuple": (1,), "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "None": None, "range": range(2), "function": f}[kind]

def iadd(x, y):
    x += y
    return x

def isub(x, y):
    x -= y
    return x

def imul(x, y):
    x *= y
    return x

def itruediv(x, y):
    x /= y
    return x

def ifloordiv(x, y):
    x //= y
    return x

def imod(x, y):
    x %= y
    return x

def ipow(x, y):
    x **= y
    return x

def imatmul(x, y):
    x @= y
    return x

def ilshift(x, y):
    x <<= y
    return x

def irshift(x, y):
    x >>= y
    return x

def iand(x, y):
    x &= y
    return x

def ior(x, y):
    x |= y
    return x

def ixor(x, y):
    x ^= y
    return x

ops = {
    "+=": iadd,
    "-=": isub,
    "*=": imul,
    "/=": itruediv,
    "//=": ifloordiv,
    "%=": imod,
    "**=": ipow,
    "@=": imatmul,
    "<<=": ilshift,
    ">>=": irshift,
    "&=": iand,
    "|=": ior,
    "^=": ixor,
}
kinds = ["int", "float", "bool", "str", "list", "tuple", "dict", "set", "None"]
for op, fn in ops.items():
    for ka in kinds:
        for kb in kinds:
            try:
                x = fn(make(ka), make(kb))
                print(op, ka, kb, "->", x)
            except Exception as e:
                print(op, ka, kb, "->", type(e).__name__, e)
for extra in ["frozenset", "range", "function"]:
    for op in ["+=", "*=", "-=", "|=", "**="]:
        try:
            print(op, extra, "->", ops[op](make(extra), make("str")))
        except Exception as e:
            print(op, extra, "->", type(e).__name__, e)
a = [1, 2]
try:
    a += 5
except Exception as e:
    print(type(e).__name__, e)
a += "xy"
print(a)
a += (3,)
print(a)
a += {9: 1}
print(a)
a += range(2)
print(a)
s = {1, 2}
for other in [[1], (2,), "a", 3, {1: 2}, frozenset({5})]:
    for op in ["|=", "-=", "&=", "^="]:
        t = set(s)
        try:
            if op == "|=":
                t |= other
            elif op == "-=":
                t -= other
            elif op == "&=":
                t &= other
            else:
                t ^= other
            print(op, type(other).__name__, sorted(t))
        except Exception as e:
            print(op, type(other).__name__, type(e).__name__, e)
d = {1: 2}
for other in [{3: 4}, [(5, 6)], None, {7}]:
    try:
        print("|", d | other)
    except Exception as e:
        print("|", type(e).__name__, e)
    t = dict(d)
    try:
        t |= other
        print("|=", t)
    except Exception as e:
        print("|=", type(e).__name__, e)
t = {1: 2}
try:
    t |= [1, 2]
except Exception as e:
    print(type(e).__name__, e)
try:
    t |= [(1, 2, 3)]
except Exception as e:
    print(type(e).__name__, e)
try:
    t |= 5
except Exception as e:
    print(type(e).__name__, e)
fs = frozenset({1})
g = fs
fs |= {2}
print(fs, g, fs is g)
l = [1]
l2 = l
l *= 2
print(l, l is l2)
try:
    l *= 2.0
except Exception as e:
    print(type(e).__name__, e)
tt = (1,)
tt *= 3
print(tt)
st = "a"
st *= -1
print(repr(st))
