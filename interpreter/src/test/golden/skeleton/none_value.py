x = None
print(x)
print(x is None, x is not None)
print([None, None])
def f():
    pass
print(f() is None)
if not x:
    print("None is falsy")
print(None == False)
