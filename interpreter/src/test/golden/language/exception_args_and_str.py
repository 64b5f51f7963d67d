errors = [
    ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(),
    KeyError("a", "b"), IndexError(3), Exception(None), OSError(2, "No such file"),
    StopIteration(5), SystemExit(3), ZeroDivisionError("x"), AssertionError(),
]
for e in errors:
    print(type(e).__name__, repr(e), str(e) == "", str(e), e.args)

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

class Detailed(Exception):
    def __str__(self):
        return "detailed: " + ", ".join(map(str, self.args))

e = MyError(404, "not found")
print(e, repr(e), e.args, e.code)
print(Detailed(1, 2), repr(Detailed(1, 2)))
try:
    raise MyError(500, "server")
except Exception as exc:
    print(f"{type(exc).__name__}: {exc} [{exc.code}]")
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(bool, int), issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(ValueError.__mro__)
try:
    raise ValueError
except ValueError as exc:
    print(repr(exc), exc.args)
try:
    raise 42
except TypeError as exc:
    print(exc)
try:
    raise ValueError from 42
except TypeError as exc:
    print(exc)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as exc:
    print(exc)
try:
    try:
        pass
    except 5:
        pass
    print("no error when nothing raised")
    try:
        1 / 0
    except 5:
        pass
except TypeError as exc:
    print(exc)
e = MyError(1, "x")
raise e
