print(type(1), type("s"), type([]), type(None), type(len), type(lambda: 0))
print(type(1.0).__name__, type(True).__name__, type(type).__name__)
print(isinstance(True, int), isinstance(1, (str, float)), isinstance("x", str))
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (dict, list)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(A, B), type(B()) is A)
print(type(A), A.__name__, B.__bases__)
print(isinstance(1, "int"))
