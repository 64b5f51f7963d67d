def inner():
    raise ValueError("original")

def outer():
    try:
        inner()
    except ValueError:
        print("logging and re-raising")
        raise

try:
    outer()
except ValueError as e:
    print("caught again:", e)
    print(type(e).__name__, e.args)
raise TypeError
