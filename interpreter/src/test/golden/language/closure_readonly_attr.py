def outer():
    v = 1
    def inner():
        return v
    return inner

f = outer()
print(f.__closure__)
for attr in ["__closure__", "__code__", "__name__", "__defaults__"]:
    print(attr, hasattr(f, attr))
try:
    f.__closure__ = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)
del f.__closure__
