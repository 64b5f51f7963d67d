try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError:
    pass
print("ok")
